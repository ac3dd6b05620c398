# Reference vectors for FftResampler: scipy.signal.resample on seeded random signals and on lead II of
# LUDB record 1 (data/bundled/ludb/data/1.dat, format 16, 12 interleaved int16 leads; digital units).
# Run from this folder: python3 make_vectors.py  (numpy 2.4.6, scipy 1.17.1)
import numpy as np
from scipy.signal import resample

rng = np.random.default_rng(42)
cases = [(5000, 2500), (5000, 1000), (4999, 512), (1000, 5000), (7, 12), (12, 7), (5000, 2501), (999, 1000), (8, 8)]
for n, num in cases:
    x = rng.standard_normal(n).astype(np.float32)
    y = resample(x.astype(np.float64), num)
    np.savetxt(f"random_{n}_to_{num}.in.txt", x, fmt="%.9g")
    np.savetxt(f"random_{n}_to_{num}.out.txt", y, fmt="%.12g")

ludb = np.fromfile("../../../../../../../data/bundled/ludb/data/1.dat", dtype="<i2").reshape(-1, 12)[:, 1]
x = ludb.astype(np.float32)
for num in (2500, 1000, 512, 7200):
    np.savetxt(f"ludb1_ii_5000_to_{num}.out.txt", resample(x.astype(np.float64), num), fmt="%.12g")
np.savetxt("ludb1_ii.in.txt", x, fmt="%.9g")
