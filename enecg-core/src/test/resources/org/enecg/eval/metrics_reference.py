# Reference metric values for MetricsTest, computed with numpy/scipy from the textbook definitions
# (scikit-learn is not installed here; these follow sklearn's documented semantics: macro average over the
# labels present in y_true or y_pred, zero_division -> 0; binary AUROC on class 1's score; multiclass
# one-vs-rest macro over classes present in y_true). Run: python3 metrics_reference.py
import numpy as np
from scipy.stats import rankdata

def auroc(score, pos):
    pos = np.asarray(pos, bool); r = rankdata(score)  # mid-ranks for ties
    P = pos.sum(); N = len(pos) - P
    return (r[pos].sum() - P * (P + 1) / 2) / (P * N)

def auroc_trapezoid(score, pos):
    # independent check: ROC curve by sweeping thresholds, trapezoidal area
    pos = np.asarray(pos, bool); s = np.asarray(score)
    th = np.unique(s)[::-1]
    tpr = [0.0]; fpr = [0.0]
    for t in th:
        tpr.append(((s >= t) & pos).sum() / pos.sum()); fpr.append(((s >= t) & ~pos).sum() / (~pos).sum())
    return np.trapezoid(tpr, fpr)

def cls(y, prob):
    y = np.asarray(y); prob = np.asarray(prob); pred = prob.argmax(1); k = prob.shape[1]
    labels = np.union1d(y, pred)
    P = []; R = []; F = []
    for c in labels:
        tp = ((pred == c) & (y == c)).sum(); pp = (pred == c).sum(); tt = (y == c).sum()
        p = tp / pp if pp else 0.0; r = tp / tt if tt else 0.0
        P.append(p); R.append(r); F.append(2 * p * r / (p + r) if p + r else 0.0)
    if k == 2:
        a = auroc(prob[:, 1], y == 1); a2 = auroc_trapezoid(prob[:, 1], y == 1)
    else:
        present = [c for c in range(k) if 0 < (y == c).sum() < len(y)]
        a = np.mean([auroc(prob[:, c], y == c) for c in present])
        a2 = np.mean([auroc_trapezoid(prob[:, c], y == c) for c in present])
    assert abs(a - a2) < 1e-12
    return dict(accuracy=(pred == y).mean(), precision=np.mean(P), recall=np.mean(R), f1=np.mean(F), auroc=a)

print("regression", dict(mae=np.mean(np.abs(np.array([1.5, 2.0, 7.0]) - [1.0, 3.0, 4.0])),
                         mse=np.mean((np.array([1.5, 2.0, 7.0]) - [1.0, 3.0, 4.0]) ** 2)))
ybin = [0, 1, 1, 0, 1, 0, 1, 1]
pbin = [[.9, .1], [.3, .7], [.6, .4], [.4, .6], [.2, .8], [.7, .3], [.4, .6], [.5, .5]]
print("binary", cls(ybin, pbin))
y3 = [0, 1, 2, 2, 1, 0, 2, 1, 1]
p3 = [[.7, .2, .1], [.1, .6, .3], [.2, .2, .6], [.5, .3, .2], [.3, .3, .4], [.4, .4, .2], [.1, .1, .8], [.2, .5, .3], [.6, .3, .1]]
print("three classes", cls(y3, p3))
# class 3 of 4 never occurs in labels nor predictions; class 0 predicted but never true
y4 = [1, 1, 2, 2, 2, 1]
p4 = [[.1, .6, .2, .1], [.5, .3, .1, .1], [.1, .2, .6, .1], [.2, .3, .4, .1], [.1, .5, .3, .1], [.1, .7, .1, .1]]
print("four classes, two present", cls(y4, p4))
