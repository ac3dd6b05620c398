# Reference vectors for the zero-phase filters and the moving median, recorded from scipy.
# Run from this folder: python3 make_vectors.py  (python3 3.11.7, numpy 2.4.6, scipy 1.17.1)
import numpy as np
from scipy.signal import butter, sosfiltfilt, iirnotch, filtfilt
from scipy.ndimage import median_filter

def save(name, y):
    np.savetxt(name, y, fmt="%.12g")

def filters(tag, x, fs):
    x64 = x.astype(np.float64)
    save(f"{tag}.baseline.out.txt", sosfiltfilt(butter(2, 0.5, "highpass", fs=fs, output="sos"), x64))
    save(f"{tag}.highpass3.out.txt", sosfiltfilt(butter(3, 0.67, "highpass", fs=fs, output="sos"), x64))
    save(f"{tag}.bandpass.out.txt", sosfiltfilt(butter(2, [0.5, 40], "bandpass", fs=fs, output="sos"), x64))
    save(f"{tag}.bandpass3.out.txt", sosfiltfilt(butter(3, [5, 15], "bandpass", fs=fs, output="sos"), x64))
    save(f"{tag}.lowpass5.out.txt", sosfiltfilt(butter(5, 25, "lowpass", fs=fs, output="sos"), x64))
    for mains in (50, 60):
        if mains < fs / 2:
            b, a = iirnotch(mains, 30, fs=fs)
            save(f"{tag}.notch{mains}.out.txt", filtfilt(b, a, x64))
    size = 2 * int(round(2.0 * fs / 2)) + 1  # MovingMedianBaseline.defaults(): 2 s
    save(f"{tag}.median.out.txt", x - median_filter(x, size=size, mode="reflect"))  # float32, as the Java code

# Synthetic: 0.3 Hz drift + 1.2 Hz + 10 Hz + 50 Hz (below Nyquist only) + seeded noise, 6 s, at each rate.
rng = np.random.default_rng(7)
for fs in (100, 250, 360, 500, 1000):
    t = np.arange(int(6 * fs)) / fs
    x = 1.0 * np.sin(2 * np.pi * 0.3 * t) + 0.5 * np.sin(2 * np.pi * 1.2 * t) + 0.5 * np.sin(2 * np.pi * 10 * t)
    if 50 < fs / 2:
        x += 0.2 * np.sin(2 * np.pi * 50 * t)
    x += 0.05 * rng.standard_normal(t.size)
    x = x.astype(np.float32)
    np.savetxt(f"synthetic_{fs}.in.txt", x, fmt="%.9g")
    filters(f"synthetic_{fs}", x, fs)

# Real: lead II of LUDB record 1 in millivolts (digital - baseline) / gain, header 1.hea: gain 1206, baseline 0.
d = np.fromfile("../../../../../../../data/bundled/ludb/data/1.dat", dtype="<i2").reshape(-1, 12)[:, 1]
x = (d.astype(np.float64) / 1206.0).astype(np.float32)
np.savetxt("ludb1_ii_mv.in.txt", x, fmt="%.9g")
filters("ludb1_ii_mv", x, 500)
