package org.gdlab.nn.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.nn.tensor.Precision;

/**
 * The gradient norm of each affine layer: for layer {@code l}, over every trainable parameter
 * {@code p} of that layer (its weight and bias, and the batch norm that follows it),
 * <pre>
 *   n_l = sqrt(sum_p ||dL/dp||_F^2),        mean = (1/L) sum_l n_l.
 * </pre>
 * On a team of {@code T} members the flat gradient is cut into {@code T} equal ranges
 * ({@link WorkerTeam#split}); member {@code k} sums the squares of its range, piece by piece (a
 * piece: the part of one parameter in the range), and the members' sums are added in member order,
 * so the norms depend on the team's size in their last bits and on nothing else (on one thread the
 * pieces are the whole parameters). The pieces are views made once per team size: a call
 * allocates nothing.
 */
final class GradientNorms {
    private final ParameterStore store;
    private final Parameter[] trainable;
    private final int depth;
    private final IntConsumer part = this::part;
    /** Per member of the current team size, its pieces. */
    private Piece[][] pieces = new Piece[0][];
    private double[][] sums = new double[0][];

    /** The part of one parameter's gradient in a member's range, and the index of its layer. */
    private record Piece(DenseMatrix<?> gradient, int layer) {
    }

    /** The norms over the trainable parameters of {@code store}, of a net of {@code depth} affine layers. */
    GradientNorms(ParameterStore store, int depth) {
        this.store = store;
        this.trainable = store.parameters().stream().filter(p -> p.spec().trainable()).toArray(Parameter[]::new);
        this.depth = depth;
    }

    /**
     * The norms of the gradients now in the store, the squares summed by the members of {@code team}.
     *
     * @param perLayer filled with the {@code L} norms, layer 1 first (its first {@code L} elements)
     * @param team the threads that share the sums
     * @return their mean
     */
    double of(double[] perLayer, WorkerTeam team) {
        Arrays.fill(perLayer, 0, depth, 0);
        if (pieces.length != team.size()) {
            cut(team.size());
        }
        team.run(part);
        for (double[] memberSums : sums) {
            for (int l = 0; l < depth; l++) {
                perLayer[l] += memberSums[l];
            }
        }
        double mean = 0;
        for (int l = 0; l < depth; l++) {
            perLayer[l] = Math.sqrt(perLayer[l]);
            mean += perLayer[l];
        }
        return mean / depth;
    }

    /** Member {@code k}'s sums of squares, per layer, over its pieces. */
    private void part(int k) {
        double[] s = sums[k];
        Arrays.fill(s, 0);
        for (Piece p : pieces[k]) {
            s[p.layer()] += Precision.dot(p.gradient(), p.gradient());
        }
    }

    /** Cuts the flat gradient into {@code parts} ranges and each range into its parameters' pieces. */
    private void cut(int parts) {
        int n = store.trainableSize();
        pieces = new Piece[parts][];
        sums = new double[parts][depth];
        for (int k = 0; k < parts; k++) {
            int from = WorkerTeam.split(n, parts, k);
            int to = WorkerTeam.split(n, parts, k + 1);
            List<Piece> mine = new ArrayList<>();
            for (Parameter p : trainable) {
                int first = Math.max(from, p.first());
                int end = Math.min(to, p.first() + p.spec().size());
                if (first < end) {
                    mine.add(new Piece(store.gradients().reshapedView(first, 1, end - first), p.spec().layer() - 1));
                }
            }
            pieces[k] = mine.toArray(Piece[]::new);
        }
    }
}
