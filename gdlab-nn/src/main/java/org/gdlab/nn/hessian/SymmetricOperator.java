package org.gdlab.nn.hessian;

/**
 * A symmetric linear map {@code v -> A v} on {@code R^n}, known only through its products (a
 * Hessian-vector product, or a dense matrix in tests).
 */
public interface SymmetricOperator {
    /**
     * The dimension {@code n}.
     *
     * @return {@code n}, the length of the vectors {@code A} acts on
     */
    int dimension();

    /**
     * {@code out <- A v}.
     *
     * @param v length {@code n}, read only
     * @param out length {@code n}, overwritten (not {@code v})
     */
    void apply(double[] v, double[] out);
}
