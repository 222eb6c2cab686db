"""GEMM throughput (GFLOP/s) with numpy and (if importable) torch, on the shapes of `gdlab bench gemm`.

usage: <python> gemm_numpy.py [--no-torch] [--json OUT]
Each shape: two warm-up products, then the product repeated until >= MIN_TIME seconds have
elapsed (at least 3 reps); the best single-rep time and the mean are reported, as gdlab does.
"""
import argparse
import time

import numpy as np

from common import env_info, report

# (m, k, n, dtype): (m x k) @ (k x n)
SHAPES = [(100, 784, 100, np.float32), (256, 784, 512, np.float32), (1024, 1024, 1024, np.float32),
          (1024, 1024, 1024, np.float64)]
MIN_TIME = 2.0


def bench(fn, flops):
    fn()
    fn()  # warm-up
    times = []
    t_start = time.perf_counter()
    while len(times) < 3 or time.perf_counter() - t_start < MIN_TIME:
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    best = min(times)
    mean = sum(times) / len(times)
    return {"reps": len(times), "best_s": best, "mean_s": mean,
            "gflops_best": flops / best / 1e9, "gflops_mean": flops / mean / 1e9}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-torch", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()

    torch = None
    if not args.no_torch:
        try:
            import torch as _t
            torch = _t
            torch.set_num_threads(2)
        except ImportError:
            pass

    rng = np.random.default_rng(0)
    out = {"env": None, "results": []}
    for m, k, n, dtype in SHAPES:
        flops = 2.0 * m * k * n
        a = rng.standard_normal((m, k), dtype=dtype)
        b = rng.standard_normal((k, n), dtype=dtype)
        c = np.empty((m, n), dtype=dtype)
        kind = "float32" if dtype == np.float32 else "float64"
        r = bench(lambda: np.matmul(a, b, out=c), flops)
        r.update(lib="numpy", shape=f"{kind} ({m}x{k})x({k}x{n})")
        out["results"].append(r)
        print(f"numpy {r['shape']:>22}: best {r['gflops_best']:7.1f} GFLOP/s  mean {r['gflops_mean']:7.1f}  ({r['reps']} reps)", flush=True)
        if torch is not None:
            ta, tb = torch.from_numpy(a), torch.from_numpy(b)
            tc = torch.empty(m, n, dtype=ta.dtype)
            r = bench(lambda: torch.matmul(ta, tb, out=tc), flops)
            r.update(lib="torch", shape=f"{kind} ({m}x{k})x({k}x{n})")
            out["results"].append(r)
            print(f"torch {r['shape']:>22}: best {r['gflops_best']:7.1f} GFLOP/s  mean {r['gflops_mean']:7.1f}  ({r['reps']} reps)", flush=True)
    out["env"] = env_info(torch)
    report(out, args.json)


if __name__ == "__main__":
    main()
