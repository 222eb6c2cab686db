package org.gdlab.theory.ridge;

/**
 * The two ways to compute the ridge solution, with the flop count of each: the cost model behind
 * the automatic choice.
 *
 * <p>For {@code X} of shape {@code n x d}:
 * <ul>
 *   <li>{@link #PRIMAL}: {@code w = (X^T X + lambda I_d)^{-1} X^T y}. Forming {@code X^T X} by GEMM
 *       costs {@code 2 n d^2} flops, its Cholesky factor {@code d^3/3}, {@code X^T y} {@code 2 n d}
 *       and the two triangular solves {@code 2 d^2}.</li>
 *   <li>{@link #KERNEL}: {@code w = X^T (X X^T + lambda I_n)^{-1} y}. Forming {@code X X^T} costs
 *       {@code 2 n^2 d}, its Cholesky factor {@code n^3/3}, the solves {@code 2 n^2} and
 *       {@code X^T alpha} {@code 2 n d}.</li>
 * </ul>
 * The two counts are the same function with n and d swapped, and each grows faster in its own
 * system size, so the kernel form is cheaper exactly when {@code n < d}.
 */
public enum RidgeForm {
    /** The d x d system {@code (X^T X + lambda I) w = X^T y}. */
    PRIMAL,
    /** The n x n system {@code (X X^T + lambda I) alpha = y}, then {@code w = X^T alpha}. */
    KERNEL;

    /**
     * The model's flop count of this form for an {@code n x d} matrix X.
     *
     * @param n rows of X (data points)
     * @param d columns of X (features)
     * @return the flop count of the model
     */
    public double flops(int n, int d) {
        double system = this == PRIMAL ? d : n;
        double other = this == PRIMAL ? n : d;
        return 2 * other * system * system + system * system * system / 3 + 2 * system * system + 2 * n * (double) d;
    }

    /**
     * The size of the linear system this form solves for an {@code n x d} matrix X.
     *
     * @param n rows of X
     * @param d columns of X
     * @return d for {@link #PRIMAL}, n for {@link #KERNEL}
     */
    public int systemSize(int n, int d) {
        return this == PRIMAL ? d : n;
    }

    /**
     * The other form.
     *
     * @return {@link #KERNEL} for {@link #PRIMAL} and the reverse
     */
    public RidgeForm other() {
        return this == PRIMAL ? KERNEL : PRIMAL;
    }

    /**
     * The form with the smaller {@link #flops} for an {@code n x d} matrix (primal on a tie).
     *
     * @param n rows of X
     * @param d columns of X
     * @return {@link #KERNEL} when {@code n < d}, else {@link #PRIMAL}
     */
    public static RidgeForm cheaper(int n, int d) {
        return KERNEL.flops(n, d) < PRIMAL.flops(n, d) ? KERNEL : PRIMAL;
    }
}
