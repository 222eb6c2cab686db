package org.gdlab.nn.model;

import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.layer.Affine;
import org.gdlab.nn.layer.BatchNorm;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.tensor.Rows;

/**
 * A fully-connected network {@code f(x; theta)}: for each hidden width, affine, optional batch
 * norm, activation and optional dropout; then a final affine layer giving the outputs (class
 * scores). The parts, each in its own class:
 * <ul>
 *   <li>{@code Architecture}: the parameters ({@code Wl}, {@code bl}, batch norm's
 *       {@code gammal}, {@code betal} and running statistics) and layers a {@link NetConfig}
 *       means, all parameters in one {@link ParameterStore};</li>
 *   <li>{@link LayerStack}: the layers' forward and backward passes and their buffers (allocated
 *       once per batch size, so a training loop of fixed batch size allocates nothing);</li>
 *   <li>{@code ShardReplicas}: the training pass, its batch optionally split among the members
 *       of a {@link WorkerTeam} ({@link #setTeam}), each shard on its own replica of the layers;
 *       the rounding depends on the team size, never on timing;</li>
 *   <li>{@code L2Penalty}: {@code R = 0.5 reg sum_l ||Wl||_F^2} (gradient {@code reg Wl}), on the
 *       weights only;</li>
 *   <li>{@code GradientNorms}: the gradient norm of each affine layer;</li>
 *   <li>{@code ClassPrediction}: {@code argmax_j f_j(x)} and the accuracy.</li>
 * </ul>
 * Not thread-safe.
 */
public final class FullyConnectedNet {
    /** The team sizes {@link #setTeam} accepts are at most this. */
    public static final int MAX_TEAM = 64;

    private final NetConfig config;
    private final ParameterStore store;
    private final List<Layer> layers;
    private final List<Affine> affines;
    private final List<BatchNorm> batchNorms;
    private final LayerStack stack;
    private final ShardReplicas replicas;
    private final L2Penalty penalty;
    private final GradientNorms gradientNorms;

    /**
     * A network with all parameters zero (call {@link #initialize} before training).
     *
     * @param config the architecture
     * @param stream the source of dropout masks (unused without dropout)
     */
    public FullyConnectedNet(NetConfig config, RandomStream stream) {
        this.config = config;
        this.store = new ParameterStore(config.precision(), Architecture.parameterSpecs(config));
        this.layers = List.copyOf(Architecture.layers(config, store.parameters(), stream));
        this.affines = layers.stream().filter(Affine.class::isInstance).map(Affine.class::cast).toList();
        this.batchNorms = layers.stream().filter(BatchNorm.class::isInstance).map(BatchNorm.class::cast).toList();
        batchNorms.forEach(BatchNorm::reset);
        this.stack = new LayerStack(layers, config.precision());
        this.replicas = new ShardReplicas(config, store, stack, stream);
        this.penalty = new L2Penalty(store);
        this.gradientNorms = new GradientNorms(store, affines.size());
    }

    /**
     * True unless the net has batch norm: whether {@link #setTeam} can split its batches.
     *
     * @return false when the net has batch norm, whose statistics need the whole batch
     */
    public boolean canSplitBatches() {
        return !config.batchNorm();
    }

    /**
     * Splits each training pass's batch among the members of {@code team}; {@link WorkerTeam#SERIAL}
     * turns splitting off. Each member takes one shard of consecutive rows and runs forward, loss
     * and backward on its own replica of the layers, which shares the parameter values but
     * accumulates its own gradient; the replicas' gradients are then added in shard order into the
     * store's. The gradient is the batch's, but its float rounding depends on the number of shards
     * (never on timing), so a run is reproduced with the same team size. Dropout in shard
     * {@code s > 0} draws its masks from {@code stream.split("shard").split(s)}. The team's members
     * call BLAS at the same time, so BLAS should run one thread each.
     *
     * @param team the threads to split the batches among, at most {@link #MAX_TEAM} members
     * @throws IllegalArgumentException when the net has batch norm and the team more than one
     *     member, or the team has more than {@link #MAX_TEAM}
     */
    public void setTeam(WorkerTeam team) {
        replicas.setTeam(team);
    }

    /**
     * The team that splits the batches ({@link WorkerTeam#SERIAL} unless {@link #setTeam} was called).
     *
     * @return the current team
     */
    public WorkerTeam team() {
        return replicas.team();
    }

    /**
     * The architecture.
     *
     * @return the configuration the net was built from
     */
    public NetConfig config() {
        return config;
    }

    /**
     * The parameters, gradients and state.
     *
     * @return the store of every parameter matrix, its gradient and the batch-norm state
     */
    public ParameterStore parameters() {
        return store;
    }

    /**
     * The layers in order.
     *
     * @return the layers from input to output, unmodifiable
     */
    public List<Layer> layers() {
        return layers;
    }

    /**
     * A new stack over this net's layers with buffers of its own: passes on it share this net's
     * parameters and gradients but not its buffers (what a pass leaves there stays until the
     * stack's next pass).
     *
     * @return a new stack over the same layers
     */
    public LayerStack newLayerStack() {
        return new LayerStack(layers, config.precision());
    }

    /**
     * The number of affine layers.
     *
     * @return {@code L}, the number of hidden layers plus one
     */
    public int depth() {
        return affines.size();
    }

    /**
     * Draws every weight matrix from {@code init} (affine layer {@code l} from
     * {@code stream.split(l)}, with the gain of the hidden activation) and sets biases to zero
     * and batch norms to their starting state.
     *
     * @param init the initializer of the weight matrices
     * @param stream the source of the draws; layer {@code l} uses {@code stream.split(l)}
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
     *
     * @param batch the number of examples {@code n}, {@code > 0}
     * @return the {@code n x inputs} buffer of the net's precision, reused for every batch of that size
     */
    public DenseMatrix<?> inputBuffer(int batch) {
        return stack.inputBuffer(batch);
    }

    /**
     * The outputs for the {@code n x inputs} batch {@code x} (of the net's precision).
     *
     * @param x the {@code n x inputs} batch, read only
     * @param training true for the training mode (dropout, batch statistics; updates the batch-norm running statistics)
     * @param iteration seeds the dropout masks in training mode
     * @return the {@code n x outputs} scores, a buffer reused by the next pass
     */
    public DenseMatrix<?> forward(DenseMatrix<?> x, boolean training, long iteration) {
        checkInput(x);
        return stack.forward(x, training, iteration);
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
     * (split among the team's members, see {@code ShardReplicas}).
     *
     * @param x the {@code n x inputs} batch
     * @param loss the loss, bound to the batch's targets
     * @param reg the L2 strength, >= 0
     * @param iteration seeds the dropout masks
     * @return the total loss (data loss + regularization)
     */
    public double lossAndGradients(DenseMatrix<?> x, Loss loss, double reg, long iteration) {
        checkInput(x);
        return penalty.addTo(replicas.lossAndGradients(x, loss, iteration), reg);
    }

    /**
     * The L2 norm of the gradient of each affine layer's parameters (its weight and bias, and
     * the batch norm that follows it), from the last backward pass, summed on the {@link #team()}
     * (see {@code GradientNorms}: the last bits depend on the team's size).
     *
     * @param perLayer filled with {@link #depth()} norms, layer 1 first
     * @return the mean of the per-layer norms
     */
    public double gradientNorms(double[] perLayer) {
        return gradientNorms.of(perLayer, team());
    }

    /**
     * The predicted class (the index of the largest output) of every row of {@code inputs},
     * in evaluation mode, in batches of {@code batch}.
     *
     * @param inputs the {@code n x inputs} examples, read only
     * @param batch the number of rows per forward pass, {@code > 0}
     * @return the {@code n} class indices, each in {@code [0, outputs)}; ties go to the first index
     */
    public int[] predict(DenseMatrix<?> inputs, int batch) {
        return ClassPrediction.classes(this, inputs, batch);
    }

    /**
     * The fraction of rows of {@code inputs} whose predicted class is the label.
     *
     * @param inputs the {@code n x inputs} examples, read only
     * @param labels the {@code n} true classes
     * @param batch the number of rows per forward pass, {@code > 0}
     * @return the accuracy, in [0, 1]; 0 when there are no rows
     */
    public double accuracy(DenseMatrix<?> inputs, int[] labels, int batch) {
        return ClassPrediction.accuracy(this, inputs, labels, batch);
    }
}
