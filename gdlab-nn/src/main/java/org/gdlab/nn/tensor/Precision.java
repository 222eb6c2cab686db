package org.gdlab.nn.tensor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;

/**
 * The element type of a network: float32 (the default, for speed) or float64 (for gradient
 * checks and analysis). Every matrix of one network has the same precision.
 */
public enum Precision {
    /** 32-bit floats, {@link MatrixF32}. */
    FLOAT32 {
        @Override
        public DenseMatrix<?> zeros(int rows, int cols) {
            return MatrixF32.zeros(rows, cols);
        }
    },
    /** 64-bit floats, {@link MatrixF64}. */
    FLOAT64 {
        @Override
        public DenseMatrix<?> zeros(int rows, int cols) {
            return MatrixF64.zeros(rows, cols);
        }
    };

    /**
     * A new {@code rows x cols} matrix of zeros of this precision.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @return a new contiguous {@code rows x cols} matrix
     */
    public abstract DenseMatrix<?> zeros(int rows, int cols);

    /**
     * The precision of {@code m}.
     *
     * @param m a float32 or float64 matrix
     * @return {@link #FLOAT32} for a float32 matrix, else {@link #FLOAT64}
     */
    public static Precision of(DenseMatrix<?> m) {
        return m instanceof MatrixF32 ? FLOAT32 : FLOAT64;
    }

    /**
     * The command-line name: {@code float32} or {@code float64}.
     *
     * @return {@code float32} or {@code float64}
     */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision named {@code name} ({@code float32}, {@code float64}).
     *
     * @param what the name of the option or field being read, for the error message
     * @param name {@code float32} or {@code float64}
     * @return the precision of that label
     * @throws IllegalArgumentException naming {@code what} and listing the valid names
     */
    public static Precision parse(String what, String name) {
        return Check.oneOf(what, name, values(), Precision::label);
    }

    /** Reads the JSON form, the label. */
    @JsonCreator
    static Precision fromLabel(String label) {
        return parse("precision", label);
    }

    /**
     * {@code sum_ij x_ij y_ij} of two contiguous matrices of one precision, accumulated in float64.
     *
     * @param x a contiguous matrix, read only
     * @param y a contiguous matrix of the same shape and precision, read only
     * @return the dot product of the flattened matrices
     */
    public static double dot(DenseMatrix<?> x, DenseMatrix<?> y) {
        if (x instanceof MatrixF32 x32 && y instanceof MatrixF32 y32) {
            return Blas.dot(x32, y32);
        }
        if (x instanceof MatrixF64 x64 && y instanceof MatrixF64 y64) {
            return Blas.dot(x64, y64);
        }
        throw new IllegalArgumentException("dot: precisions differ: " + of(x).label() + " and " + of(y).label());
    }

    /**
     * {@code Y <- alpha X + Y} on matrices of one precision.
     *
     * @param alpha the scale of {@code X}
     * @param x read only
     * @param y of the same shape and precision, modified
     */
    public static void axpy(double alpha, DenseMatrix<?> x, DenseMatrix<?> y) {
        if (x instanceof MatrixF32 x32 && y instanceof MatrixF32 y32) {
            Blas.axpy((float) alpha, x32, y32);
        } else if (x instanceof MatrixF64 x64 && y instanceof MatrixF64 y64) {
            Blas.axpy(alpha, x64, y64);
        } else {
            throw new IllegalArgumentException("axpy: precisions differ: " + of(x).label() + " and " + of(y).label());
        }
    }

    /**
     * {@code C <- alpha op(A) op(B) + beta C} on matrices of one precision, through OpenBLAS.
     *
     * @param alpha the scale of the product
     * @param a {@code A}, read only
     * @param transA whether {@code op(A) = A^T}, else {@code A}
     * @param b {@code B}, read only
     * @param transB whether {@code op(B) = B^T}, else {@code B}
     * @param beta the scale of the old {@code C}; 0 overwrites it
     * @param c {@code C}, {@code rows(op(A)) x cols(op(B))}, modified
     * @throws IllegalArgumentException when the precisions differ or the shapes do not fit
     */
    public static void gemm(double alpha, DenseMatrix<?> a, boolean transA, DenseMatrix<?> b, boolean transB,
                            double beta, DenseMatrix<?> c) {
        if (a instanceof MatrixF32 a32 && b instanceof MatrixF32 b32 && c instanceof MatrixF32 c32) {
            Blas.gemm((float) alpha, a32, transA, b32, transB, (float) beta, c32);
        } else if (a instanceof MatrixF64 a64 && b instanceof MatrixF64 b64 && c instanceof MatrixF64 c64) {
            Blas.gemm(alpha, a64, transA, b64, transB, beta, c64);
        } else {
            throw new IllegalArgumentException("gemm: precisions differ: A " + of(a).label() + ", B " + of(b).label()
                    + ", C " + of(c).label());
        }
    }
}
