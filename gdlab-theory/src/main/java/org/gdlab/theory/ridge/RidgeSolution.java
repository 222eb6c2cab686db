package org.gdlab.theory.ridge;

/**
 * Ridge regression solved by both forms.
 *
 * @param n rows of X
 * @param d columns of X
 * @param lambda the regularization in {@code ||X w - y||^2 + lambda ||w||^2}
 * @param rank the numerical rank of X
 * @param primal {@code (X^T X + lambda I)^{-1} X^T y}, or null when that system is singular
 * @param kernel {@code X^T (X X^T + lambda I)^{-1} y}, or null when that system is singular
 * @param maxDifference the largest absolute difference between the two, NaN when one is missing
 * @param chosen the form used: the cheaper by the flop model among those that could be solved
 * @param reason why that form was chosen, in words
 * @param primalFlops the model's flop count of the primal form
 * @param kernelFlops the model's flop count of the kernel form
 * @param w the solution of the chosen form
 */
public record RidgeSolution(int n, int d, double lambda, int rank, double[] primal, double[] kernel,
                            double maxDifference, RidgeForm chosen, String reason, double primalFlops,
                            double kernelFlops, double[] w) {
}
