package org.gdlab.nn.model;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.layer.ParameterGradients;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.tensor.Precision;

/**
 * The data-parallel training pass: the loss of a batch and its gradient in the store, the batch
 * split into one shard of consecutive rows per member of a {@link WorkerTeam}.
 *
 * <p>With {@code S} shards, rows {@code [from_s, to_s)} ({@link WorkerTeam#split}) of the batch of
 * {@code n} run forward, loss and backward on replica {@code s}: a {@link LayerStack} that shares
 * the parameter values but has its own gradient {@code G_s}, which its backward writes over
 * ({@link ParameterGradients#OVERWRITE}: no pass zeroes it first), the loss of each shard
 * being that of its rows within the whole batch (so {@code L = sum_s L_s}). Replica 0 is the
 * net's own stack, {@code G_0} the store's gradients. Then member {@code k} adds range {@code k}
 * of {@code G_1, ..., G_{S-1}}, in that order, into {@code G_0}, so {@code G_0 = dL/dtheta}.
 *
 * <p>The float rounding of {@code L} and {@code G_0} depends on {@code S} (never on timing): a run
 * repeats bit for bit with the same team size. Dropout in replica {@code s > 0} draws from
 * {@code stream.split("shard").split(s)}. A single shard (the serial team, or a batch of one row)
 * is one pass on replica 0. Replicas are made on the first {@link #setTeam} that needs them and
 * kept; a pass allocates nothing.
 */
final class ShardReplicas {
    private final NetConfig config;
    private final ParameterStore store;
    private final RandomStream stream;
    private Replica[] replicas;
    private WorkerTeam team = WorkerTeam.SERIAL;
    private final double[] shardLosses = new double[FullyConnectedNet.MAX_TEAM];
    private final IntConsumer shardPass = this::shardPass;
    private final IntConsumer sumGradients = this::sumGradients;
    private DenseMatrix<?> passInput;
    private Loss passLoss;
    private long passIteration;
    private int passShards;

    /** One stack with its gradient vector, the view of its shard and its ranges of the gradient. */
    private final class Replica {
        final LayerStack stack;
        final DenseMatrix<?> gradients;
        DenseMatrix<?> shardOf;
        DenseMatrix<?> shard;
        DenseMatrix<?>[] gradientRanges;

        Replica(LayerStack stack, DenseMatrix<?> gradients) {
            this.stack = stack;
            this.gradients = gradients;
        }

        /**
         * Forward, the loss of rows {@code [first, first + x.rows())} of a batch of {@code n},
         * backward; returns that loss.
         */
        double pass(DenseMatrix<?> x, Loss loss, int first, int n, long iteration) {
            DenseMatrix<?> scores = stack.forward(x, true, iteration);
            DenseMatrix<?> dScores = stack.outputGradient();
            double total = loss.lossAndGradient(scores, dScores, first, n);
            stack.backward(dScores, ParameterGradients.OVERWRITE);
            return total;
        }

        /** The view of rows {@code [from, to)} of {@code x}, kept while {@code x} and the range stay the same. */
        DenseMatrix<?> shard(DenseMatrix<?> x, int from, int to) {
            if (shardOf != x || shard.offset() != x.offset() + from * x.stride() || shard.rows() != to - from) {
                shardOf = x;
                shard = x.rowRange(from, to);
            }
            return shard;
        }
    }

    /** Replica 0 alone: {@code primary} on the store's gradients; {@code stream} is the net's dropout stream. */
    ShardReplicas(NetConfig config, ParameterStore store, LayerStack primary, RandomStream stream) {
        this.config = config;
        this.store = store;
        this.stream = stream;
        this.replicas = new Replica[] {new Replica(primary, store.gradients())};
    }

    /** The team that splits the batches. */
    WorkerTeam team() {
        return team;
    }

    /** See {@link FullyConnectedNet#setTeam}. */
    void setTeam(WorkerTeam team) {
        if (team.size() > 1 && config.batchNorm()) {
            throw new IllegalArgumentException("a net with batch norm cannot split its batches among " + team.size()
                    + " threads (batch statistics are over the whole batch)");
        }
        if (team.size() > FullyConnectedNet.MAX_TEAM) {
            throw new IllegalArgumentException("worker team of " + team.size() + " is not allowed: at most "
                    + FullyConnectedNet.MAX_TEAM);
        }
        Replica[] r = Arrays.copyOf(replicas, Math.max(replicas.length, team.size()));
        for (int s = replicas.length; s < r.length; s++) {
            DenseMatrix<?> gradients = config.precision().zeros(1, store.trainableSize());
            LayerStack stack = new LayerStack(Architecture.layers(config, store.withGradients(gradients),
                    stream.split("shard").split(s)), config.precision());
            r[s] = new Replica(stack, gradients);
        }
        int n = store.trainableSize();
        for (Replica replica : r) {
            replica.gradientRanges = new DenseMatrix<?>[team.size()];
            for (int k = 0; k < team.size(); k++) {
                int from = WorkerTeam.split(n, team.size(), k);
                int to = WorkerTeam.split(n, team.size(), k + 1);
                replica.gradientRanges[k] = replica.gradients.reshapedView(from, 1, to - from);
            }
        }
        this.replicas = r;
        this.team = team;
    }

    /**
     * The data loss {@code L} of the batch {@code x} and, in the store's gradients, {@code dL/dtheta}.
     *
     * @param loss bound to the batch's targets
     * @param iteration seeds the dropout masks
     */
    double lossAndGradients(DenseMatrix<?> x, Loss loss, long iteration) {
        int shards = Math.min(team.size(), x.rows());
        if (shards <= 1) {
            return replicas[0].pass(x, loss, 0, x.rows(), iteration);
        }
        passInput = x;
        passLoss = loss;
        passIteration = iteration;
        passShards = shards;
        try {
            team.run(shardPass);
            team.run(sumGradients);
        } finally {
            passInput = null;
            passLoss = null;
        }
        double total = 0;
        for (int s = 0; s < shards; s++) {
            total += shardLosses[s];
        }
        return total;
    }

    /** Shard {@code s}'s forward, loss and backward on its replica (members past the shards idle). */
    private void shardPass(int s) {
        if (s < passShards) {
            int n = passInput.rows();
            int from = WorkerTeam.split(n, passShards, s);
            int to = WorkerTeam.split(n, passShards, s + 1);
            Replica r = replicas[s];
            shardLosses[s] = r.pass(r.shard(passInput, from, to), passLoss, from, n, passIteration);
        }
    }

    /** Member {@code k} adds, in shard order, range {@code k} of the other shards' gradients into the store's. */
    private void sumGradients(int k) {
        DenseMatrix<?> target = replicas[0].gradientRanges[k];
        for (int s = 1; s < passShards; s++) {
            Precision.axpy(1, replicas[s].gradientRanges[k], target);
        }
    }
}
