"""Reference rr_interval of the 10-s windows of MIT-BIH Arrhythmia record 100 (BeatWindowImporterTest).

Reads 100.atr (MIT annotation format) with a small reader written for this purpose, keeps the beat annotations
(MIT-BIH beat codes: N L R B A a J S V r F e j n E / f Q ?), and prints, for each window [k*3600, (k+1)*3600) at
360 Hz, the mean interval between consecutive beats in the window, in ms, rounded to 0.001.
Run from the repository root (after the WFDB test resources are on main):
  python3 src/test/resources/org/enecg/data/importer/beat-windows/rr_windows_100.py
Printed on 2026-11-25: 2273 beats; 180 windows; first three 806.25 819.192 808.081; last 723.718;
min 699.786, max 829.04
"""
ATR = 'src/test/resources/org/enecg/io/wfdb/sample-data/100.atr'
BEATS = {1, 2, 3, 25, 8, 4, 7, 9, 5, 41, 6, 34, 11, 35, 10, 12, 38, 13, 30}


def read_atr(path):
    b = open(path, 'rb').read()
    i, t, out = 0, 0, []
    while i + 1 < len(b):
        w = b[i] | (b[i + 1] << 8)
        i += 2
        code, d = w >> 10, w & 0x3FF
        if code == 0 and d == 0:
            break
        if code == 59:  # SKIP: 32-bit interval follows, high word first (PDP-11 order)
            t += ((b[i] | (b[i + 1] << 8)) << 16) | (b[i + 2] | (b[i + 3] << 8))
            i += 4
            continue
        if code in (60, 61, 62):  # NUM, SUB, CHN
            continue
        if code == 63:  # AUX: d bytes, padded to even
            i += d + (d & 1)
            continue
        t += d
        out.append((t, code))
    return out


beats = [t for t, c in read_atr(ATR) if c in BEATS]
W, n = 3600, 650000 // 3600
rr = []
for k in range(n):
    b = [t for t in beats if k * W <= t < (k + 1) * W]
    rr.append(round((b[-1] - b[0]) * 1000 / ((len(b) - 1) * 360), 3) if len(b) >= 2 else None)
print(len(beats), 'beats;', n, 'windows; first three', *rr[:3], '; last', rr[-1], '; min', min(rr), 'max', max(rr))
