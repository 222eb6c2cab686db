package org.gdlab.nn.tensor;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;

/** Copies of rows between matrices of either precision. */
public final class Rows {
    private Rows() {
    }

    /**
     * {@code dst[r] <- src[index[from + r]]} for {@code r < dst.rows()}: the rows of a minibatch.
     *
     * @param src read only
     * @param index the example indices, e.g. a shuffled permutation of {@code [0, src.rows())}
     * @param from the position in {@code index} of the minibatch's first row
     * @param dst modified; as many columns as {@code src}
     */
    public static void gather(DenseMatrix<?> src, int[] index, int from, DenseMatrix<?> dst) {
        if (src.cols() != dst.cols()) {
            throw new IllegalArgumentException("gather: " + src.shape() + " rows into " + dst.shape());
        }
        int d = src.cols();
        if (src instanceof MatrixF32 s && dst instanceof MatrixF32 t) {
            for (int r = 0; r < dst.rows(); r++) {
                t.buffer().put(t.offset() + r * t.stride(), s.buffer(), s.offset() + index[from + r] * s.stride(), d);
            }
            return;
        }
        Access s = Access.of(src);
        Access t = Access.of(dst);
        for (int r = 0; r < dst.rows(); r++) {
            int a = index[from + r] * s.stride();
            int b = r * t.stride();
            for (int j = 0; j < d; j++) {
                t.put(b + j, s.at(a + j));
            }
        }
    }
}
