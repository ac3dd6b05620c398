# Reference vectors for EdgeMovingAverage: the series decomposition of the EnECG authors' models/DLinears.py
# (moving_avg: repeat the first and last sample (kernel-1)//2 times, then AvgPool1d(kernel, stride=1)), written in
# numpy below, in float64, on seeded random signals.
# Run from this folder: python3 make_vectors.py  (numpy 2.4.6)
import numpy as np

def moving_avg(x, kernel):
    h = (kernel - 1) // 2
    p = np.concatenate([np.repeat(x[:1], h), x, np.repeat(x[-1:], h)])
    c = np.concatenate([[0.0], np.cumsum(p)])
    return (c[kernel:] - c[:-kernel]) / kernel

rng = np.random.default_rng(11)
for n, kernel in [(500, 1001), (500, 25), (37, 5), (8, 21), (1, 3), (100, 1)]:
    x = rng.standard_normal(n).astype(np.float32)
    np.savetxt(f"random_{n}.k{kernel}.in.txt", x, fmt="%.9g")
    np.savetxt(f"random_{n}.k{kernel}.out.txt", moving_avg(x.astype(np.float64), kernel), fmt="%.12g")
