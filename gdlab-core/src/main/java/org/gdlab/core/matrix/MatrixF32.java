package org.gdlab.core.matrix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * A dense row-major float32 matrix in off-heap memory (a direct buffer), so that OpenBLAS reads
 * it in place through {@link #pointer()} without a copy. The training engine's precision.
 */
public final class MatrixF32 extends DenseMatrix<MatrixF32> {
    private final FloatBuffer data;
    private final FloatPointer pointer;

    private MatrixF32(FloatBuffer data, int rows, int cols, int offset, int stride) {
        super(rows, cols, offset, stride);
        this.data = data;
        this.pointer = new FloatPointer(data);
        this.pointer.position(offset);
    }

    /**
     * A new {@code rows x cols} matrix of zeros.
     *
     * @param rows the row count, {@code >= 0}
     * @param cols the column count, {@code >= 0}
     * @return a contiguous {@code rows x cols} matrix of zeros
     */
    public static MatrixF32 zeros(int rows, int cols) {
        int size = checkedSize(rows, cols);
        FloatBuffer data = ByteBuffer.allocateDirect(Math.max(size, 1) * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        return new MatrixF32(data, rows, cols, 0, cols);
    }

    /**
     * A new matrix from row-major {@code values}, which must hold exactly {@code rows * cols} numbers.
     *
     * @param rows the row count
     * @param cols the column count
     * @param values the elements, row by row
     * @return a contiguous {@code rows x cols} matrix
     */
    public static MatrixF32 of(int rows, int cols, float... values) {
        MatrixF32 m = zeros(rows, cols);
        requireLength(values.length, m);
        m.data.put(0, values);
        return m;
    }

    /**
     * A new float32 copy (rounded) of a matrix of either precision.
     *
     * @param src the matrix to copy
     * @return a contiguous float32 matrix of the same shape
     */
    public static MatrixF32 copyOf(DenseMatrix<?> src) {
        MatrixF32 m = zeros(src.rows(), src.cols());
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
    public float get(int i, int j) {
        return data.get(index(i, j));
    }

    /**
     * Sets element (i, j).
     *
     * @param i the row, in {@code [0, rows)}
     * @param j the column, in {@code [0, cols)}
     * @param value the new element
     */
    public void set(int i, int j, float value) {
        data.put(index(i, j), value);
    }

    @Override
    protected double getDouble(int index) {
        return data.get(index);
    }

    @Override
    protected void setDouble(int index, double value) {
        data.put(index, (float) value);
    }

    @Override
    protected MatrixF32 newMatrix(int r, int c) {
        return zeros(r, c);
    }

    @Override
    protected MatrixF32 view(int start, int r, int c, int rowStride) {
        return new MatrixF32(data, r, c, start, rowStride);
    }

    /**
     * The whole storage buffer, indexed by storage index: element (i, j) is at
     * {@link #offset()} {@code + i * stride() + j}. For fused loops in hot paths.
     *
     * @return the storage buffer shared with this matrix (and any views of it)
     */
    public FloatBuffer buffer() {
        return data;
    }

    /**
     * The storage as a BLAS pointer positioned at element (0, 0); pass {@link #stride()} as the
     * leading dimension. The pointer shares this matrix's memory.
     *
     * @return a pointer to element (0, 0), sharing this matrix's memory
     */
    public FloatPointer pointer() {
        return pointer;
    }
}
