"""Bad-input fixtures for the signal-quality tests, made from the bundled LUDB record 2 (see README.md).

Run from the repository root:  python3 enecg-core/src/test/resources/org/enecg/signal/quality/make_fixtures.py
Needs numpy and scipy. Writes WFDB format-16 records (header + .dat) beside this script; deterministic.
"""
import os
import numpy as np
from scipy import signal as sps

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "data/bundled/ludb/data/2"
INVALID = -32768  # WFDB's invalid-sample value for format 16


def read_source():
    lines = open(SOURCE + ".hea").read().split("\n")
    n_sig, fs, n = int(lines[0].split()[1]), lines[0].split()[2], int(lines[0].split()[3])
    signals = []
    for line in lines[1:1 + n_sig]:
        f = line.split()
        signals.append({"gain": f[2], "name": f[8]})
    data = np.fromfile(SOURCE + ".dat", dtype="<i2").reshape(n, n_sig).astype(np.int64)
    return fs, signals, data


def checksum(column):
    s = int(column.sum()) & 0xFFFF
    return s - 0x10000 if s >= 0x8000 else s


def write(name, fs, signals, data, comment):
    data = np.asarray(data, dtype=np.int64)
    n, k = data.shape
    with open(os.path.join(HERE, name + ".hea"), "w") as h:
        h.write("%s %d %s %d\n" % (name, k, fs, n))
        for j, s in enumerate(signals):
            init = int(data[0, j]) if n else 0
            h.write("%s.dat 16 %s 16 0 %d %d 0 %s\n" % (name, s["gain"], init, checksum(data[:, j]), s["name"]))
        h.write("# %s\n# made by make_fixtures.py from %s (LUDB 1.0.1, ODC-By 1.0)\n" % (comment, SOURCE))
    data.astype("<i2").tofile(os.path.join(HERE, name + ".dat"))


def with_gain(signals, fn):
    out = []
    for s in signals:
        g = s["gain"]
        value, rest = g.split("(", 1)
        out.append({"gain": fn(float(value)) + "(" + rest, "name": s["name"]})
    return out


def gains(signals):
    return np.array([float(s["gain"].split("(")[0]) for s in signals]), np.array([float(s["gain"].split("(")[1].split(")")[0]) for s in signals])


def with_noise(fs, signals, d, snr_db, seed):
    """In-band noise: Gaussian noise band-passed to 0.5-40 Hz (2nd-order Butterworth, forward-backward), scaled per lead
    so that the 0.5-40 Hz power of the lead over that of the noise is snr_db; added in mV, stored with the lead's gain."""
    rng = np.random.default_rng(seed)
    gain, base = gains(signals)
    sos = sps.butter(2, [0.5, 40], btype="bandpass", fs=float(fs), output="sos")
    out = np.empty_like(d)
    for j in range(d.shape[1]):
        mv = (d[:, j] - base[j]) / gain[j]
        p_signal = np.mean(sps.sosfiltfilt(sos, mv) ** 2)
        noise = sps.sosfiltfilt(sos, rng.standard_normal(len(mv)))
        noise *= np.sqrt(p_signal / 10 ** (snr_db / 10) / np.mean(noise ** 2))
        out[:, j] = np.clip(np.round((mv + noise) * gain[j] + base[j]), -32767, 32767)
    return out


def main():
    fs, sig, d = read_source()
    write("flat", fs, sig, np.zeros_like(d), "every sample 0 (a record of zeros)")
    write("one-second", fs, sig, d[:500], "the first second (500 samples)")
    ii = d.copy()
    ii[:, 1] = INVALID
    write("lead-ii-invalid", fs, sig, ii, "lead II all invalid samples (-32768)")
    two = np.zeros_like(d)
    two[:, :2] = d[:, :2]
    write("two-leads-zero-filled", fs, sig, two, "leads I and II recorded, the other 10 zero-filled")
    write("two-leads", fs, sig[:2], d[:, :2], "leads I and II only")
    write("gain-zero", fs, with_gain(sig, lambda g: "0"), d, "gain 0 (uncalibrated) on every lead")
    write("microvolts-as-millivolts", fs, with_gain(sig, lambda g: "%.6g" % (g / 1000)), d,
          "gains divided by 1000: amplitudes 1000 times too large")
    write("millivolts-as-microvolts", fs, with_gain(sig, lambda g: "%.6g" % (g * 1000)), d,
          "gains multiplied by 1000: amplitudes 1000 times too small")
    for snr, name in ((20, "noise-20db"), (3, "noise-3db"), (-5, "noise-minus5db")):
        write(name, fs, sig, with_noise(fs, sig, d, snr, 42), "in-band (0.5-40 Hz) Gaussian noise at %d dB SNR per lead, seed 42" % snr)


if __name__ == "__main__":
    main()
