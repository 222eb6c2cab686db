/**
 * Ridge regression in its two forms, primal {@code (X^T X + lambda I)^{-1} X^T y} and kernel
 * {@code X^T (X X^T + lambda I)^{-1} y}, its Bayesian reading as a posterior mean, the cost model
 * that picks the cheaper form, and a benchmark that checks the model against measured times.
 *
 * <p>Entry points: {@link org.gdlab.theory.ridge.RidgeAnalysis}, {@link
 * org.gdlab.theory.ridge.RidgeRegression} and {@link org.gdlab.theory.ridge.RidgeBenchmark}.
 */
package org.gdlab.theory.ridge;
