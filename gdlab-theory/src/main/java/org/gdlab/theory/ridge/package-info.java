/**
 * Ridge regression in its two forms, primal {@code (X^T X + lambda I)^{-1} X^T y} and kernel
 * {@code X^T (X X^T + lambda I)^{-1} y}, its Bayesian reading as a posterior mean, the cost model
 * that picks the cheaper form, and a benchmark that checks the model against measured times.
 */
package org.gdlab.theory.ridge;
