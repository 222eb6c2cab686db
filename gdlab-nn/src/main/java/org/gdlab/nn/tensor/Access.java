package org.gdlab.nn.tensor;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;

/**
 * Unchecked element access to a matrix of either precision, for the fused loops of the layers,
 * losses and optimizers: element (i, j) is {@code at(i * stride() + j)}, read and written as a
 * double (a float32 store rounds once, so one float operation done in double and stored gives
 * the float result). One copy of each loop serves both precisions; in a run of one precision
 * the JIT sees one subclass and inlines it.
 *
 * <p>Hot loops work a row at a time: {@link #getRow} copies a row in bulk into a {@code double[]}
 * (widening float32 in a separate, vectorizable pass), the loop computes on heap arrays, and
 * {@link #setRow} stores the result back in bulk. Element access through the off-heap buffer is
 * several times slower than this inside a loop.
 */
public abstract sealed class Access permits Access.F32, Access.F64 {
    /** The distance between two rows. */
    protected final int stride;
    private final DenseMatrix<?> matrix;

    private Access(DenseMatrix<?> matrix) {
        this.matrix = matrix;
        this.stride = matrix.stride();
    }

    /**
     * Access to the elements of {@code m}.
     *
     * @param m a float32 or float64 matrix, possibly a view with a stride
     * @return a new access reading and writing {@code m}'s storage
     */
    public static Access of(DenseMatrix<?> m) {
        if (m instanceof MatrixF32 f) {
            return new F32(f);
        }
        return new F64((MatrixF64) m);
    }

    /**
     * {@code previous} when it already gives access to {@code m} (the same object), else a new
     * access: how a cache keeps access to the buffers it is handed pass after pass without
     * allocating.
     *
     * @param previous the access a cache holds, or null
     * @param m the buffer to access
     * @return an access to {@code m}
     */
    public static Access reuse(Access previous, DenseMatrix<?> m) {
        return previous != null && previous.matrix == m ? previous : of(m);
    }

    /**
     * The row stride of the matrix.
     *
     * @return the distance between the positions of two consecutive rows, {@code >= cols}
     */
    public final int stride() {
        return stride;
    }

    /**
     * The element at position {@code k = i * stride() + j}.
     *
     * @param k the position {@code i * stride() + j}, counted from the matrix's first element
     * @return the element, widened to double
     */
    public abstract double at(int k);

    /**
     * Sets the element at position {@code k = i * stride() + j}.
     *
     * @param k the position {@code i * stride() + j}, counted from the matrix's first element
     * @param value the new value, rounded to float for a float32 matrix
     */
    public abstract void put(int k, double value);

    /**
     * Copies the first {@code n} elements of row {@code i} into {@code dst}.
     *
     * @param i the row
     * @param dst receives the elements in {@code [0, n)}
     * @param n the number of elements, at most the matrix's columns
     */
    public abstract void getRow(int i, double[] dst, int n);

    /**
     * Sets the first {@code n} elements of row {@code i} from {@code src}.
     *
     * @param i the row
     * @param src the new elements in {@code [0, n)}, read only
     * @param n the number of elements, at most the matrix's columns
     */
    public abstract void setRow(int i, double[] src, int n);

    /**
     * Sets the first {@code n} elements of each of rows {@code [0, rows)} from {@code src}.
     *
     * @param rows the number of rows set, from row 0
     * @param src the {@code n} elements every row gets, read only
     * @param n the number of elements, at most the matrix's columns
     */
    public abstract void setRows(int rows, double[] src, int n);

    /**
     * Adds to {@code sums[j]} the sum over rows {@code [0, rows)} of element j, for {@code j < n}.
     *
     * @param rows the number of rows summed, from row 0
     * @param sums the running column sums, added to
     * @param n the number of columns summed, at most the matrix's columns
     */
    public abstract void addColumnSums(int rows, double[] sums, int n);

    /**
     * Element (i, j).
     *
     * @param i the row
     * @param j the column
     * @return the element, widened to double
     */
    public final double get(int i, int j) {
        return at(i * stride + j);
    }

    /**
     * Sets element (i, j).
     *
     * @param i the row
     * @param j the column
     * @param value the new value, rounded to float for a float32 matrix
     */
    public final void set(int i, int j, double value) {
        put(i * stride + j, value);
    }

    /** Float32 access. */
    static final class F32 extends Access {
        private final FloatBuffer data;
        private final int offset;

        F32(MatrixF32 m) {
            super(m);
            this.data = m.buffer();
            this.offset = m.offset();
        }

        @Override
        public double at(int k) {
            return data.get(offset + k);
        }

        @Override
        public void put(int k, double value) {
            data.put(offset + k, (float) value);
        }

        private float[] row = new float[0];

        private float[] row(int n) {
            if (row.length < n) {
                row = new float[n];
            }
            return row;
        }

        @Override
        public void getRow(int i, double[] dst, int n) {
            float[] r = row(n);
            data.get(offset + i * stride, r, 0, n);
            for (int j = 0; j < n; j++) {
                dst[j] = r[j];
            }
        }

        @Override
        public void setRow(int i, double[] src, int n) {
            float[] r = row(n);
            for (int j = 0; j < n; j++) {
                r[j] = (float) src[j];
            }
            data.put(offset + i * stride, r, 0, n);
        }

        /** Rounds {@code src} to float once, then stores it in bulk into every row. */
        @Override
        public void setRows(int rows, double[] src, int n) {
            float[] r = row(n);
            for (int j = 0; j < n; j++) {
                r[j] = (float) src[j];
            }
            for (int i = 0; i < rows; i++) {
                data.put(offset + i * stride, r, 0, n);
            }
        }

        /**
         * Sums the rows in float32 (a vectorized loop over each row read in bulk; the float
         * engine's precision) and adds the column totals to {@code sums}.
         */
        @Override
        public void addColumnSums(int rows, double[] sums, int n) {
            float[] r = row(2 * n);
            java.util.Arrays.fill(r, n, 2 * n, 0f);
            for (int i = 0; i < rows; i++) {
                data.get(offset + i * stride, r, 0, n);
                for (int j = 0; j < n; j++) {
                    r[n + j] += r[j];
                }
            }
            for (int j = 0; j < n; j++) {
                sums[j] += r[n + j];
            }
        }
    }

    /** Float64 access. */
    static final class F64 extends Access {
        private final DoubleBuffer data;
        private final int offset;

        F64(MatrixF64 m) {
            super(m);
            this.data = m.buffer();
            this.offset = m.offset();
        }

        @Override
        public double at(int k) {
            return data.get(offset + k);
        }

        @Override
        public void put(int k, double value) {
            data.put(offset + k, value);
        }

        @Override
        public void getRow(int i, double[] dst, int n) {
            data.get(offset + i * stride, dst, 0, n);
        }

        @Override
        public void setRow(int i, double[] src, int n) {
            data.put(offset + i * stride, src, 0, n);
        }

        @Override
        public void setRows(int rows, double[] src, int n) {
            for (int i = 0; i < rows; i++) {
                data.put(offset + i * stride, src, 0, n);
            }
        }

        /** Sums in float64, a row at a time. */
        @Override
        public void addColumnSums(int rows, double[] sums, int n) {
            double[] r = row(n);
            for (int i = 0; i < rows; i++) {
                data.get(offset + i * stride, r, 0, n);
                for (int j = 0; j < n; j++) {
                    sums[j] += r[j];
                }
            }
        }

        private double[] row = new double[0];

        private double[] row(int n) {
            if (row.length < n) {
                row = new double[n];
            }
            return row;
        }
    }
}
