"""Reference values of kSQI, pSQI and basSQI (Li2008Test) for lead II of the bundled LUDB record 2, by scipy.

Run from the repository root: python3 enecg-core/src/test/resources/org/enecg/signal/quality/reference_sqi.py
Writes reference_sqi.csv beside this script.
"""
import os
import numpy as np
from scipy import signal as sps, stats

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "data/bundled/ludb/data/2"


def band(f, p, lo, hi):
    """Power in [lo, hi): densities of the bins inside times the bin width (as PowerSpectrum.bandPower)."""
    return p[(f >= lo) & (f < hi)].sum() * (f[1] - f[0])


def main():
    lines = open(SOURCE + ".hea").read().split("\n")
    n_sig, fs, n = int(lines[0].split()[1]), float(lines[0].split()[2]), int(lines[0].split()[3])
    g = lines[2].split()[2]  # lead II
    gain, base = float(g.split("(")[0]), float(g.split("(")[1].split(")")[0])
    d = np.fromfile(SOURCE + ".dat", dtype="<i2").reshape(n, n_sig)[:, 1]
    x = ((d - base) / gain).astype(np.float32).astype(np.float64)
    f, p = sps.welch(x, fs=fs, window="hann", nperseg=int(4 * fs), noverlap=int(2 * fs), detrend="constant", scaling="density")
    rows = {
        "kSQI": stats.kurtosis(x, fisher=False),
        "pSQI": band(f, p, 5, 15) / band(f, p, 5, 40),
        "basSQI": 1 - band(f, p, 0, 1) / band(f, p, 0, 40),
    }
    with open(os.path.join(HERE, "reference_sqi.csv"), "w") as out:
        out.write("index,value\n")
        for k, v in rows.items():
            out.write("%s,%.12g\n" % (k, v))


if __name__ == "__main__":
    main()
