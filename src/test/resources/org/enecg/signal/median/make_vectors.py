# Moving-median test vectors for MovingMedianTest, from scipy.ndimage.median_filter (mode='reflect').
# Run from this folder: python3 make_vectors.py
import numpy as np
from scipy.ndimage import median_filter

def save(name, x):
    np.savetxt(name, np.asarray(x, dtype=np.float32), fmt="%.9g")

rng = np.random.default_rng(7)
x = rng.standard_normal(1000).astype(np.float32)
save("random_1000.in.txt", x)
for w in (1, 3, 201):
    save(f"random_1000_w{w}.out.txt", median_filter(x, size=w, mode="reflect"))
short = rng.standard_normal(5).astype(np.float32)   # window longer than the signal: reflection repeats
save("random_5.in.txt", short)
save("random_5_w13.out.txt", median_filter(short, size=13, mode="reflect"))
ties = np.round(rng.standard_normal(300) * 2).astype(np.float32)  # many equal values
save("ties_300.in.txt", ties)
save("ties_300_w31.out.txt", median_filter(ties, size=31, mode="reflect"))
# LUDB record 1, lead II (the resampler's input vector), brought to 100 Hz as the PTB-XL model reads it,
# then the ExChanGeAI baseline step: window 201.
from scipy.signal import resample
ii = np.loadtxt("../resample/ludb1_ii.in.txt", dtype=np.float32)
ii100 = resample(ii, 1000).astype(np.float32)
save("ludb1_ii_100hz.in.txt", ii100)
save("ludb1_ii_100hz_w201_baseline_removed.out.txt", ii100 - median_filter(ii100, size=201, mode="reflect"))
