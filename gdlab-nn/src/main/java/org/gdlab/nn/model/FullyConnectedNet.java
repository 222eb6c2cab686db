package org.gdlab.nn.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.layer.Affine;
import org.gdlab.nn.layer.BatchNorm;
import org.gdlab.nn.layer.Dropout;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.model.ParameterSpec.Kind;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.tensor.Rows;

/**
 * A fully-connected network: for each hidden width, affine, optional batch norm, activation and
 * optional dropout; then a final affine layer giving the outputs (class scores).
 *
 * <p>Parameters: affine layer {@code l} (from 1) has {@code Wl} ({@code in x out}) and {@code bl}
 * ({@code 1 x out}); with batch norm, hidden layer {@code l} has {@code gammal} and
 * {@code betal} instead of {@code bl} (batch norm's shift makes a bias redundant), and the
 * state {@code running_meanl}, {@code running_varl}. All live in one
 * {@link ParameterStore}. Regularization is L2 on the weights only, with the convention
 * {@code R = 0.5 reg sum_l ||Wl||_F^2} (gradient {@code reg Wl}).
 *
 * <p>The first layer computes no input gradient (nothing needs it). Buffers for each batch size are allocated on the first pass of that size and reused, so a
 * training loop of fixed batch size allocates nothing per iteration. Not thread-safe.
 *
 * <p>Data parallelism ({@link #setTeam}): a training pass can split its batch into one shard of
 * consecutive rows per member of a {@link WorkerTeam}. Each shard runs forward, loss and backward
 * on its own replica of the layers, which shares the parameter values but accumulates its own
 * gradient; the replicas' gradients are then added in shard order into the store's. The gradient
 * is the batch's, but its float rounding depends on the number of shards (never on timing), so a
 * run is reproduced with the same team size. Dropout in shard {@code s > 0} draws its masks from
 * {@code stream.split("shard").split(s)}. Nets with batch norm are not split (its statistics are
 * over the whole batch).
 */
public final class FullyConnectedNet {
    /** The team sizes {@link #setTeam} accepts are at most this. */
    public static final int MAX_TEAM = 64;

    private final NetConfig config;
    private final ParameterStore store;
    private final List<Layer> layers;
    private final List<Affine> affines;
    private final List<BatchNorm> batchNorms;
    private final Parameter[] weights;
    private final Parameter[] trainable;
    private final RandomStream stream;
    private final Replica primary;
    private Replica[] replicas;
    private WorkerTeam team = WorkerTeam.SERIAL;
    private final double[] shardLosses = new double[MAX_TEAM];
    private final IntConsumer shardPass = this::shardPass;
    private final IntConsumer sumGradients = this::sumGradients;
    private DenseMatrix<?> passInput;
    private Loss passLoss;
    private long passIteration;
    private int passShards;

    /** The buffers of every layer for one batch size. */
    private static final class Workspace {
        final Layer.Cache[] caches;
        final DenseMatrix<?> input;
        final DenseMatrix<?> dScores;

        Workspace(List<Layer> layers, Precision precision, int batch, int inputs, int outputs) {
            caches = new Layer.Cache[layers.size()];
            for (int i = 0; i < caches.length; i++) {
                caches[i] = layers.get(i).newCache(precision, batch);
            }
            input = precision.zeros(batch, inputs);
            dScores = precision.zeros(batch, outputs);
        }

        int batch() {
            return input.rows();
        }
    }

    /**
     * One copy of the layers with its gradient vector and buffers: the primary one works on the
     * store's gradients, a shard's replica on its own.
     */
    private final class Replica {
        final Layer[] layers;
        final DenseMatrix<?> gradients;
        final Map<Integer, Workspace> workspaces = new HashMap<>();
        Workspace workspace;
        DenseMatrix<?> shardOf;
        DenseMatrix<?> shard;
        DenseMatrix<?>[] gradientRanges;

        Replica(List<Layer> layers, DenseMatrix<?> gradients) {
            this.layers = layers.toArray(Layer[]::new);
            this.gradients = gradients;
        }

        Workspace workspace(int batch) {
            if (workspace == null || workspace.batch() != batch) {
                workspace = workspaces.computeIfAbsent(batch,
                        b -> new Workspace(List.of(layers), config.precision(), b, config.inputs(), config.outputs()));
            }
            return workspace;
        }

        DenseMatrix<?> forward(DenseMatrix<?> x, boolean training, long iteration) {
            Workspace w = workspace(x.rows());
            DenseMatrix<?> h = x;
            for (int i = 0; i < layers.length; i++) {
                h = layers[i].forward(h, w.caches[i], training, iteration);
            }
            return h;
        }

        /** Forward, the loss of rows {@code [first, first + x.rows())} of a batch of {@code n}, backward; returns that loss. */
        double pass(DenseMatrix<?> x, Loss loss, int first, int n, long iteration) {
            DenseMatrix<?> scores = forward(x, true, iteration);
            Workspace w = workspace;
            double total = loss.lossAndGradient(scores, w.dScores, first, n);
            store.zero(gradients);
            DenseMatrix<?> g = w.dScores;
            for (int i = layers.length - 1; i >= 0; i--) {
                g = layers[i].backward(g, w.caches[i]);
            }
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

    /**
     * A network with all parameters zero (call {@link #initialize} before training).
     *
     * @param stream the source of dropout masks (unused without dropout)
     */
    public FullyConnectedNet(NetConfig config, RandomStream stream) {
        this.config = config;
        List<ParameterSpec> specs = new ArrayList<>();
        int depth = config.depth();
        for (int l = 1; l <= depth; l++) {
            int in = config.fanIn(l);
            int out = config.fanOut(l);
            specs.add(new ParameterSpec("W" + l, in, out, Kind.WEIGHT, l));
            boolean normalized = config.batchNorm() && l < depth;
            if (!normalized) {
                specs.add(new ParameterSpec("b" + l, 1, out, Kind.UNREGULARIZED, l));
            }
            if (normalized) {
                specs.add(new ParameterSpec("gamma" + l, 1, out, Kind.UNREGULARIZED, l));
                specs.add(new ParameterSpec("beta" + l, 1, out, Kind.UNREGULARIZED, l));
                specs.add(new ParameterSpec("running_mean" + l, 1, out, Kind.STATE, l));
                specs.add(new ParameterSpec("running_var" + l, 1, out, Kind.STATE, l));
            }
        }
        this.store = new ParameterStore(config.precision(), specs);
        this.stream = stream;
        List<Layer> list = buildLayers(byName(store.parameters()), stream);
        this.layers = Collections.unmodifiableList(list);
        this.affines = list.stream().filter(Affine.class::isInstance).map(Affine.class::cast).toList();
        this.batchNorms = list.stream().filter(BatchNorm.class::isInstance).map(BatchNorm.class::cast).toList();
        batchNorms.forEach(BatchNorm::reset);
        this.weights = store.parameters().stream().filter(p -> p.spec().kind() == Kind.WEIGHT).toArray(Parameter[]::new);
        this.trainable = store.parameters().stream().filter(p -> p.spec().trainable()).toArray(Parameter[]::new);
        this.primary = new Replica(list, store.gradients());
        this.replicas = new Replica[] {primary};
    }

    private static Map<String, Parameter> byName(List<Parameter> parameters) {
        Map<String, Parameter> map = new HashMap<>();
        parameters.forEach(p -> map.put(p.name(), p));
        return map;
    }

    /** The layers of the architecture on the given parameters, dropout drawing from {@code stream}. */
    private List<Layer> buildLayers(Map<String, Parameter> params, RandomStream stream) {
        int depth = config.depth();
        List<Layer> list = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            list.add(new Affine(params.get("W" + l), config.batchNorm() && l < depth ? null : params.get("b" + l), l > 1));
            if (l == depth) {
                break;
            }
            int width = config.fanOut(l);
            if (config.batchNorm()) {
                list.add(new BatchNorm(params.get("gamma" + l), params.get("beta" + l), params.get("running_mean" + l),
                        params.get("running_var" + l), BatchNorm.DEFAULT_EPS, BatchNorm.DEFAULT_MOMENTUM));
            }
            list.add(config.activation().newLayer(width, config.leakySlope()));
            if (config.dropout() > 0) {
                list.add(new Dropout(width, config.dropout(), stream.split("dropout").split(l)));
            }
        }
        return list;
    }

    /** True unless the net has batch norm: whether {@link #setTeam} can split its batches. */
    public boolean canSplitBatches() {
        return !config.batchNorm();
    }

    /**
     * Splits each training pass's batch among the members of {@code team} (see the class
     * comment); {@link WorkerTeam#SERIAL} turns splitting off. The team's members call BLAS at
     * the same time, so BLAS should run one thread each.
     *
     * @throws IllegalArgumentException when the net has batch norm and the team more than one
     *     member, or the team has more than {@link #MAX_TEAM}
     */
    public void setTeam(WorkerTeam team) {
        if (team.size() > 1 && !canSplitBatches()) {
            throw new IllegalArgumentException("a net with batch norm cannot split its batches among " + team.size()
                    + " threads (batch statistics are over the whole batch)");
        }
        if (team.size() > MAX_TEAM) {
            throw new IllegalArgumentException("worker team of " + team.size() + " is not allowed: at most " + MAX_TEAM);
        }
        Replica[] r = java.util.Arrays.copyOf(replicas, Math.max(replicas.length, team.size()));
        for (int s = replicas.length; s < r.length; s++) {
            DenseMatrix<?> gradients = config.precision().zeros(1, store.trainableSize());
            r[s] = new Replica(buildLayers(byName(store.withGradients(gradients)), stream.split("shard").split(s)),
                    gradients);
        }
        int n = store.trainableSize();
        for (Replica replica : r) {
            replica.gradientRanges = new DenseMatrix<?>[team.size()];
            for (int k = 0; k < team.size(); k++) {
                int from = WorkerTeam.split(n, team.size(), k);
                replica.gradientRanges[k] = replica.gradients.reshapedView(from, 1, WorkerTeam.split(n, team.size(), k + 1) - from);
            }
        }
        this.replicas = r;
        this.team = team;
    }

    /** The team that splits the batches ({@link WorkerTeam#SERIAL} unless {@link #setTeam} was called). */
    public WorkerTeam team() {
        return team;
    }

    /** The architecture. */
    public NetConfig config() {
        return config;
    }

    /** The parameters, gradients and state. */
    public ParameterStore parameters() {
        return store;
    }

    /** The layers in order. */
    public List<Layer> layers() {
        return layers;
    }

    /** The number of affine layers. */
    public int depth() {
        return affines.size();
    }

    /**
     * Draws every weight matrix from {@code init} (affine layer {@code l} from
     * {@code stream.split(l)}, with the gain of the hidden activation) and sets biases to zero
     * and batch norms to their starting state.
     */
    public void initialize(Initializer init, RandomStream stream) {
        double gain = config.activation().gain(config.leakySlope());
        for (int l = 1; l <= affines.size(); l++) {
            Affine a = affines.get(l - 1);
            init.initialize(a.weight().value(), gain, stream.split(l));
            if (a.bias() != null) {
                a.bias().value().fill(0);
            }
        }
        batchNorms.forEach(BatchNorm::reset);
    }

    /**
     * The input buffer for a batch of {@code batch} examples: fill it (e.g. with
     * {@link Rows#gather}) and pass it to {@link #forward} or {@link #lossAndGradients}.
     */
    public DenseMatrix<?> inputBuffer(int batch) {
        return primary.workspace(batch).input;
    }

    /**
     * The outputs for the {@code n x inputs} batch {@code x} (of the net's precision).
     *
     * @param training true for the training mode (dropout, batch statistics; updates the batch-norm running statistics)
     * @param iteration seeds the dropout masks in training mode
     * @return the {@code n x outputs} scores, a buffer reused by the next pass
     */
    public DenseMatrix<?> forward(DenseMatrix<?> x, boolean training, long iteration) {
        checkInput(x);
        return primary.forward(x, training, iteration);
    }

    private void checkInput(DenseMatrix<?> x) {
        if (x.cols() != config.inputs() || Precision.of(x) != config.precision()) {
            throw new IllegalArgumentException("forward: input " + x.shape() + " " + Precision.of(x).label()
                    + " does not fit a net of " + config.inputs() + " " + config.precision().label() + " inputs");
        }
    }

    /**
     * One training pass: forward in training mode, the loss plus {@code 0.5 reg sum ||W||^2},
     * and backward, which leaves in {@link ParameterStore#gradients()} the gradient of that total
     * (split among the team's members, see the class comment).
     *
     * @param x the {@code n x inputs} batch
     * @param loss the loss, bound to the batch's targets
     * @param reg the L2 strength, >= 0
     * @param iteration seeds the dropout masks
     * @return the total loss (data loss + regularization)
     */
    public double lossAndGradients(DenseMatrix<?> x, Loss loss, double reg, long iteration) {
        checkInput(x);
        int shards = Math.min(team.size(), x.rows());
        double total;
        if (shards <= 1) {
            total = primary.pass(x, loss, 0, x.rows(), iteration);
        } else {
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
            total = 0;
            for (int s = 0; s < shards; s++) {
                total += shardLosses[s];
            }
        }
        if (reg != 0) {
            for (Parameter p : weights) {
                total += 0.5 * reg * Precision.dot(p.value(), p.value());
                Precision.axpy(reg, p.value(), p.gradient());
            }
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
        DenseMatrix<?> target = primary.gradientRanges[k];
        for (int s = 1; s < passShards; s++) {
            Precision.axpy(1, replicas[s].gradientRanges[k], target);
        }
    }

    /**
     * The L2 norm of the gradient of each affine layer's parameters (its weight and bias, and
     * the batch norm that follows it), from the last backward pass.
     *
     * @param perLayer filled with {@link #depth()} norms, layer 1 first
     * @return the mean of the per-layer norms
     */
    public double gradientNorms(double[] perLayer) {
        java.util.Arrays.fill(perLayer, 0, depth(), 0);
        for (Parameter p : trainable) {
            perLayer[p.spec().layer() - 1] += Precision.dot(p.gradient(), p.gradient());
        }
        double mean = 0;
        for (int l = 0; l < depth(); l++) {
            perLayer[l] = Math.sqrt(perLayer[l]);
            mean += perLayer[l];
        }
        return mean / depth();
    }

    /**
     * The predicted class (the index of the largest output) of every row of {@code inputs},
     * in evaluation mode, in batches of {@code batch}.
     */
    public int[] predict(DenseMatrix<?> inputs, int batch) {
        int n = inputs.rows();
        int[] out = new int[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        for (int from = 0; from < n; from += batch) {
            int count = Math.min(batch, n - from);
            DenseMatrix<?> x = inputBuffer(count);
            Rows.gather(inputs, index, from, x);
            Access s = Access.of(forward(x, false, 0));
            for (int i = 0; i < count; i++) {
                int best = 0;
                for (int j = 1; j < config.outputs(); j++) {
                    if (s.get(i, j) > s.get(i, best)) {
                        best = j;
                    }
                }
                out[from + i] = best;
            }
        }
        return out;
    }

    /** The fraction of rows of {@code inputs} whose predicted class is the label. */
    public double accuracy(DenseMatrix<?> inputs, int[] labels, int batch) {
        int[] predicted = predict(inputs, batch);
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == labels[i]) {
                right++;
            }
        }
        return predicted.length == 0 ? 0 : (double) right / predicted.length;
    }
}
