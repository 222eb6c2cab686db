package org.gdlab.core.matrix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * A dense row-major float64 matrix in off-heap memory (a direct buffer), so that OpenBLAS and
 * LAPACK read it in place through {@link #pointer()} without a copy.
 */
public final class MatrixF64 extends DenseMatrix<MatrixF64> {
    private final DoubleBuffer data;
    private final DoublePointer pointer;

    private MatrixF64(DoubleBuffer data, int rows, int cols, int offset, int stride) {
        super(rows, cols, offset, stride);
        this.data = data;
        this.pointer = new DoublePointer(data);
        this.pointer.position(offset);
    }

    /**
     * A new {@code rows x cols} matrix of zeros.
     *
     * @param rows the row count, {@code >= 0}
     * @param cols the column count, {@code >= 0}
     * @return a contiguous {@code rows x cols} matrix of zeros
     */
    public static MatrixF64 zeros(int rows, int cols) {
        int size = checkedSize(rows, cols);
        DoubleBuffer data = ByteBuffer.allocateDirect(Math.max(size, 1) * Double.BYTES)
                .order(ByteOrder.nativeOrder()).asDoubleBuffer();
        return new MatrixF64(data, rows, cols, 0, cols);
    }

    /**
     * A new matrix from row-major {@code values}, which must hold exactly {@code rows * cols} numbers.
     *
     * @param rows the row count
     * @param cols the column count
     * @param values the elements, row by row
     * @return a contiguous {@code rows x cols} matrix
     */
    public static MatrixF64 of(int rows, int cols, double... values) {
        MatrixF64 m = zeros(rows, cols);
        requireLength(values.length, m);
        m.data.put(0, values);
        return m;
    }

    /**
     * A new matrix from rows of equal length.
     *
     * @param rowValues the rows, each of the same length
     * @return a contiguous {@code rowValues.length x rowValues[0].length} matrix
     */
    public static MatrixF64 fromRows(double[][] rowValues) {
        MatrixF64 m = zeros(rowValues.length, rowValues.length == 0 ? 0 : rowValues[0].length);
        for (int i = 0; i < rowValues.length; i++) {
            requireRowLength(i, rowValues[i].length, m);
            m.data.put(i * m.cols, rowValues[i]);
        }
        return m;
    }

    /**
     * A column vector ({@code n x 1}).
     *
     * @param values the elements, top to bottom
     * @return an {@code n x 1} matrix
     */
    public static MatrixF64 column(double... values) {
        return of(values.length, 1, values);
    }

    /**
     * The {@code n x n} identity.
     *
     * @param n the number of rows and columns, {@code >= 0}
     * @return a new {@code n x n} identity matrix
     */
    public static MatrixF64 identity(int n) {
        MatrixF64 m = zeros(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, 1);
        }
        return m;
    }

    /**
     * A new contiguous float64 copy of a matrix of either precision.
     *
     * @param src the matrix to copy
     * @return a contiguous float64 matrix of the same shape
     */
    public static MatrixF64 copyOf(DenseMatrix<?> src) {
        MatrixF64 m = zeros(src.rows(), src.cols());
        m.copyFrom(src);
        return m;
    }

    /**
     * Element (i, j).
     *
     * @param i the row, in {@code [0, rows)}
     * @param j the column, in {@code [0, cols)}
     * @return the element at row i, column j
     */
    public double get(int i, int j) {
        return data.get(index(i, j));
    }

    /**
     * Sets element (i, j).
     *
     * @param i the row, in {@code [0, rows)}
     * @param j the column, in {@code [0, cols)}
     * @param value the new element
     */
    public void set(int i, int j, double value) {
        data.put(index(i, j), value);
    }

    @Override
    protected double getDouble(int index) {
        return data.get(index);
    }

    @Override
    protected void setDouble(int index, double value) {
        data.put(index, value);
    }

    @Override
    protected MatrixF64 newMatrix(int r, int c) {
        return zeros(r, c);
    }

    @Override
    protected MatrixF64 view(int start, int r, int c, int rowStride) {
        return new MatrixF64(data, r, c, start, rowStride);
    }

    /**
     * The whole storage buffer, indexed by storage index: element (i, j) is at
     * {@link #offset()} {@code + i * stride() + j}. For fused loops in hot paths.
     *
     * @return the storage buffer shared with this matrix (and any views of it)
     */
    public DoubleBuffer buffer() {
        return data;
    }

    /**
     * The storage as a BLAS pointer positioned at element (0, 0); pass {@link #stride()} as the
     * leading dimension. The pointer shares this matrix's memory.
     *
     * @return a pointer to element (0, 0), sharing this matrix's memory
     */
    public DoublePointer pointer() {
        return pointer;
    }
}
