package org.gdlab.core.io;

import java.nio.ByteBuffer;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;

/**
 * The content of a {@code .npy} file: its element type, its shape as a matrix, and the raw
 * little- or big-endian bytes in C (row-major) order.
 *
 * @param dtype the element type
 * @param rows rows of the matrix (a 1-D array of n elements is {@code n x 1}; a scalar {@code 1 x 1})
 * @param cols columns
 * @param shape the shape as the file gives it, e.g. {@code (60000,)} or {@code (3, 4)}
 * @param data the elements, positioned at 0, in row-major order
 */
public record NpyArray(NpyDtype dtype, int rows, int cols, String shape, ByteBuffer data) {

    /**
     * Element {@code k} in row-major order, as a double.
     *
     * @param k the flat index, from 0 to the element count - 1
     * @return the element, widened to double
     */
    public double getDouble(int k) {
        return dtype.read(data, k);
    }

    /**
     * The elements as a float64 matrix.
     *
     * @return the elements as a matrix of this array's shape (a 1-D array as one column)
     */
    public MatrixF64 toF64() {
        MatrixF64 m = MatrixF64.zeros(rows, cols);
        var out = m.buffer();
        for (int k = 0; k < rows * cols; k++) {
            out.put(k, dtype.read(data, k));
        }
        return m;
    }

    /**
     * The elements as a float32 matrix (rounded to float).
     *
     * @return the elements as a matrix of this array's shape (a 1-D array as one column)
     */
    public MatrixF32 toF32() {
        MatrixF32 m = MatrixF32.zeros(rows, cols);
        var out = m.buffer();
        for (int k = 0; k < rows * cols; k++) {
            out.put(k, (float) dtype.read(data, k));
        }
        return m;
    }

    /**
     * The elements as whole numbers (class labels, say).
     *
     * @return the elements in row-major order
     * @throws IllegalArgumentException when an element is not a whole number in int range
     */
    public int[] toInts() {
        int[] out = new int[rows * cols];
        for (int k = 0; k < out.length; k++) {
            double v = dtype.read(data, k);
            if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("element " + k + " = " + v + " is not a whole number in int range");
            }
            out[k] = (int) v;
        }
        return out;
    }
}
