package org.gdlab.core.matrix;

import java.util.function.DoubleUnaryOperator;

/**
 * A dense row-major matrix in off-heap memory, or a view of a block of one.
 *
 * <p>Element {@code (i, j)} sits at {@code offset + i * stride + j} of the storage, so a view of
 * rows or of a block shares the storage of its parent: writing through a view writes the parent.
 * The element type lives in the subclass ({@link MatrixF32}, {@link MatrixF64}); the loops here
 * work on either through {@link #getDouble(int)} and {@link #setDouble(int, double)}, so there is
 * one copy of each loop for both precisions. Hot paths (GEMM, axpy) go to OpenBLAS in the
 * subclasses.
 */
public abstract sealed class DenseMatrix<M extends DenseMatrix<M>> permits MatrixF32, MatrixF64 {
    /** Number of rows. */
    protected final int rows;
    /** Number of columns. */
    protected final int cols;
    /** Index in the storage of element (0, 0). */
    protected final int offset;
    /** Distance in the storage between element (i, j) and (i + 1, j), the "leading dimension". */
    protected final int stride;

    DenseMatrix(int rows, int cols, int offset, int stride) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape " + rows + "x" + cols + " is not allowed: sizes must be >= 0");
        }
        this.rows = rows;
        this.cols = cols;
        this.offset = offset;
        this.stride = stride;
    }

    static int checkedSize(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape " + rows + "x" + cols + " is not allowed: sizes must be >= 0");
        }
        long size = (long) rows * cols;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("shape " + rows + "x" + cols + " is not allowed: at most "
                    + (Integer.MAX_VALUE - 8) + " elements");
        }
        return (int) size;
    }

    static void requireLength(int length, DenseMatrix<?> m) {
        if (length != m.size()) {
            throw new IllegalArgumentException("values: " + length + " numbers do not fill a "
                    + m.shape() + " matrix (" + m.size() + " needed)");
        }
    }

    static void requireRowLength(int row, int length, DenseMatrix<?> m) {
        if (length != m.cols) {
            throw new IllegalArgumentException("row " + row + " has " + length + " values where row 0 has " + m.cols);
        }
    }

    /**
     * The number of rows.
     *
     * @return the row count, {@code >= 0}
     */
    public final int rows() {
        return rows;
    }

    /**
     * The number of columns.
     *
     * @return the column count, {@code >= 0}
     */
    public final int cols() {
        return cols;
    }

    /**
     * {@code rows * cols}.
     *
     * @return the element count
     */
    public final long size() {
        return (long) rows * cols;
    }

    /**
     * The distance in the storage between two rows (the BLAS leading dimension).
     *
     * @return the row stride, {@code >= cols}
     */
    public final int stride() {
        return stride;
    }

    /**
     * The storage index of element (0, 0) (non-zero for a view).
     *
     * @return the storage index of element (0, 0)
     */
    public final int offset() {
        return offset;
    }

    /**
     * True when the rows follow each other without gaps, so the elements form one run.
     *
     * @return whether {@code stride == cols}, or the matrix has at most one row
     */
    public final boolean isContiguous() {
        return stride == cols || rows <= 1;
    }

    /**
     * {@code "RxC"}.
     *
     * @return the shape, e.g. {@code "3x4"}
     */
    public final String shape() {
        return rows + "x" + cols;
    }

    /**
     * The storage index of element (i, j), checked.
     *
     * @param i the row, in {@code [0, rows)}
     * @param j the column, in {@code [0, cols)}
     * @return {@code offset + i * stride + j}
     */
    protected final int index(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("(" + i + ", " + j + ") is outside a " + shape() + " matrix");
        }
        return offset + i * stride + j;
    }

    /**
     * Reads the storage at {@code index} as a double.
     *
     * @param index a storage index
     * @return the element stored there
     */
    protected abstract double getDouble(int index);

    /**
     * Writes {@code value} (rounded to the element type) at storage {@code index}.
     *
     * @param index a storage index
     * @param value the new element
     */
    protected abstract void setDouble(int index, double value);

    /**
     * Element (i, j) as a double.
     *
     * @param i the row, in {@code [0, rows)}
     * @param j the column, in {@code [0, cols)}
     * @return the element, widened to double
     */
    public final double getAsDouble(int i, int j) {
        return getDouble(index(i, j));
    }

    /**
     * Sets element (i, j) from a double (rounded to the element type).
     *
     * @param i the row, in {@code [0, rows)}
     * @param j the column, in {@code [0, cols)}
     * @param value the new element
     */
    public final void setFromDouble(int i, int j, double value) {
        setDouble(index(i, j), value);
    }

    /**
     * Throws unless {@code other} has the same shape; the message names both shapes.
     *
     * @param other the matrix that must have this shape
     * @param what what the two matrices are, for the message
     */
    public final void requireSameShape(DenseMatrix<?> other, String what) {
        if (rows != other.rows || cols != other.cols) {
            throw new IllegalArgumentException(what + ": shapes " + shape() + " and " + other.shape() + " differ");
        }
    }

    /**
     * A new contiguous matrix of zeros of the same element type.
     *
     * @param rows rows of the new matrix
     * @param cols columns of the new matrix
     * @return a {@code rows x cols} matrix of zeros
     */
    protected abstract M newMatrix(int rows, int cols);

    /**
     * A view sharing this storage: {@code r x c} elements from storage index {@code start}.
     *
     * @param start the storage index of the view's element (0, 0)
     * @param r rows of the view
     * @param c columns of the view
     * @param rowStride the view's row stride in the storage
     * @return a matrix sharing this storage; writes go to this matrix
     */
    protected abstract M view(int start, int r, int c, int rowStride);

    /**
     * A view of rows {@code [from, to)}; writes go to this matrix.
     *
     * @param from the first row, inclusive
     * @param to the last row, exclusive
     * @return a {@code (to - from) x cols} view
     */
    public final M rowRange(int from, int to) {
        return block(from, 0, to - from, cols);
    }

    /**
     * A view of row {@code i} as a {@code 1 x cols} matrix.
     *
     * @param i the row, in {@code [0, rows)}
     * @return a {@code 1 x cols} view
     */
    public final M row(int i) {
        return rowRange(i, i + 1);
    }

    /**
     * A view of the {@code r x c} block whose top-left element is (i, j).
     *
     * @param i the top row of the block
     * @param j the left column of the block
     * @param r rows of the block
     * @param c columns of the block
     * @return an {@code r x c} view
     */
    public final M block(int i, int j, int r, int c) {
        if (r < 0 || c < 0 || i < 0 || j < 0 || i + r > rows || j + c > cols) {
            throw new IndexOutOfBoundsException("block " + r + "x" + c + " at (" + i + ", " + j
                    + ") is outside a " + shape() + " matrix");
        }
        return view(offset + i * stride + j, r, c, stride);
    }

    /**
     * A contiguous {@code r x c} view of {@code r * c} elements of this contiguous matrix, taken in
     * row-major order from element number {@code first} on: how a flat parameter vector hands out
     * one matrix per layer. Writes go to this matrix.
     *
     * @param first the row-major number of the view's first element, from 0
     * @param r rows of the view
     * @param c columns of the view
     * @return an {@code r x c} contiguous view
     */
    public final M reshapedView(int first, int r, int c) {
        if (!isContiguous()) {
            throw new IllegalArgumentException("reshapedView: a " + shape() + " view with row stride " + stride
                    + " is not contiguous");
        }
        long n = (long) r * c;
        if (r < 0 || c < 0 || first < 0 || first + n > size()) {
            throw new IndexOutOfBoundsException("reshapedView " + r + "x" + c + " from element " + first
                    + " is outside a " + shape() + " matrix");
        }
        return view(offset + first, r, c, c);
    }

    /**
     * A new contiguous copy.
     *
     * @return a contiguous matrix of this shape and these elements
     */
    public final M copy() {
        M m = newMatrix(rows, cols);
        m.copyFrom(this);
        return m;
    }

    /**
     * A new matrix {@code A^T}.
     *
     * @return a new {@code cols x rows} matrix
     */
    public final M transpose() {
        M t = newMatrix(cols, rows);
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                t.setDouble(j * rows + i, getDouble(base + j));
            }
        }
        return t;
    }

    /**
     * Column {@code j} as a new array.
     *
     * @param j the column, in {@code [0, cols)}
     * @return the {@code rows} elements of the column, top to bottom
     */
    public final double[] columnArray(int j) {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = getDouble(index(i, j));
        }
        return out;
    }

    /**
     * Sets every element to {@code value}.
     *
     * @param value the value, rounded to the element type
     */
    public final void fill(double value) {
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                setDouble(base + j, value);
            }
        }
    }

    /**
     * {@code a_ij <- f(a_ij)} for every element, in place.
     *
     * @param f applied to each element; its result is rounded to the element type
     */
    public final void mapInPlace(DoubleUnaryOperator f) {
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                setDouble(base + j, f.applyAsDouble(getDouble(base + j)));
            }
        }
    }

    /**
     * {@code this <- src}, element by element; the shapes must match (precisions may differ).
     *
     * @param src the matrix to copy, of this shape
     */
    public final void copyFrom(DenseMatrix<?> src) {
        requireSameShape(src, "copyFrom");
        for (int i = 0; i < rows; i++) {
            int dst = offset + i * stride;
            int from = src.offset + i * src.stride;
            for (int j = 0; j < cols; j++) {
                setDouble(dst + j, src.getDouble(from + j));
            }
        }
    }

    /**
     * {@code a <- alpha * a}.
     *
     * @param alpha the factor every element is multiplied by
     */
    public final void scaleInPlace(double alpha) {
        mapInPlace(v -> alpha * v);
    }

    /**
     * The sum over each row: a vector of length {@code rows}, {@code r_i = sum_j a_ij}.
     *
     * @return the {@code rows} row sums
     */
    public final double[] rowSums() {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += getDouble(base + j);
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * The sum over each column: a vector of length {@code cols}, {@code c_j = sum_i a_ij}.
     *
     * @return the {@code cols} column sums
     */
    public final double[] colSums() {
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                out[j] += getDouble(base + j);
            }
        }
        return out;
    }

    /**
     * The Frobenius norm {@code sqrt(sum_ij a_ij^2)}, accumulated in double with scaling against overflow.
     *
     * @return the Frobenius norm, {@code >= 0}
     */
    public final double frobeniusNorm() {
        double scale = maxAbs();
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double s = 0;
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                double v = getDouble(base + j) / scale;
                s += v * v;
            }
        }
        return scale * Math.sqrt(s);
    }

    /**
     * {@code max_ij |a_ij|}; NaN if any element is NaN; 0 for an empty matrix.
     *
     * @return the largest absolute element
     */
    public final double maxAbs() {
        double m = 0;
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                double v = Math.abs(getDouble(base + j));
                if (Double.isNaN(v)) {
                    return v;
                }
                if (v > m) {
                    m = v;
                }
            }
        }
        return m;
    }

    /**
     * True when every element is finite (no NaN, no infinity).
     *
     * @return whether no element is NaN or infinite
     */
    public final boolean allFinite() {
        return Double.isFinite(maxAbs());
    }

    /**
     * The elements as a new row-major {@code double[rows * cols]}.
     *
     * @return element (i, j) at index {@code i * cols + j}
     */
    public final double[] toDoubleArray() {
        double[] out = new double[checkedSize(rows, cols)];
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                out[i * cols + j] = getDouble(base + j);
            }
        }
        return out;
    }

    /**
     * The elements as a new {@code double[rows][cols]}.
     *
     * @return {@code rows} arrays of {@code cols} elements
     */
    public final double[][] toDoubleRows() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            int base = offset + i * stride;
            for (int j = 0; j < cols; j++) {
                out[i][j] = getDouble(base + j);
            }
        }
        return out;
    }

    /**
     * The largest {@code |a_ij - b_ij|} over two matrices of the same shape; NaN if any difference is NaN.
     *
     * @param other a matrix of this shape, of either precision
     * @return the largest absolute difference
     */
    public final double maxAbsDifference(DenseMatrix<?> other) {
        requireSameShape(other, "maxAbsDifference");
        double m = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double d = Math.abs(getDouble(offset + i * stride + j) - other.getDouble(other.offset + i * other.stride + j));
                if (Double.isNaN(d)) {
                    return d;
                }
                if (d > m) {
                    m = d;
                }
            }
        }
        return m;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append(' ').append(shape());
        int shownRows = Math.min(rows, 6);
        int shownCols = Math.min(cols, 8);
        for (int i = 0; i < shownRows; i++) {
            sb.append("\n ");
            for (int j = 0; j < shownCols; j++) {
                sb.append(String.format(" % .6g", getAsDouble(i, j)));
            }
            if (shownCols < cols) {
                sb.append(" ...");
            }
        }
        if (shownRows < rows) {
            sb.append("\n  ...");
        }
        return sb.toString();
    }
}
