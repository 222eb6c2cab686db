"""Workload (a) (or any dense ReLU net) trained by a loop written by hand in numpy: affine and ReLU
forward and backward, softmax loss, Adam, all by hand. float32 throughout.

usage: <python> mlp_numpy.py --hidden 100 --depth 5 --batch 100 --epochs 3 [--json OUT]

Same data preparation, init (He normal, fan_in, zero biases), Adam hyper-parameters and
per-epoch shuffling as mlp_torch.py. Epoch time = shuffle + training steps (no evaluation).
"""
import argparse
import statistics
import time

import numpy as np

from common import env_info, load_fashion_mnist, mlp_forward_flops, report

F32 = np.float32


def affine_forward(x, w, b):
    return x @ w + b, (x, w)


def affine_backward(dout, cache, need_dx=True):
    x, w = cache
    dx = dout @ w.T if need_dx else None
    return dx, x.T @ dout, dout.sum(axis=0)


def relu_forward(x):
    return np.maximum(x, F32(0)), x


def relu_backward(dout, cache):
    return dout * (cache > 0)


def softmax_loss(scores, y):
    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    s = e.sum(axis=1, keepdims=True)
    log_probs = shifted - np.log(s)
    n = scores.shape[0]
    loss = -log_probs[np.arange(n), y].mean()
    dscores = e / s
    dscores[np.arange(n), y] -= F32(1)
    dscores /= F32(n)
    return loss, dscores


class MLP:
    def __init__(self, sizes, rng):
        self.params = {}
        for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
            self.params[f"W{i}"] = (rng.standard_normal((a, b), dtype=F32) * F32(np.sqrt(2.0 / a)))
            self.params[f"b{i}"] = np.zeros(b, dtype=F32)
        self.L = len(sizes) - 1

    def scores(self, x):
        h = x
        for i in range(self.L):
            h = h @ self.params[f"W{i}"] + self.params[f"b{i}"]
            if i < self.L - 1:
                h = np.maximum(h, F32(0))
        return h

    def loss_and_grads(self, x, y):
        caches = []
        h = x
        for i in range(self.L):
            h, ca = affine_forward(h, self.params[f"W{i}"], self.params[f"b{i}"])
            cr = None
            if i < self.L - 1:
                h, cr = relu_forward(h)
            caches.append((ca, cr))
        loss, d = softmax_loss(h, y)
        grads = {}
        for i in reversed(range(self.L)):
            ca, cr = caches[i]
            if cr is not None:
                d = relu_backward(d, cr)
            d, grads[f"W{i}"], grads[f"b{i}"] = affine_backward(d, ca, need_dx=(i > 0))
        return loss, grads


class Adam:
    def __init__(self, params, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps = lr, b1, b2, eps
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        b1, b2 = self.b1, self.b2
        # bias-corrected step size (same formula as torch.optim.Adam)
        c1 = 1 - b1 ** self.t
        c2 = 1 - b2 ** self.t
        step = F32(self.lr / c1)
        sq2 = F32(np.sqrt(c2))
        for k, g in grads.items():
            m, v = self.m[k], self.v[k]
            m *= F32(b1)
            m += F32(1 - b1) * g
            v *= F32(b2)
            v += F32(1 - b2) * (g * g)
            params[k] -= step * m / (np.sqrt(v) / sq2 + F32(self.eps))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--depth", type=int, default=5)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json")
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    xtr, ytr, xte, yte = load_fashion_mnist()
    n = xtr.shape[0]
    sizes = [784] + [args.hidden] * args.depth + [10]
    net = MLP(sizes, rng)
    opt = Adam(net.params, lr=args.lr)
    fwd = mlp_forward_flops(sizes, n)
    flops_epoch = 3 * fwd
    print(f"sizes={sizes} train(3x) GFLOP/epoch={flops_epoch/1e9:.2f}", flush=True)

    epoch_times, accs = [], []
    for ep in range(args.epochs):
        t0 = time.perf_counter()
        perm = rng.permutation(n)
        tot = 0.0
        for i in range(0, n, args.batch):
            idx = perm[i:i + args.batch]
            loss, grads = net.loss_and_grads(xtr[idx], ytr[idx])
            opt.step(net.params, grads)
            tot += float(loss)
        dt = time.perf_counter() - t0
        epoch_times.append(dt)
        acc = float((net.scores(xte).argmax(1) == yte).mean())
        accs.append(acc)
        assert all(v.dtype == F32 for v in net.params.values())
        print(f"epoch {ep+1}: {dt:.2f} s  train loss {tot/(n//args.batch):.4f}  test acc {acc:.4f}  "
              f"({flops_epoch/dt/1e9:.1f} GFLOP/s effective)", flush=True)

    med3 = statistics.median(epoch_times[:3])
    res = {"sizes": sizes, "batch": args.batch, "epochs": args.epochs, "train_flops_epoch": flops_epoch,
           "epoch_times_s": epoch_times, "median_epoch_s_first3": med3,
           "gflops_effective_median3": flops_epoch / med3 / 1e9,
           "test_acc_per_epoch": accs, "env": env_info()}
    report(res, args.json)


if __name__ == "__main__":
    main()
