"""The sharpness (top Hessian eigenvalue of the training loss) of workload (b)'s net in PyTorch.

usage: /usr/bin/python3 sharpness_torch.py [--examples 5000] [--steps 20] [--dtype float64|float32] [--json OUT]

- the net: 784-[200]*10-10 ReLU, kaiming_normal_(fan_in, relu) weights, zero biases, at initialization
- the loss: mean softmax cross-entropy on the first --examples training images (pixels/255 minus the
  per-pixel training mean, as gdlab prepares them)
- a Hessian-vector product by double backward: g = grad(loss, params, create_graph=True), then
  grad(g . v, params), on the whole batch at once
- --steps Lanczos steps with full reorthogonalization from a seeded random start; the top Ritz value
- timed: the Lanczos loop (every Hessian-vector product and the orthogonalization), not the loading
gdlab's side is `gdlab sharpness --hidden 200x10 --examples 5000 --top 1 --lanczos-steps 20
--trace-probes 0 --density-probes 0`, whose products are exact in float64 (Pearlmutter's R-operator).
"""
import argparse
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from common import env_info, load_fashion_mnist, report
from mlp_torch import make_mlp


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--examples", type=int, default=5000)
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--dtype", choices=["float64", "float32"], default="float64")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--json")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    dtype = getattr(torch, a.dtype)
    xtr, ytr, _, _ = load_fashion_mnist()
    x = torch.from_numpy(xtr[:a.examples]).to(dtype)
    y = torch.from_numpy(ytr[:a.examples])
    model = make_mlp([784] + [200] * 10 + [10]).to(dtype)
    params = [q for q in model.parameters()]
    n = sum(q.numel() for q in params)

    def hvp(v):
        loss = F.cross_entropy(model(x), y)
        g = torch.autograd.grad(loss, params, create_graph=True)
        flat = torch.cat([t.reshape(-1) for t in g])
        hv = torch.autograd.grad(flat @ v, params)
        return torch.cat([t.reshape(-1) for t in hv]).detach()

    gen = torch.Generator().manual_seed(0)
    q = torch.randn(n, generator=gen, dtype=dtype)
    q /= q.norm()
    basis, alpha, beta = [q], [], []
    start = time.perf_counter()
    for k in range(a.steps):
        w = hvp(basis[-1])
        alpha.append(float(w @ basis[-1]))
        for b in basis:  # full reorthogonalization (twice is enough)
            w -= (w @ b) * b
        for b in basis:
            w -= (w @ b) * b
        nb = float(w.norm())
        if k == a.steps - 1 or nb == 0:
            break
        beta.append(nb)
        basis.append(w / nb)
    seconds = time.perf_counter() - start
    t = np.diag(alpha) + np.diag(beta[:len(alpha) - 1], 1) + np.diag(beta[:len(alpha) - 1], -1)
    top = float(np.linalg.eigvalsh(t)[-1])
    report({"peer": "torch double-backward HVP + Lanczos", "dtype": a.dtype, "examples": a.examples,
            "parameters": n, "steps": len(alpha), "top_eigenvalue": top, "seconds": seconds,
            "env": env_info(torch)}, a.json)


if __name__ == "__main__":
    main()
