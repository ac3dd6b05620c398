#!/usr/bin/env python3
"""Gate and head-choice experiments on exported expert-alone heads (numpy only). Not the EnECG model: a fast
place to compare ways of combining the heads before implementing one in Java.

Input: JSON files written by org.enecg.bench.HeadExport (one per head setting; the bundled main job's 3 folds by
subject, seed 42): per fold and expert, the heads' inner-validation loss per task, their cross-fitted outputs on
the training rows, and their outputs on the test rows.

Every choice a method makes uses the training rows only (cross-fitted outputs, the inner fit/validation split);
test-fold numbers are printed for the record and must not be used to pick a method.
Usage: python3 scripts/gate-experiments.py lora.json [full.json ...]
"""
import json
import sys

import numpy as np

TASKS = ["rr_interval", "age", "gender", "report_label", "conduction_abnormality"]
L2S = (0.0,)


def load(path):
    with open(path) as f:
        d = json.load(f)
    d["y"] = {t: np.array([np.nan if v is None else v for v in d["tasks"][t]["labels"]], float) for t in d["tasks"]}
    for fo in d["folds"]:
        for k in ("train", "test", "fit", "val"):
            fo[k] = np.array(fo[k], int)
        for e, eo in fo["experts"].items():
            eo["test"] = {t: np.array(v, float) for t, v in eo["test"].items()}
            eo["cf"] = {t: np.array(v, float) for t, v in eo["cf"].items()}
            if "bag" in eo:
                eo["bag"] = {t: np.array(v, float) for t, v in eo["bag"].items()}
            eo["val_loss"] = np.array([np.nan if v is None else v for v in eo["val_loss"]], float)
    return d


# ---------------------------------------------------------------- metrics (scikit-learn semantics)
def macro_f1(y, p):
    labels = np.union1d(y, p)
    f = []
    for c in labels:
        tp = np.sum((p == c) & (y == c))
        fp = np.sum((p == c) & (y != c))
        fn = np.sum((p != c) & (y == c))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return float(np.mean(f))


def score(task, cls, y, out):
    """Primary metric (and accuracy for classification)."""
    if not cls:
        return {"mae": float(np.mean(np.abs(out[:, 0] - y)))}
    p = np.argmax(out, 1)
    return {"f1": macro_f1(y.astype(int), p), "acc": float(np.mean(p == y))}


def loss(cls, y, out, mu=0.0, sd=1.0):
    """Model loss: MSE on standardised values, or cross-entropy of the softmax of the combined logits."""
    if not cls:
        return float(np.mean(((out[:, 0] - y) / sd) ** 2))
    z = out - out.max(1, keepdims=True)
    lp = z - np.log(np.exp(z).sum(1, keepdims=True))
    return float(-np.mean(lp[np.arange(len(y)), y.astype(int)]))


# ---------------------------------------------------------------- combining
def combine(outs, w):
    """outs [expert][n, k], w [expert] -> [n, k]: the weighted sum (values, or logits)."""
    return np.tensordot(w, np.stack(outs), axes=1)


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


def fit_weights(outs, y, cls, mu, sd, l2=0.0, steps=400, lr=0.05, init=None, fit=None, val=None, patience=None):
    """Constant gate: logits a (softmax -> weights) minimising the loss (+ l2 * |a|^2), Adam, full batch on `fit`
    rows; with `val` and `patience`, early stopping on the validation loss (kept: best epoch)."""
    ne = len(outs)
    a = np.zeros(ne) if init is None else init.copy()
    m, v = np.zeros(ne), np.zeros(ne)
    fit = np.arange(len(y)) if fit is None else fit
    X = np.stack([o[fit] for o in outs])            # [e, n, k]
    yy = y[fit]
    best, best_a, since = np.inf, a.copy(), 0
    for it in range(1, steps + 1):
        w = softmax(a)
        comb = np.tensordot(w, X, axes=1)
        if cls:
            z = comb - comb.max(1, keepdims=True)
            pr = np.exp(z) / np.exp(z).sum(1, keepdims=True)
            pr[np.arange(len(yy)), yy.astype(int)] -= 1
            g_comb = pr / len(yy)
        else:
            g_comb = 2 * ((comb[:, 0] - yy) / sd ** 2)[:, None] / len(yy)
        g_w = np.array([np.sum(g_comb * X[e]) for e in range(ne)])
        g_a = w * (g_w - np.dot(w, g_w)) + 2 * l2 * a
        m = 0.9 * m + 0.1 * g_a
        v = 0.999 * v + 0.001 * g_a ** 2
        a -= lr * (m / (1 - 0.9 ** it)) / (np.sqrt(v / (1 - 0.999 ** it)) + 1e-8)
        if val is not None and patience:
            lv = loss(cls, y[val], combine([o[val] for o in outs], softmax(a)), mu, sd)
            if lv < best - 1e-12:
                best, best_a, since = lv, a.copy(), 0
            else:
                since += 1
                if since >= patience:
                    break
    if val is not None and patience:
        a = best_a
    return softmax(a)


def inner_folds(subjects, rows, k, seed):
    """Rows split by subject into k folds (seeded)."""
    subs = sorted({subjects[r] for r in rows})
    rng = np.random.default_rng(seed)
    order = [subs[i] for i in rng.permutation(len(subs))]
    fold_of = {s: i % k for i, s in enumerate(order)}
    return [np.array([r for r in rows if fold_of[subjects[r]] == j]) for j in range(k)]


# ---------------------------------------------------------------- methods: each returns (weights over experts, inner loss)
def run(d, chooser=None, verbose=True, test_source="single"):
    """chooser(fold, expert, task) -> which export supplies that head (None: d itself). test_source: the test
    outputs of the heads trained on all training rows ("single"), the mean of the cross-fitting's inner heads
    ("bag"), or the mean of both with weights k/(k+1) and 1/(k+1) ("bag+")."""
    experts = d["experts"]
    res = {}
    for t in TASKS:
        cls = d["tasks"][t]["classification"]
        y = d["y"][t]
        per_method = {}
        for fo in d["folds"]:
            tr = fo["train"][~np.isnan(y[fo["train"]])]
            te_mask = ~np.isnan(y[fo["test"]])
            te_y = y[fo["test"]][te_mask]
            pos = {r: i for i, r in enumerate(fo["train"])}
            mu, sd = (0.0, 1.0) if cls else (float(np.mean(y[tr])), float(np.std(y[tr])))
            cf, test, vl = [], [], []
            for e in experts:
                eo = fo["experts"][e] if chooser is None else chooser(fo, e, t)
                cf.append(eo["cf"][t][[pos[r] for r in tr]])
                if test_source == "single":
                    test.append(eo["test"][t][te_mask])
                elif test_source == "bag":
                    test.append(eo["bag"][t][te_mask])
                else:
                    test.append((3 * eo["bag"][t][te_mask] + eo["test"][t][te_mask]) / 4)
                vl.append(eo["val_loss"][TASKS.index(t)])
            ytr = y[tr]
            fit_idx = np.array([i for i, r in enumerate(tr) if r in set(fo["fit"])])
            val_idx = np.array([i for i, r in enumerate(tr) if r in set(fo["val"])])
            cf_loss = np.array([loss(cls, ytr, c, mu, sd) for c in cf])
            methods = {}
            for i, e in enumerate(experts):
                methods["alone:" + e] = (np.eye(len(experts))[i], cf_loss[i])
            methods["uniform"] = (np.ones(len(experts)) / len(experts), loss(cls, ytr, combine(cf, np.ones(len(experts)) / len(experts)), mu, sd))
            # like the Java default: early stopping on the inner validation rows
            w = fit_weights(cf, ytr, cls, mu, sd, steps=2000, lr=0.01, fit=fit_idx, val=val_idx, patience=30)
            methods["gate(es)"] = (w, loss(cls, ytr[val_idx], combine([c[val_idx] for c in cf], w), mu, sd))
            methods["select(cf)"] = (np.eye(len(experts))[int(np.argmin(cf_loss))], cf_loss.min())
            methods["select(val)"] = (np.eye(len(experts))[int(np.nanargmin(vl))], np.nanmin(vl))
            for l2 in L2S:
                w = fit_weights(cf, ytr, cls, mu, sd, l2=l2, steps=600, lr=0.05)
                # inner loss: 5-fold CV of the stacking on the cross-fitted outputs
                inner = []
                for j, rows in enumerate(inner_folds(d["subjects"], list(range(len(tr))), 5, 7)):
                    if len(rows) == 0:
                        continue
                    rest = np.setdiff1d(np.arange(len(tr)), rows)
                    wj = fit_weights([c[rest] for c in cf], ytr[rest], cls, mu, sd, l2=l2, steps=600, lr=0.05)
                    inner.append(loss(cls, ytr[rows], combine([c[rows] for c in cf], wj), mu, sd) * len(rows))
                methods[f"stack l2={l2}"] = (w, sum(inner) / len(tr))
            for name, (w, il) in methods.items():
                out = combine(test, w)
                s = score(t, cls, te_y, out)
                per_method.setdefault(name, []).append((il, s, w))
        res[t] = per_method
        if verbose:
            key = "mae" if not cls else ("acc" if t == "report_label" else "f1")
            print(f"\n{t} ({key}; inner loss = cross-fitted / validation loss on training rows only)")
            for name, rows in per_method.items():
                il = np.mean([r[0] for r in rows])
                m = [r[1][key] for r in rows]
                extra = ""
                if not name.startswith("alone"):
                    ws = np.mean([r[2] for r in rows], 0)
                    extra = " w " + " ".join(f"{x:.2f}" for x in ws)
                print(f"  {name:26s} inner {il:7.4f}   test {np.mean(m):7.3f} ± {np.std(m):.3f}{extra}")
    return res


def summary(name, res):
    """One line per task: for the gate (early stopping) and the stacking, mean inner loss and test metric."""
    cells = []
    for t in TASKS:
        key = "mae" if t in ("rr_interval", "age") else ("acc" if t == "report_label" else "f1")
        pm = res[t]
        c = []
        for m in ("gate(es)", "stack l2=0.0"):
            rows = pm[m]
            c.append(f"{np.mean([r[0] for r in rows]):.3f}/{np.mean([r[1][key] for r in rows]):.3f}")
        alone = {k: v for k, v in pm.items() if k.startswith("alone:")}
        best = min(alone, key=lambda k: np.mean([r[0] for r in alone[k]]))
        c.append(f"{np.mean([r[1][key] for r in alone[best]]):.3f}")
        cells.append(" ".join(c))
    print(f"{name:34s} " + " | ".join(cells))


def main(paths):
    if paths and paths[0] == "--summary":
        ds = [load(p) for p in paths[1:]]
        print("per task: gate(es) inner/test  stack inner/test  alone with lowest cross-fitted loss: test")
        for d in ds:
            summary(d["setting"], run(d, verbose=False))
        return
    source = "single"
    if paths and paths[0].startswith("--test="):
        source = paths[0][len("--test="):]
        paths = paths[1:]
    ds = [load(p) for p in paths]
    for d in ds:
        print(f"==== {d['setting']} (test outputs: {source})")
        run(d, test_source=source)
    if len(ds) > 1:
        for key in ("val", "cf"):
            print(f"==== per (expert, task) the setting with the lower {key} loss: " + " / ".join(d["setting"] for d in ds))
            res = run(ds[0], make_chooser(ds, key), verbose=False, test_source=source)
            summary("chosen by " + key, res)


def make_chooser(ds, key):
    """Per fold, expert and task, the export whose heads have the lower inner loss: the heads' own validation loss
    ("val") or their cross-fitted loss on all training rows ("cf")."""
    def chooser(fo_ref, e, t):
        ti = TASKS.index(t)
        best, best_loss = None, np.inf
        for d in ds:
            fo = d["folds"][[f["test"].tolist() for f in d["folds"]].index(fo_ref["test"].tolist())]
            eo = fo["experts"][e]
            if key == "val":
                l = eo["val_loss"][ti]
            else:
                cls = d["tasks"][t]["classification"]
                y = d["y"][t][fo["train"]]
                ok = ~np.isnan(y)
                mu, sd = (0.0, 1.0) if cls else (float(np.mean(y[ok])), float(np.std(y[ok])))
                l = loss(cls, y[ok], eo["cf"][t][ok], mu, sd)
            if l < best_loss:
                best, best_loss = eo, l
        return best
    return chooser


if __name__ == "__main__":
    main(sys.argv[1:])
