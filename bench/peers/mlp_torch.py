"""Workloads (a) and (b): Fashion-MNIST MLP training in torch (float32, ReLU, softmax cross-entropy, Adam).

usage: /usr/bin/python3 mlp_torch.py --hidden 100 --depth 5 --batch 100 --epochs 5 [--json OUT]

- inputs: pixels/255, minus the per-pixel training-set mean (common.load_fashion_mnist)
- init: kaiming_normal_(fan_in, relu) weights, zero biases
- Adam lr 1e-3 (torch defaults betas=(0.9,0.999), eps=1e-8), no weight decay
- whole data set is a tensor in memory; each epoch = randperm shuffle + N/batch steps.
  Epoch time covers shuffling + training steps only (no evaluation).
- test accuracy evaluated after the last epoch (and after each epoch, untimed).
"""
import argparse
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

from common import env_info, load_fashion_mnist, mlp_forward_flops, report


def make_mlp(sizes):
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        lin = nn.Linear(a, b)
        nn.init.kaiming_normal_(lin.weight, mode="fan_in", nonlinearity="relu")
        nn.init.zeros_(lin.bias)
        layers.append(lin)
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


@torch.no_grad()
def accuracy(model, x, y, bs=1000):
    correct = 0
    for i in range(0, x.shape[0], bs):
        correct += (model(x[i:i + bs]).argmax(1) == y[i:i + bs]).sum().item()
    return correct / x.shape[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--depth", type=int, default=5)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--json")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    xtr, ytr, xte, yte = load_fashion_mnist()
    xtr, ytr, xte, yte = map(torch.from_numpy, (xtr, ytr, xte, yte))
    n = xtr.shape[0]

    sizes = [784] + [args.hidden] * args.depth + [10]
    model = make_mlp(sizes)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    nparams = sum(p.numel() for p in model.parameters())
    fwd = mlp_forward_flops(sizes, n)
    flops_epoch = 3 * fwd
    print(f"sizes={sizes} params={nparams} forward GFLOP/epoch={fwd/1e9:.2f} train(3x) GFLOP/epoch={flops_epoch/1e9:.2f}", flush=True)

    epoch_times, accs, losses = [], [], []
    for ep in range(args.epochs):
        model.train()
        t0 = time.perf_counter()
        perm = torch.randperm(n)
        tot = 0.0
        for i in range(0, n, args.batch):
            idx = perm[i:i + args.batch]
            loss = F.cross_entropy(model(xtr[idx]), ytr[idx])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            tot += loss.item()  # per-step sync; negligible vs the step on CPU
        dt = time.perf_counter() - t0
        epoch_times.append(dt)
        model.eval()
        acc = accuracy(model, xte, yte)
        accs.append(acc)
        losses.append(tot / (n // args.batch))
        print(f"epoch {ep+1}: {dt:.2f} s  train loss {losses[-1]:.4f}  test acc {acc:.4f}  "
              f"({flops_epoch/dt/1e9:.1f} GFLOP/s effective)", flush=True)

    med3 = statistics.median(epoch_times[:3])
    res = {
        "sizes": sizes, "batch": args.batch, "lr": args.lr, "seed": args.seed, "epochs": args.epochs,
        "params": nparams, "forward_flops_epoch": fwd, "train_flops_epoch": flops_epoch,
        "epoch_times_s": epoch_times, "median_epoch_s_first3": med3,
        "median_epoch_s_all": statistics.median(epoch_times),
        "gflops_effective_median3": flops_epoch / med3 / 1e9,
        "test_acc_per_epoch": accs, "final_test_acc": accs[-1], "train_loss_per_epoch": losses,
        "env": env_info(torch),
    }
    report(res, args.json)


if __name__ == "__main__":
    main()
