/**
 * Linear algebra on OpenBLAS and LAPACK: GEMM and axpy, symmetric eigendecomposition, SVD and
 * Cholesky, all reading the off-heap matrices in place.
 */
package org.gdlab.core.linalg;
