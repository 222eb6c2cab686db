"""Jacobian / empirical-NTK features of a 1-D regression MLP 1-[W]*D-1 (ReLU), in torch.

Driver (runs every (case, step) in its own child process, 120 s budget each, memory-capped):
    /usr/bin/python3 ntk_jacobian.py [--cases 64,4,256 256,4,1000 1024,2,1000] [--steps S ...] [--json OUT]
One step by hand:
    /usr/bin/python3 ntk_jacobian.py --child --W 64 --D 4 --N 256 --step jac_functorch

Model: D hidden layers of width W, float32, torch's default nn.Linear init (U(+-1/sqrt(fan_in))
for weights and biases; non-zero biases so the net is not positively homogeneous in x),
torch.manual_seed(0). Inputs: N points, torch.linspace(-1, 1, N), shape (N,1). Output f: (N,).
J is N x P, J[i, :] = d f(x_i) / d theta (all weights and biases, flattened layer by layer,
W then b, W row-major as torch stores it (out x in)).

Steps (the timed region is only the step itself; setup is excluded; a step whose first call
takes < 10 s is run a second time and the warm time is reported as "seconds", the first as
"seconds_cold"):
  jac_functorch : functorch.vmap(functorch.jacrev(f_single)) over the N inputs + cat to N x P
  jac_loop      : for each input: forward + torch.autograd.grad(out, params), row written into J
  jac_manual    : one batched forward + hand-written backward; per-sample weight gradients as
                  outer products delta_l[i] (x) h_{l-1}[i] written into J (what a Java impl would do)
  svd           : torch.linalg.svd(J, full_matrices=False) -> U (N x N), S, Vh (N x P)
  gram_eigh     : K = J @ J.T (N x N empirical NTK), torch.linalg.eigh(K): S^2 and U
For svd / gram_eigh, J is built first (jac_manual, untimed).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

STEPS = ["jac_functorch", "jac_loop", "jac_manual", "svd", "gram_eigh"]
LIMIT_S = 120.0          # an approach slower than this is recorded as "> 120 s"
SETUP_GRACE_S = 30.0     # extra wall time for imports + untimed J build before the kill
WARM_REPEAT_BELOW_S = 10.0  # steps faster than this are run twice; the 2nd (warm) time is the headline
MEM_CAP_BYTES = 18 << 30  # address-space cap for each child (sized for a 24 GiB machine)


def build(W, D, N):
    import torch
    import torch.nn as nn
    torch.manual_seed(0)
    sizes = [1] + [W] * D + [1]
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    model = nn.Sequential(*layers)
    x = torch.linspace(-1.0, 1.0, N).unsqueeze(1)
    return model, x


def jac_functorch(model, x):
    import torch
    from functorch import jacrev, make_functional, vmap
    fmodel, params = make_functional(model)

    def f_single(p, xi):  # xi: (1,) -> scalar
        return fmodel(p, xi.unsqueeze(0)).squeeze()

    jac = vmap(jacrev(f_single, argnums=0), in_dims=(None, 0))(params, x)
    return torch.cat([j.reshape(x.shape[0], -1) for j in jac], dim=1)


def jac_loop(model, x):
    import torch
    params = list(model.parameters())
    P = sum(p.numel() for p in params)
    J = torch.empty(x.shape[0], P)
    for i in range(x.shape[0]):
        out = model(x[i:i + 1]).squeeze()
        grads = torch.autograd.grad(out, params)
        off = 0
        for g in grads:
            n = g.numel()
            J[i, off:off + n] = g.reshape(-1)
            off += n
    return J


def jac_manual(model, x):
    import torch
    lins = [m for m in model if isinstance(m, torch.nn.Linear)]
    N = x.shape[0]
    P = sum(p.numel() for p in model.parameters())
    with torch.no_grad():
        hs, masks = [x], []
        h = x
        for k, lin in enumerate(lins):
            z = torch.addmm(lin.bias, h, lin.weight.t())
            if k < len(lins) - 1:
                m = z > 0
                masks.append(m)
                h = z * m
                hs.append(h)
            else:
                h = z
        # offsets of each layer's (W, b) block in the flattened parameter vector
        offs, off = [], 0
        for lin in lins:
            offs.append(off)
            off += lin.weight.numel() + lin.bias.numel()
        J = torch.empty(N, P)
        delta = torch.ones(N, 1)  # d f_i / d z_L
        for k in reversed(range(len(lins))):
            lin = lins[k]
            o, i_ = lin.weight.shape
            a = hs[k]  # (N, in)
            o0 = offs[k]
            Jw = J[:, o0:o0 + o * i_].view(N, o, i_)
            torch.mul(delta.unsqueeze(2), a.unsqueeze(1), out=Jw)   # per-sample outer products
            J[:, o0 + o * i_:o0 + o * i_ + o] = delta
            if k > 0:
                delta = (delta @ lin.weight) * masks[k - 1]
    return J


def child(W, D, N, step):
    import torch
    torch.set_num_threads(2)
    resource.setrlimit(resource.RLIMIT_AS, (MEM_CAP_BYTES, MEM_CAP_BYTES))
    model, x = build(W, D, N)
    P = sum(p.numel() for p in model.parameters())
    res = {"W": W, "D": D, "N": N, "P": P, "step": step, "torch": torch.__version__,
           "threads": torch.get_num_threads()}
    try:
        if step.startswith("jac_"):
            fn = {"jac_functorch": jac_functorch, "jac_loop": jac_loop, "jac_manual": jac_manual}[step]
            t0 = time.perf_counter()
            J = fn(model, x)
            res["seconds"] = res["seconds_cold"] = time.perf_counter() - t0
            if res["seconds_cold"] < WARM_REPEAT_BELOW_S:  # second (warm) call; headline = warm
                del J
                t0 = time.perf_counter()
                J = fn(model, x)
                res["seconds"] = res["seconds_warm"] = time.perf_counter() - t0
            assert J.shape == (N, P), J.shape
            res["maxrss_after_step_gib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
            # cross-check against the hand-written Jacobian (untimed; row chunks to bound memory)
            if step != "jac_manual":
                Jr = jac_manual(model, x)
                mx, num, den = 0.0, 0.0, 0.0
                for r0 in range(0, N, 50):
                    dlt = J[r0:r0 + 50] - Jr[r0:r0 + 50]
                    mx = max(mx, dlt.abs().max().item())
                    num += dlt.double().pow(2).sum().item()
                    den += Jr[r0:r0 + 50].double().pow(2).sum().item()
                res["max_abs_diff_vs_manual"] = mx
                res["rel_fro_diff_vs_manual"] = (num / den) ** 0.5
                del Jr
            res["J_fro"] = J.norm().item()
        else:
            J = jac_manual(model, x)
            if step == "svd":
                t0 = time.perf_counter()
                U, S, Vh = torch.linalg.svd(J, full_matrices=False)
                res["seconds"] = res["seconds_cold"] = time.perf_counter() - t0
                if res["seconds_cold"] < WARM_REPEAT_BELOW_S:
                    del U, S, Vh
                    t0 = time.perf_counter()
                    U, S, Vh = torch.linalg.svd(J, full_matrices=False)
                    res["seconds"] = res["seconds_warm"] = time.perf_counter() - t0
                res["shapes"] = [list(U.shape), list(S.shape), list(Vh.shape)]
                sv = S
            else:  # gram_eigh
                for rep in range(2):  # second rep (warm) only if the first was short
                    t0 = time.perf_counter()
                    K = J @ J.t()
                    t1 = time.perf_counter()
                    evals, U = torch.linalg.eigh(K)
                    t2 = time.perf_counter()
                    if rep == 0:
                        res["seconds_cold"] = t2 - t0
                        if t2 - t0 >= WARM_REPEAT_BELOW_S:
                            break
                        del K, evals, U
                    else:
                        res["seconds_warm"] = t2 - t0
                res["seconds"] = t2 - t0
                res["gram_s"] = t1 - t0
                res["eigh_s"] = t2 - t1
                res["gram_gflops"] = 2.0 * N * N * P / (t1 - t0) / 1e9  # counts the full GEMM, not a SYRK
                sv = evals.flip(0).clamp_min(0).sqrt()
            res["top5_singular_values"] = [round(v, 4) for v in sv[:5].tolist()]
            res["numerical_rank_1e-6"] = int((sv > sv[0] * 1e-6).sum().item())
        res["status"] = "ok" if res["seconds"] <= LIMIT_S else f"> {LIMIT_S:.0f} s"
    except RuntimeError as e:  # allocation failure under the memory cap
        msg = str(e)
        res["status"] = "OOM" if ("alloc" in msg.lower() or "memory" in msg.lower()) else "error"
        res["error"] = msg[:300]
    except MemoryError as e:
        res["status"] = "OOM"
        res["error"] = repr(e)[:300]
    res["maxrss_gib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print("RESULT " + json.dumps(res), flush=True)


def driver(cases, steps, out_json):
    results = []
    for W, D, N in cases:
        for step in steps:
            cmd = [sys.executable, os.path.abspath(__file__), "--child",
                   "--W", str(W), "--D", str(D), "--N", str(N), "--step", step]
            t0 = time.perf_counter()
            try:
                p = subprocess.run(cmd, capture_output=True, text=True, timeout=LIMIT_S + SETUP_GRACE_S)
                lines = [l for l in p.stdout.splitlines() if l.startswith("RESULT ")]
                if lines:
                    r = json.loads(lines[-1][7:])
                else:
                    r = {"W": W, "D": D, "N": N, "step": step, "status": f"crashed rc={p.returncode}",
                         "stderr_tail": p.stderr[-500:]}
            except subprocess.TimeoutExpired:  # subprocess.run kills its own child
                r = {"W": W, "D": D, "N": N, "step": step,
                     "status": f"> {LIMIT_S:.0f} s (killed after {time.perf_counter()-t0:.0f} s wall incl. setup)"}
            r["child_wall_s"] = round(time.perf_counter() - t0, 2)
            results.append(r)
            s = r.get("seconds")
            extra = ""
            if "gram_s" in r:
                extra = f" (gram {r['gram_s']:.2f} s = {r['gram_gflops']:.0f} GFLOP/s, eigh {r['eigh_s']:.2f} s)"
            if "max_abs_diff_vs_manual" in r:
                extra += f" maxdiff {r['max_abs_diff_vs_manual']:.1e}"
            if "maxrss_after_step_gib" in r:
                extra += f" rss-after-step {r['maxrss_after_step_gib']:.1f} GiB"
            print(f"W={W:5d} D={D} N={N:5d} P={r.get('P', '?'):>8} {step:14s} "
                  f"{(f'{s:9.3f} s' if s is not None else '        -  '):>11}  {r['status']}{extra}"
                  f"  rss {r.get('maxrss_gib', float('nan')):.1f} GiB", flush=True)
    env = {"python": sys.executable, "LD_LIBRARY_PATH": os.environ.get("LD_LIBRARY_PATH"),
           "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE"),
           "OPENBLAS_L2_SIZE": os.environ.get("OPENBLAS_L2_SIZE")}
    if out_json:
        with open(out_json, "w") as f:
            json.dump({"env": env, "results": results}, f, indent=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", action="store_true")
    ap.add_argument("--W", type=int)
    ap.add_argument("--D", type=int)
    ap.add_argument("--N", type=int)
    ap.add_argument("--step", choices=STEPS)
    ap.add_argument("--cases", nargs="*", default=["64,4,256", "256,4,1000", "1024,2,1000"])
    ap.add_argument("--steps", nargs="*", choices=STEPS, default=STEPS)
    ap.add_argument("--json")
    args = ap.parse_args()
    if args.child:
        child(args.W, args.D, args.N, args.step)
    else:
        driver([tuple(int(v) for v in c.split(",")) for c in args.cases], args.steps, args.json)


if __name__ == "__main__":
    main()
