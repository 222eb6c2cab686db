#!/usr/bin/env bash
# gdlab against its peers, one after the other on this machine, with a table of ratios.
#
#   bench/compare.sh            set up the peers if needed, run everything, print the table
#   bench/compare.sh --setup    only set up the peers
#   bench/compare.sh --blas-default
#                               the same with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for every
#                               program of this run (gdlab's and the peers'), so each OpenBLAS picks
#                               its kernels from the CPU; the peers' GEMM is first checked against
#                               exact integer products (old OpenBLAS builds can be wrong on new CPUs;
#                               the check runs in both modes)
#
# gdlab and the peers honour the same variables; the table names the kernel each one ran.
# Peers (bench/peers): numpy GEMM; workload (a) 784-[100]*5-10, batch 100, Adam, written by hand
# in numpy and in PyTorch; workload (b) 784-[200]*10-10, batch 200, Adam, in PyTorch; the
# Jacobian/kernel features of a 1-D ReLU MLP 1-[256]*4-1 on 1,000 inputs in PyTorch (functorch
# and by hand, then the Gram matrix and its eigendecomposition).
# Setup: Debian's python3-numpy and python3-torch (apt-get, as root), and Debian's OpenMP
# OpenBLAS unpacked into $GDLAB_BENCH_DEPS (default ~/.gdlab/bench-deps) for the peers alone:
# the system BLAS is left as it is (Debian's numpy and torch otherwise use the reference BLAS).
# Fashion-MNIST is found or fetched as gdlab does (./gdlab data). Results: $GDLAB_BENCH_OUT
# (default ${TMPDIR:-/tmp}/gdlab-bench), one JSON file per program, and the table on stdout.
# Run it on a quiet machine (the table prints the load average at the start and the end):
# timings on shared cores swing by up to ten times.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
peers=$root/bench/peers
deps=${GDLAB_BENCH_DEPS:-$HOME/.gdlab/bench-deps}
out=${GDLAB_BENCH_OUT:-${TMPDIR:-/tmp}/gdlab-bench}
python=/usr/bin/python3
omp=$deps/omp/usr/lib/x86_64-linux-gnu/openblas-openmp
epochs=3
mkdir -p "$out"

setup() {
  if ! "$python" -c 'import numpy, torch' 2>/dev/null; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "compare.sh: the peers need Debian's python3-numpy and python3-torch: run as root, or apt-get install them" >&2
      exit 1
    fi
    echo "compare.sh: installing python3-numpy and python3-torch (apt-get)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-numpy python3-torch >/dev/null
  fi
  if [[ ! -f $omp/libblas.so.3 ]]; then
    echo "compare.sh: unpacking Debian's OpenMP OpenBLAS into $deps for the peers" >&2
    mkdir -p "$deps"
    (cd "$deps" && apt-get download -q libopenblas0-openmp >/dev/null && dpkg -x libopenblas0-openmp_*.deb omp)
  fi
  "$root/gdlab" data --data fashion-mnist --validation-size 0 >/dev/null
}

peer() { env LD_LIBRARY_PATH="$omp" "$python" "$@"; }

only_setup=false
for arg in "$@"; do
  case $arg in
    --setup) only_setup=true ;;
    --blas-default) unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE ;;
    *) echo "compare.sh: unknown option $arg (allowed: --setup, --blas-default)" >&2; exit 2 ;;
  esac
done

setup
$only_setup && exit 0

# The kernel an OpenBLAS library picks in this environment (openblas_get_corename through ctypes).
kernel() {
  [[ -f $1 ]] || { echo "unknown"; return; }
  "$python" -c 'import ctypes, sys; f = ctypes.CDLL(sys.argv[1]).openblas_get_corename; f.restype = ctypes.c_char_p; print(f().decode())' "$1"
}
# gdlab's OpenBLAS (org.bytedeco), as JavaCPP unpacked it on gdlab's first run (setup ran gdlab).
gdlab_lib=$(find "$HOME/.javacpp/cache" -path '*openblas*' -name 'libopenblas_nolapack.so.0' 2>/dev/null | head -1)
kernels="gdlab $(kernel "$gdlab_lib"), peers $(kernel "$omp/libopenblas.so.0")"
# The peers' GEMM against exact answers: integer matrices in [-3, 3], whose products float32 holds exactly.
peer -c 'import numpy as np
r = np.random.default_rng(0)
for m, k, n in ((100, 784, 100), (256, 784, 512), (1024, 1024, 1024)):
    a, b = r.integers(-3, 4, (m, k)), r.integers(-3, 4, (k, n))
    exact = a @ b
    for t in (np.float32, np.float64):
        if not np.array_equal(a.astype(t) @ b.astype(t), exact):
            raise SystemExit("compare.sh: numpy %s GEMM %dx%dx%d is wrong with this OpenBLAS kernel" % (t.__name__, m, k, n))'

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
simd=$(grep -o -w -E 'avx512f|avx2' /proc/cpuinfo | sort -u | tr '\n' ' ')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "compare.sh: $cpu, $(nproc) cores ($simd), OpenBLAS kernels: $kernels, load $load_start; results in $out" >&2

step() { echo "compare.sh: $*" >&2; }
step "gdlab bench gemm";              "$root/gdlab" bench gemm --json >"$out/gemm-gdlab.json"
step "numpy/torch GEMM";              peer "$peers/gemm_numpy.py" --json "$out/gemm-peer.json" >/dev/null
step "gdlab bench train (a) and (b)"; "$root/gdlab" bench train --epochs $epochs --json >"$out/train-gdlab.json"
step "numpy by hand (a)";             peer "$peers/mlp_numpy.py" --hidden 100 --depth 5 --batch 100 --epochs $epochs \
                                        --json "$out/a-numpy.json" >/dev/null
step "torch (a)";                     peer "$peers/mlp_torch.py" --hidden 100 --depth 5 --batch 100 --epochs $epochs \
                                        --json "$out/a-torch.json" >/dev/null
step "torch (b)";                     peer "$peers/mlp_torch.py" --hidden 200 --depth 10 --batch 200 --epochs $epochs \
                                        --json "$out/b-torch.json" >/dev/null
step "gdlab linearize bench";         "$root/gdlab" linearize bench --cases 256,4,1000 --json >"$out/ntk-gdlab.json"
step "torch Jacobian features";       peer "$peers/ntk_jacobian.py" --cases 256,4,1000 \
                                        --steps jac_functorch jac_manual gram_eigh --json "$out/ntk-torch.json" >/dev/null
step "gdlab sharpness (b)";           "$root/gdlab" sharpness --hidden 200x10 --examples 5000 --top 1 --lanczos-steps 20 \
                                        --trace-probes 0 --density-probes 0 --json >"$out/sharpness-gdlab.json"
for dtype in float64 float32; do
  step "torch sharpness (b) $dtype";  peer "$peers/sharpness_torch.py" --examples 5000 --steps 20 --dtype $dtype \
                                        --json "$out/sharpness-torch-$dtype.json" >/dev/null
done

"$python" - "$out" "$cpu" "$simd" "$load_start" "$(cut -d' ' -f1-3 /proc/loadavg)" "${OPENBLAS_CORETYPE:-}" \
  "${OPENBLAS_L2_SIZE:-}" "$kernels" <<'PY'
import json, os, statistics, sys
out, cpu, simd, load_start, load_end, coretype, l2, kernels = sys.argv[1:]
def read(name):
    with open(os.path.join(out, name)) as f:
        return json.load(f)
rows = []
gemm_gdlab = {r["shape"]: r["gflops_best"] for r in read("gemm-gdlab.json")["results"]}
for r in read("gemm-peer.json")["results"]:
    if r["lib"] == "numpy" and r["shape"] in gemm_gdlab:
        g = gemm_gdlab[r["shape"]]
        rows.append((r["shape"] + " GEMM, best GFLOP/s", "numpy %.1f" % r["gflops_best"], "%.1f" % g, g / r["gflops_best"]))
train = {m["workload"][:3]: m for m in read("train-gdlab.json")["results"]}
def epoch(peer):  # the median of the peer's epochs, as gdlab reports its own
    return statistics.median(peer["epoch_times_s"])
for name, label, workload in (("a-numpy.json", "numpy by hand", "(a)"), ("a-torch.json", "torch", "(a)"),
                              ("b-torch.json", "torch", "(b)")):
    p, g = epoch(read(name)), train[workload]["median_seconds"]
    what = "784-[100]*5-10 b100" if workload == "(a)" else "784-[200]*10-10 b200"
    rows.append(("%s %s Adam, s/epoch" % (workload, what), "%s %.2f" % (label, p), "%.2f" % g, p / g))
ntk = read("ntk-torch.json")["results"]
sec = {r["step"]: r.get("seconds") for r in ntk}
g = read("ntk-gdlab.json")[0]["total_seconds"]
for jac, label in (("jac_functorch", "functorch"), ("jac_manual", "by hand")):
    if sec.get(jac) is not None and sec.get("gram_eigh") is not None:
        p = sec[jac] + sec["gram_eigh"]
        rows.append(("Jacobian features W=256 D=4 N=1000, s", "torch %s %.2f" % (label, p), "%.3f" % g, p / g))
g = read("sharpness-gdlab.json")["spectrum"]["seconds"]
for dtype in ("float64", "float32"):
    p = read("sharpness-torch-%s.json" % dtype)["seconds"]
    rows.append(("sharpness of (b)'s net, 5,000 images, 20 Lanczos steps, s", "torch %s HVP %.2f" % (dtype, p),
                 "%.2f (float64)" % g, p / g))
print("CPU: %s (%s), %d cores; OPENBLAS_CORETYPE=%s, OPENBLAS_L2_SIZE=%s; OpenBLAS kernels: %s; load average %s at the start, %s at the end"
      % (cpu, simd.strip(), os.cpu_count(), coretype or "(unset)", l2 or "(unset)", kernels, load_start, load_end))
print("ratio = peer time / gdlab time (for GFLOP/s: gdlab / peer): above 1, gdlab is faster")
print()
print("| what | peer | gdlab | ratio |")
print("|---|---|---|---|")
for what, peer, gd, ratio in rows:
    print("| %s | %s | %s | %.2f |" % (what, peer, gd, ratio))
PY
