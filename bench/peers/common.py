"""Helpers shared by the peer benchmarks: Fashion-MNIST from its IDX files, FLOP counts, environment info.

The data set is looked for where gdlab looks for it: $GDLAB_FASHION_MNIST (a folder), else
$GDLAB_DATA/fashion-mnist, ~/.gdlab/data/fashion-mnist, then ROOT/fashion-mnist for each ROOT of
$GDLAB_DATA_PATHS (default /usr/share/datasets). `./gdlab data fetch fashion-mnist` puts it there.
"""
import gzip
import json
import os
import platform
import struct
import sys

import numpy as np

FILES = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"]


def data_dir():
    """The first folder holding the four Fashion-MNIST files, in gdlab's search order."""
    if os.environ.get("GDLAB_FASHION_MNIST"):
        return os.environ["GDLAB_FASHION_MNIST"]
    folders = []
    if os.environ.get("GDLAB_DATA", "").strip():
        folders.append(os.path.join(os.environ["GDLAB_DATA"], "fashion-mnist"))
    folders.append(os.path.join(os.path.expanduser("~"), ".gdlab", "data", "fashion-mnist"))
    roots = os.environ.get("GDLAB_DATA_PATHS", "/usr/share/datasets")
    folders += [os.path.join(r, "fashion-mnist") for r in roots.split(os.pathsep) if r.strip()]
    for folder in folders:
        if all(os.path.isfile(os.path.join(folder, f)) for f in FILES):
            return folder
    sys.exit("Fashion-MNIST not found in " + ", ".join(folders) + ": run ./gdlab data fetch fashion-mnist")


def _read_idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    zero, dtype_code, ndim = struct.unpack(">HBB", raw[:4])
    assert zero == 0 and dtype_code == 0x08, (path, zero, dtype_code)  # 0x08 = unsigned byte
    dims = struct.unpack(">" + "I" * ndim, raw[4:4 + 4 * ndim])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load_fashion_mnist():
    """Returns float32 X_train (60000,784), int64 y_train, X_test (10000,784), y_test.

    Pixels are scaled to [0,1], then the per-pixel mean of the TRAINING set is subtracted from
    both train and test, as gdlab does.
    """
    d = data_dir()
    xtr = _read_idx(os.path.join(d, FILES[0])).reshape(-1, 784)
    ytr = _read_idx(os.path.join(d, FILES[1])).astype(np.int64)
    xte = _read_idx(os.path.join(d, FILES[2])).reshape(-1, 784)
    yte = _read_idx(os.path.join(d, FILES[3])).astype(np.int64)
    xtr = xtr.astype(np.float32) / np.float32(255.0)
    xte = xte.astype(np.float32) / np.float32(255.0)
    mean = xtr.mean(axis=0, dtype=np.float64).astype(np.float32)
    xtr -= mean
    xte -= mean
    return xtr, ytr, xte, yte


def mlp_forward_flops(sizes, n):
    """GEMM FLOPs (2*m*k*n) of one forward pass of a dense net with layer widths `sizes` over n samples."""
    return sum(2 * n * a * b for a, b in zip(sizes[:-1], sizes[1:]))


def report(res, path):
    """Prints the result (without its "env") and the environment as JSON lines, and writes it all to `path` if given."""
    print(json.dumps({k: v for k, v in res.items() if k != "env"}))
    print(json.dumps(res["env"]))
    if path:
        with open(path, "w") as f:
            json.dump(res, f, indent=1)


def env_info(torch=None):
    d = {
        "python": sys.executable,
        "python_version": platform.python_version(),
        "numpy": np.__version__,
        "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE"),
        "OPENBLAS_L2_SIZE": os.environ.get("OPENBLAS_L2_SIZE"),
        "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS"),
        "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"),
        "LD_LIBRARY_PATH": os.environ.get("LD_LIBRARY_PATH"),
        "cpu_count": os.cpu_count(),
    }
    # which BLAS shared objects are actually mapped into this process
    try:
        libs = set()
        with open("/proc/self/maps") as f:
            for line in f:
                p = line.split()[-1]
                if any(k in p for k in ("blas", "lapack", "openblas", "dnnl", "gomp")):
                    libs.add(p)
        d["blas_libs_mapped"] = sorted(libs)
    except OSError:
        pass
    if torch is not None:
        d["torch"] = torch.__version__
        d["torch_threads"] = torch.get_num_threads()
        d["torch_interop_threads"] = torch.get_num_interop_threads()
    return d
