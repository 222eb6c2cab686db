package org.gdlab.nn.hessian;

import org.gdlab.core.matrix.MatrixF64;

/** Test oracles: a dense symmetric matrix as an operator, and an operator formed into a dense matrix. */
final class DenseHessian implements SymmetricOperator {
    private final MatrixF64 a;

    DenseHessian(MatrixF64 a) {
        this.a = a;
    }

    @Override
    public int dimension() {
        return a.rows();
    }

    @Override
    public void apply(double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a.get(i, j) * v[j];
            }
            out[i] = s;
        }
    }

    /** The matrix whose column j is {@code op e_j}, symmetrized as {@code (M + M^T) / 2}. */
    static MatrixF64 columns(SymmetricOperator op) {
        int n = op.dimension();
        MatrixF64 m = MatrixF64.zeros(n, n);
        double[] e = new double[n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            op.apply(e, col);
            e[j] = 0;
            for (int i = 0; i < n; i++) {
                m.set(i, j, col[i]);
            }
        }
        MatrixF64 s = MatrixF64.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s.set(i, j, 0.5 * (m.get(i, j) + m.get(j, i)));
            }
        }
        return s;
    }
}
