# Reference vectors for Welch: scipy.signal.welch(x, fs, window='hann', nperseg, detrend='constant',
# scaling='density') in float64. Inputs: seeded random signals and lead II of LUDB record 1 in mV
# (data/bundled/ludb/data/1.dat: format 16, 12 interleaved int16 leads; lead II gain 1206, baseline 2).
# Run from this folder: python3 make_vectors.py  (numpy 2.4.6, scipy 1.17.1)
import warnings
import numpy as np
from scipy.signal import welch

rng = np.random.default_rng(7)
cases = [("random_5000", rng.standard_normal(5000).astype(np.float32), 500.0, 2000),
         ("random_1001", rng.standard_normal(1001).astype(np.float32), 250.0, 256),
         ("random_777", rng.standard_normal(777).astype(np.float32), 100.0, 99),
         ("random_300_short", rng.standard_normal(300).astype(np.float32), 500.0, 2000),
         ("random_301_short", rng.standard_normal(301).astype(np.float32), 500.0, 2000)]
ludb = np.fromfile("../../../../../../../data/bundled/ludb/data/1.dat", dtype="<i2").reshape(-1, 12)[:, 1]
cases.append(("ludb1_ii_mv", ((ludb.astype(np.float64) - 2) / 1206).astype(np.float32), 500.0, 2000))
for name, x, fs, nperseg in cases:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nperseg larger than the signal: scipy shortens it and warns
        f, p = welch(x.astype(np.float64), fs=fs, window="hann", nperseg=nperseg, detrend="constant", scaling="density")
    np.savetxt(f"{name}.in.txt", x, fmt="%.9g")
    np.savetxt(f"{name}.fs{int(fs)}_n{nperseg}.psd.txt", p, fmt="%.12g")
