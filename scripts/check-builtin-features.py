#!/usr/bin/env python3
"""How informative are the built-in experts' outputs? A quick check, not the EnECG model.

Reads an embedding cache filled by
    ./enecg embed --data bundled --experts rhythm,morphology,spectral,rocket,dlinear --cache DIR --no-gate
and the bundled manifest's labels, then fits simple models on each expert's outputs (and some unions), 3 folds by
subject: ridge regression for rr_interval and age (MAE), multinomial logistic regression for gender (macro F1) and
report_label (accuracy). Features are z-scored with the training fold's statistics and clipped to +-4.
Usage: python3 scripts/check-builtin-features.py DIR   (numpy only)
"""
import csv
import glob
import os
import sys

import numpy as np

CLIP = 4.0
TASKS = ["rr_interval", "age", "gender", "report_label"]


def load_expert(folder):
    rows, mats = [], []
    for part in sorted(glob.glob(os.path.join(folder, "part-*.csv"))):
        npy = part[:-4] + ".npy"
        if not os.path.exists(npy):
            continue
        with open(part) as f:
            rows += [r["record_id"] for r in csv.DictReader(f)]
        mats.append(np.load(npy))
    return rows, np.concatenate(mats)


def main(cache):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "data", "bundled", "manifest.csv")) as f:
        labels = {r["record_id"]: r for r in csv.DictReader(f)}
    blocks = {}
    for folder in sorted(glob.glob(os.path.join(cache, "experts", "*"))):
        name = os.path.basename(folder).rsplit("-", 1)[0]
        ids, m = load_expert(folder)
        blocks[name] = dict(zip(ids, m))
    ids = sorted(set.intersection(*[set(b) for b in blocks.values()]) & set(labels))
    subjects = sorted({labels[i]["subject_id"] for i in ids})
    perm = np.random.default_rng(42).permutation(len(subjects))
    fold_of = {subjects[j]: k % 3 for k, j in enumerate(perm)}
    folds = np.array([fold_of[labels[i]["subject_id"]] for i in ids])
    y = {t: np.array([float(labels[i][t]) if labels[i][t] not in ("", "nan", "NaN") else np.nan for i in ids]) for t in TASKS}
    print(f"{len(ids)} records, {len(subjects)} subjects, 3 folds by subject")
    print(f"constant: rr MAE {np.nanmean(np.abs(y['rr_interval'] - np.nanmean(y['rr_interval']))):.1f} ms, "
          f"age MAE {np.nanmean(np.abs(y['age'] - np.nanmean(y['age']))):.1f} y, "
          f"report_label majority {np.bincount(y['report_label'].astype(int)).max() / len(ids):.3f}")
    order = ["rhythm", "morphology", "spectral", "rocket", "dlinear"]
    sets = [[n] for n in order if n in blocks] + [["rhythm", "morphology"], [n for n in order if n in blocks]]
    print(f"{'experts':42s} {'d':>5s} {'rr MAE':>7s} {'age MAE':>8s} {'gender F1':>10s} {'report acc':>11s}")
    for s in sets:
        x = np.hstack([np.stack([blocks[n][i] for i in ids]) for n in s])
        r = evaluate(x, y, folds)
        print(f"{'+'.join(s):42s} {x.shape[1]:5d} {r['rr_interval']:7.1f} {r['age']:8.1f} {r['gender']:10.3f} {r['report_label']:11.3f}")


def scale(tr, te):
    mu, sd = tr.mean(0), tr.std(0)
    sd[sd == 0] = 1
    return np.clip((tr - mu) / sd, -CLIP, CLIP), np.clip((te - mu) / sd, -CLIP, CLIP)


def ridge(a, y, b, lam):
    a1, b1 = np.hstack([a, np.ones((len(a), 1))]), np.hstack([b, np.ones((len(b), 1))])
    p = lam * np.eye(a1.shape[1])
    p[-1, -1] = 0
    return b1 @ np.linalg.solve(a1.T @ a1 + p, a1.T @ y)


def logistic(a, y, b, k, lam, iters=400, lr=0.5):
    a1, b1 = np.hstack([a, np.ones((len(a), 1))]), np.hstack([b, np.ones((len(b), 1))])
    w, onehot = np.zeros((a1.shape[1], k)), np.eye(k)[y]
    for _ in range(iters):
        z = a1 @ w
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        g = a1.T @ (p - onehot) / len(a1)
        g[:-1] += lam * w[:-1]
        w -= lr * g
    return (b1 @ w).argmax(1)


def evaluate(x, y, folds):
    out = {}
    lam_r = 10.0 if x.shape[1] < 300 else 300.0
    lam_c = 1e-2 if x.shape[1] < 300 else 3e-2
    for t in TASKS:
        ok = ~np.isnan(y[t])
        scores = []
        for k in range(3):
            tr, te = ok & (folds != k), ok & (folds == k)
            a, b = scale(x[tr], x[te])
            if t in ("rr_interval", "age"):
                scores.append(np.mean(np.abs(ridge(a, y[t][tr], b, lam_r) - y[t][te])))
                continue
            yi = y[t].astype(int)
            p = logistic(a, yi[tr], b, int(np.nanmax(y[t])) + 1, lam_c)
            if t == "gender":
                f1 = []
                for c in (0, 1):
                    tp, fp, fn = np.sum((p == c) & (yi[te] == c)), np.sum((p == c) & (yi[te] != c)), np.sum((p != c) & (yi[te] == c))
                    f1.append(2 * tp / max(1, 2 * tp + fp + fn))
                scores.append(np.mean(f1))
            else:
                scores.append(np.mean(p == yi[te]))
        out[t] = float(np.mean(scores))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
