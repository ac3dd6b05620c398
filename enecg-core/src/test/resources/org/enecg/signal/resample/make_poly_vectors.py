# Reference vectors for PolyphaseResampler: scipy.signal.resample_poly(x, up, down) with its defaults
# (window=("kaiser", 5.0), padtype="constant"), on the seeded random inputs and the LUDB lead of make_vectors.py.
# Run from this folder after make_vectors.py: python3 make_poly_vectors.py  (numpy 2.4.6, scipy 1.17.1)
import numpy as np
from scipy.signal import resample_poly

def load(name):
    return np.loadtxt(name, dtype=np.float64)

cases = [("random_5000_to_2500.in.txt", 1, 2), ("random_5000_to_1000.in.txt", 1, 5), ("random_4999_to_512.in.txt", 512, 4999),
         ("random_1000_to_5000.in.txt", 5, 1), ("random_999_to_1000.in.txt", 1000, 999), ("random_7_to_12.in.txt", 12, 7),
         ("ludb1_ii.in.txt", 1, 10), ("ludb1_ii.in.txt", 36, 50), ("ludb1_ii.in.txt", 512, 625)]
for name, up, down in cases:
    y = resample_poly(load(name), up, down)
    np.savetxt(name.replace(".in.txt", "") + f".poly_{up}_{down}.out.txt", y, fmt="%.12g")
