/**
 * Linear algebra on OpenBLAS and LAPACK: GEMM and axpy, symmetric eigendecomposition, SVD and
 * Cholesky, all reading the off-heap matrices in place.
 *
 * <p>Entry points: {@link org.gdlab.core.linalg.Blas}, {@link org.gdlab.core.linalg.SymmetricEigen},
 * {@link org.gdlab.core.linalg.SingularValueDecomposition} and {@link
 * org.gdlab.core.linalg.Cholesky}.
 */
package org.gdlab.core.linalg;
