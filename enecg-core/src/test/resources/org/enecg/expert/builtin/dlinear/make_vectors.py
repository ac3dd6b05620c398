# Reference vectors for DLinearTrainer: ridge least squares of next-sample forecasting on DLinear's seasonal and trend
# parts, solved with numpy.linalg.lstsq on the explicitly built design matrix (float64).
# Decomposition as the EnECG authors' models/DLinears.py (moving_avg: repeat end samples (kernel-1)//2 times, then
# AvgPool1d(kernel, stride=1)); objective sum (y - Ws.s - Wt.t - b)^2 + lam * N * (|Ws|^2 + |Wt|^2), b unpenalised,
# solved as lstsq of the stacked system [Z 1; sqrt(lam N) I 0] theta = [y; 0].
# Run from this folder: python3 make_vectors.py  (numpy 2.4.6, scipy 1.17.1)
import numpy as np
from scipy.signal import resample

def moving_avg(x, kernel):
    h = (kernel - 1) // 2
    p = np.concatenate([np.repeat(x[:1], h), x, np.repeat(x[-1:], h)])
    c = np.concatenate([[0.0], np.cumsum(p)])
    return (c[kernel:] - c[:-kernel]) / kernel

def fit(series, seq_len, kernel, lam):
    rows, ys = [], []
    for x in series:
        x = x.astype(np.float64)
        for t in range(len(x) - seq_len):
            w = x[t:t + seq_len]
            trend = moving_avg(w, kernel)
            rows.append(np.concatenate([w - trend, trend, [1.0]]))
            ys.append(x[t + seq_len])
    z, y = np.array(rows), np.array(ys)
    n, p = z.shape
    ridge = np.sqrt(lam * n) * np.eye(p)[:-1]
    theta = np.linalg.lstsq(np.vstack([z, ridge]), np.concatenate([y, np.zeros(p - 1)]), rcond=None)[0]
    return theta, n

def save(name, series, seq_len, kernel, lam):
    theta, n = fit(series, seq_len, kernel, lam)
    with open(f"{name}.series.txt", "w") as out:
        for x in series:
            out.write(" ".join("%.9g" % v for v in x) + "\n")
    with open(f"{name}.expected.txt", "w") as out:
        out.write(f"{seq_len} {kernel} {lam!r} {n}\n")
        out.write(" ".join("%.17g" % v for v in theta) + "\n")

rng = np.random.default_rng(3)
walks = [np.cumsum(rng.standard_normal(k)).astype(np.float32) * 0.3 for k in (30, 9, 50, 8)]
save("small_k21", walks, 8, 21, 0.01)   # kernel longer than twice the window, as DLinear's 1001 over 500
save("small_k3", walks, 8, 3, 0.001)    # kernel shorter than the window
ludb = np.fromfile("../../../../../../../../data/bundled/ludb/data/1.dat", dtype="<i2").reshape(-1, 12)[:, 1]
ii = resample((ludb.astype(np.float64) - 2) / 1206, 1000)
ii = ((ii - ii.mean()) / ii.std()).astype(np.float32)
save("ludb1_ii_100hz", [ii], 500, 1001, 0.001)  # the expert's shape: 500 samples, kernel 1001, lead II at 100 Hz
