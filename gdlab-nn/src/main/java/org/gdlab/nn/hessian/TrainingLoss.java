package org.gdlab.nn.hessian;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;

/**
 * The training loss of a network on a fixed batch as a function of its trainable parameters
 * {@code theta}: {@code L(theta) = loss(f(X; theta)) + 0.5 reg sum_l ||W_l||_F^2}, the same total
 * {@link FullyConnectedNet#lossAndGradients} trains on (the loss's own normalization: the mean
 * over rows, and for {@link org.gdlab.nn.loss.MeanSquaredError} over outputs too).
 *
 * <p>It works on its own float64 copy of the network (the same architecture, the parameters
 * copied from the given net, which is not touched), so the Hessian is measured in float64 even
 * for a float32 training run. The forward pass is in training mode (batch statistics for batch
 * norm, as in training); nets with dropout are refused, since their loss is random. Not
 * thread-safe.
 */
public final class TrainingLoss {
    private final FullyConnectedNet net;
    private final MatrixF64 inputs;
    private final Loss loss;
    private final double reg;
    private final double[] theta;
    private long evaluations;

    /**
     * The loss of {@code source}'s parameters on {@code inputs}.
     *
     * @param source read only: its config and current parameter values are copied
     * @param inputs the {@code n x inputs} batch (either precision), copied to float64
     * @param loss the loss bound to the batch's targets
     * @param reg the L2 strength, >= 0
     * @throws IllegalArgumentException when the net has dropout, or the batch does not fit it
     */
    public TrainingLoss(FullyConnectedNet source, DenseMatrix<?> inputs, Loss loss, double reg) {
        NetConfig config = source.config();
        if (config.dropout() > 0) {
            throw Check.invalid("dropout", config.dropout(), "must be 0 for a Hessian (a dropout net's loss is random)");
        }
        if (inputs.cols() != config.inputs() || inputs.rows() < 1) {
            throw new IllegalArgumentException("training loss: batch " + inputs.shape() + " does not fit a net of "
                    + config.inputs() + " inputs");
        }
        Check.nonNegative("reg", reg);
        this.net = new FullyConnectedNet(config.withPrecision(Precision.FLOAT64), new RandomStream(0));
        this.net.parameters().values().copyFrom(source.parameters().values());
        this.inputs = MatrixF64.copyOf(inputs);
        this.loss = loss;
        this.reg = reg;
        this.theta = net.parameters().trainableValues().toDoubleArray();
    }

    /** The number of trainable parameters {@code P}. */
    public int dimension() {
        return theta.length;
    }

    /** The number of examples in the batch. */
    public int examples() {
        return inputs.rows();
    }

    /** A copy of the parameters {@code theta} the loss was built at. */
    public double[] parameters() {
        return theta.clone();
    }

    /** How many gradients {@link #lossAndGradient} has computed. */
    public long evaluations() {
        return evaluations;
    }

    /**
     * {@code L(point)} and its gradient.
     *
     * @param point length {@code P}, read only
     * @param gradient length {@code P}, overwritten with {@code dL/dtheta} at {@code point}
     * @return {@code L(point)}
     */
    public double lossAndGradient(double[] point, double[] gradient) {
        set(point);
        double value = net.lossAndGradients(inputs, loss, reg, 0);
        MatrixF64 g = (MatrixF64) net.parameters().gradients();
        g.buffer().get(g.offset(), gradient, 0, theta.length);
        evaluations++;
        return value;
    }

    /** {@code L(point)}, by the same pass (its gradient is discarded). */
    public double loss(double[] point) {
        set(point);
        evaluations++;
        return net.lossAndGradients(inputs, loss, reg, 0);
    }

    private void set(double[] point) {
        if (point.length != theta.length) {
            throw new IllegalArgumentException("training loss: a point of " + point.length + " numbers for "
                    + theta.length + " parameters");
        }
        MatrixF64 v = (MatrixF64) net.parameters().values();
        v.buffer().put(v.offset(), point, 0, point.length);
    }
}
