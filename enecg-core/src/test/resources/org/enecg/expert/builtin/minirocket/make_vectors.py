# Reference vectors for MiniRocket (multivariate), written in numpy from the algorithm of Dempster, Schmidt and Webb,
# "MiniRocket" (KDD 2021) and their minirocket_multivariate.py (fit: _fit_dilations, _quantiles, random channel
# subsets, _fit_biases; transform: PPV with alternating padding), float32 like the reference.
# Run from this folder: python3 make_vectors.py  (numpy 2.4.6)
import json
import numpy as np

KERNEL_INDICES = np.array([(a, b, c) for a in range(9) for b in range(a + 1, 9) for c in range(b + 1, 9)], dtype=np.int32)

def fit_dilations(length, num_features, max_dilations):
    per_kernel = num_features // 84
    k = min(per_kernel, max_dilations)
    multiplier = per_kernel / k
    max_exponent = np.log2((length - 1) / (9 - 1))
    d, c = np.unique(np.logspace(0, max_exponent, k, base=2).astype(np.int32), return_counts=True)
    c = (c * multiplier).astype(np.int32)
    remainder, i = per_kernel - np.sum(c), 0
    while remainder > 0:
        c[i] += 1
        remainder -= 1
        i = (i + 1) % len(c)
    return d, c

def quantiles(n):
    return np.array([(i * ((np.sqrt(5) + 1) / 2)) % 1 for i in range(1, n + 1)], dtype=np.float32)

def convolve(x, channels, dilation, kernel):
    """Kernel output on the sum over channels, zero padding: weight 2 at the kernel's three positions, -1 elsewhere."""
    length = x.shape[1]
    out = np.zeros((len(channels), length), dtype=np.float32)
    for j in range(9):
        w = np.float32(2 if j in KERNEL_INDICES[kernel] else -1)
        s = (j - 4) * dilation
        lo, hi = max(0, -s), min(length, length - s)
        out[:, lo:hi] += w * x[channels, lo + s:hi + s]
    return out.sum(axis=0)

def structure(num_channels, length, num_features, max_dilations, rng):
    d, c = fit_dilations(length, num_features, max_dilations)
    combos = len(d) * 84
    max_exponent = np.log2(min(num_channels, 9) + 1)
    per_combo = (2 ** rng.uniform(0, max_exponent, combos)).astype(np.int32)
    idx = np.concatenate([rng.choice(num_channels, k, replace=False) for k in per_combo]).astype(np.int32)
    return d, c, per_combo, idx

def fit_biases(examples, d, c, per_combo, idx, picks):
    q = quantiles(84 * int(c.sum()))
    biases, f, combo, start = [], 0, 0, 0
    for di, dil in enumerate(d):
        for k in range(84):
            ch = idx[start:start + per_combo[combo]]
            out = convolve(examples[picks[combo]], ch, dil, k)
            for _ in range(c[di]):
                biases.append(np.quantile(out, q[f]))
                f += 1
            start += per_combo[combo]
            combo += 1
    return np.array(biases, dtype=np.float32)

def transform(x, d, c, per_combo, idx, biases):
    length = x.shape[1]
    feats, f, combo, start = [], 0, 0, 0
    for di, dil in enumerate(d):
        padding = ((9 - 1) * dil) // 2
        for k in range(84):
            ch = idx[start:start + per_combo[combo]]
            out = convolve(x, ch, dil, k)
            if (di % 2 + k) % 2 == 1:
                out = out[padding:-padding]
            for _ in range(c[di]):
                feats.append(np.mean(out > biases[f]))
                f += 1
            start += per_combo[combo]
            combo += 1
    return np.array(feats, dtype=np.float32)

# Dilation schedules of the reference for several lengths and feature counts.
with open("dilations.txt", "w") as out:
    for length, nf, md in [(1000, 1008, 32), (5000, 9996, 32), (64, 336, 32), (10, 84, 32), (1000, 2016, 32), (300, 840, 4)]:
        d, c = fit_dilations(length, nf, md)
        out.write(f"{length} {nf} {md} | {' '.join(map(str, d))} | {' '.join(map(str, c))}\n")

rng = np.random.default_rng(5)
C, L, NF = 3, 64, 336
t = np.arange(L, dtype=np.float32)
examples = np.stack([np.stack([np.sin(t * (0.2 + 0.05 * e + 0.1 * ch)).astype(np.float32) + 0.3 * rng.standard_normal(L).astype(np.float32)
                               for ch in range(C)]) for e in range(5)]).astype(np.float32)
d, c, per_combo, idx = structure(C, L, NF, 32, rng)
picks = rng.integers(0, len(examples), len(per_combo))
biases = fit_biases(examples, d, c, per_combo, idx, picks)
params = {"format": "enecg-minirocket/1", "seed": 0, "channels": C, "input_length": L, "features": NF,
          "max_dilations_per_kernel": 32, "dilations": d.tolist(), "features_per_dilation": c.tolist(),
          "channels_per_combination": per_combo.tolist(), "channel_indices": idx.tolist(),
          "biases": [float(b) for b in biases], "provenance": {"data": "make_vectors.py fixture (numpy default_rng(5))"}}
with open("fixture.json", "w") as out:
    json.dump(params, out, indent=1)
np.savetxt("examples.txt", examples.reshape(-1), fmt="%.9g")
np.savetxt("picks.txt", picks, fmt="%d")
inputs = np.concatenate([examples, rng.standard_normal((3, C, L)).astype(np.float32)])
np.savetxt("inputs.txt", inputs.reshape(-1), fmt="%.9g")
np.savetxt("features.txt", np.stack([transform(x, d, c, per_combo, idx, biases) for x in inputs]).reshape(-1), fmt="%.9g")
