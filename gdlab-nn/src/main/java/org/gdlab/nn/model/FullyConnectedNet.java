package org.gdlab.nn.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
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
 */
public final class FullyConnectedNet {
    private final NetConfig config;
    private final ParameterStore store;
    private final List<Layer> layers;
    private final List<Affine> affines;
    private final List<BatchNorm> batchNorms;
    private final Parameter[] weights;
    private final Parameter[] trainable;
    private final Layer[] layerArray;
    private final java.util.Map<Integer, Workspace> workspaces = new java.util.HashMap<>();
    private Workspace workspace;

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
        List<Layer> list = new ArrayList<>();
        List<Affine> aff = new ArrayList<>();
        List<BatchNorm> bns = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            Affine affine = new Affine(store.get("W" + l),
                    config.batchNorm() && l < depth ? null : store.get("b" + l), l > 1);
            aff.add(affine);
            list.add(affine);
            if (l == depth) {
                break;
            }
            int width = config.fanOut(l);
            if (config.batchNorm()) {
                BatchNorm bn = new BatchNorm(store.get("gamma" + l), store.get("beta" + l), store.get("running_mean" + l),
                        store.get("running_var" + l), BatchNorm.DEFAULT_EPS, BatchNorm.DEFAULT_MOMENTUM);
                bn.reset();
                bns.add(bn);
                list.add(bn);
            }
            list.add(config.activation().newLayer(width, config.leakySlope()));
            if (config.dropout() > 0) {
                list.add(new Dropout(width, config.dropout(), stream.split("dropout").split(l)));
            }
        }
        this.layers = Collections.unmodifiableList(list);
        this.affines = Collections.unmodifiableList(aff);
        this.batchNorms = Collections.unmodifiableList(bns);
        this.weights = store.parameters().stream().filter(p -> p.spec().kind() == Kind.WEIGHT).toArray(Parameter[]::new);
        this.trainable = store.parameters().stream().filter(p -> p.spec().trainable()).toArray(Parameter[]::new);
        this.layerArray = list.toArray(Layer[]::new);
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

    private Workspace workspace(int batch) {
        if (workspace == null || workspace.batch() != batch) {
            workspace = workspaces.computeIfAbsent(batch,
                    b -> new Workspace(layers, config.precision(), b, config.inputs(), config.outputs()));
        }
        return workspace;
    }

    /**
     * The input buffer for a batch of {@code batch} examples: fill it (e.g. with
     * {@link Rows#gather}) and pass it to {@link #forward} or {@link #lossAndGradients}.
     */
    public DenseMatrix<?> inputBuffer(int batch) {
        return workspace(batch).input;
    }

    /**
     * The outputs for the {@code n x inputs} batch {@code x} (of the net's precision).
     *
     * @param training true for the training mode (dropout, batch statistics; updates the batch-norm running statistics)
     * @param iteration seeds the dropout masks in training mode
     * @return the {@code n x outputs} scores, a buffer reused by the next pass
     */
    public DenseMatrix<?> forward(DenseMatrix<?> x, boolean training, long iteration) {
        if (x.cols() != config.inputs() || Precision.of(x) != config.precision()) {
            throw new IllegalArgumentException("forward: input " + x.shape() + " " + Precision.of(x).label()
                    + " does not fit a net of " + config.inputs() + " " + config.precision().label() + " inputs");
        }
        Workspace w = workspace(x.rows());
        DenseMatrix<?> h = x;
        for (int i = 0; i < layerArray.length; i++) {
            h = layerArray[i].forward(h, w.caches[i], training, iteration);
        }
        return h;
    }

    /**
     * One training pass: forward in training mode, the loss plus {@code 0.5 reg sum ||W||^2},
     * and backward, which leaves in {@link ParameterStore#gradients()} the gradient of that total.
     *
     * @param x the {@code n x inputs} batch
     * @param loss the loss, bound to the batch's targets
     * @param reg the L2 strength, >= 0
     * @param iteration seeds the dropout masks
     * @return the total loss (data loss + regularization)
     */
    public double lossAndGradients(DenseMatrix<?> x, Loss loss, double reg, long iteration) {
        DenseMatrix<?> scores = forward(x, true, iteration);
        Workspace w = workspace;
        double total = loss.lossAndGradient(scores, w.dScores);
        store.zeroGradients();
        DenseMatrix<?> g = w.dScores;
        for (int i = layerArray.length - 1; i >= 0; i--) {
            g = layerArray[i].backward(g, w.caches[i]);
        }
        if (reg != 0) {
            for (Parameter p : weights) {
                total += 0.5 * reg * Precision.dot(p.value(), p.value());
                Precision.axpy(reg, p.value(), p.gradient());
            }
        }
        return total;
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
