# Reference AdamW steps for AdamWTest, written from the update rule in the torch.optim.AdamW documentation
# (decoupled decay first, then Adam with bias correction). Parameters are stored as float32 between steps,
# as in the Java optimiser; moments stay float64. Run: python3 adamw_reference.py
import numpy as np

def adamw(theta0, grads, lr, b1, b2, eps, wd):
    theta = np.array(theta0, dtype=np.float32)
    m = np.zeros(theta.shape); v = np.zeros(theta.shape)
    out = []
    for t, g in enumerate(grads, start=1):
        g = np.array(g, dtype=np.float64)
        th = theta.astype(np.float64) * (1 - lr * wd)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        step = lr / (1 - b1 ** t)
        denom = np.sqrt(v) / np.sqrt(1 - b2 ** t) + eps
        theta = (th - step * m / denom).astype(np.float32)
        out.append(theta.copy())
    return out

theta0 = [0.5, -1.0, 2.0, 0.0]
grads = [[0.1, -0.2, 0.3, 0.0], [0.05, 0.4, -0.3, 1e-3], [-0.2, 0.1, 0.0, -2.0]]
np.set_printoptions(precision=9, floatmode='fixed')
for name, args in [("defaults lr=1e-2", (1e-2, 0.9, 0.999, 1e-8, 0.01)),
                   ("lr=1e-3 b=(0.8,0.99) eps=1e-6 wd=0.1", (1e-3, 0.8, 0.99, 1e-6, 0.1))]:
    print(name)
    for t, th in enumerate(adamw(theta0, grads, *args), start=1):
        print(" step", t, [float("%.9g" % x) for x in th])
