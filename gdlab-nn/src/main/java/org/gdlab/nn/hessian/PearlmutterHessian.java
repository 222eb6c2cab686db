package org.gdlab.nn.hessian;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.layer.Affine;
import org.gdlab.nn.layer.ElementwiseActivation;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.Parameter;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * The Hessian {@code H = d^2 L / dtheta^2} of a network's training loss on a fixed batch,
 * {@code L(theta) = loss(f(X; theta)) + 0.5 reg sum_l ||W_l||_F^2} (the total
 * {@link FullyConnectedNet#lossAndGradients} trains on, with the loss's own normalization), as an
 * exact product {@code v -> H v} by Pearlmutter's R-operator {@code R{.} = d/dr (.)(theta + r v)|_0}
 * pushed through the layer stack in float64.
 *
 * <p>The forward and backward pass at {@code theta} run once, when the operator is built, through
 * the layers' own code (on a float64 copy of the net): the input {@code a_{l-1}}, pre-activation
 * and output of each layer and the upstream gradient {@code delta} each layer received; the loss
 * and gradient at {@code theta} are the net's own training pass (its L2 penalty included). A product
 * then costs one R-forward and one R-backward pass, about two gradient passes:
 * <pre>
 *   affine      R z = R a_{l-1} W + a_{l-1} V_W + 1 V_b          (R a_0 = 0)
 *   activation  R a = f'(z) * R z
 *   loss        R delta_out = (d^2 loss / d o^2) R o             ({@link Loss#curvatureProduct})
 *   activation  R delta_z = f'(z) * R delta_a + f''(z) * delta_a * R z
 *   affine      (H v)_W = R a_{l-1}^T delta + a_{l-1}^T R delta + reg V_W,  (H v)_b = colsum R delta,
 *               R delta_{l-1} = R delta W^T + delta V_W^T
 * </pre>
 * Why exact and not central differences of gradients: on a ReLU net the gradient jumps where a
 * pre-activation crosses 0, and a difference across a jump is off by {@code O(1/h)}; with
 * thousands of units on a batch some cross for any step {@code h}, and the result is no longer
 * symmetric (measured: Ritz values above the top eigenvalue). The R-operator takes
 * {@code f''} as 0 away from the kinks, the Hessian autograd frameworks compute. The tests hold
 * it to second differences of the loss on a smooth net and to least squares' closed form.
 *
 * <p>Nets of affine layers and elementwise activations only (no batch norm, no dropout). Not
 * thread-safe; the given net is not touched.
 */
public final class PearlmutterHessian implements SymmetricOperator {
    /** The largest batch gdlab's commands measure on: the batch is held in float64 through every layer. */
    public static final int MAX_EXAMPLES = 60_000;

    private final Loss loss;
    private final double reg;
    private final int n;
    private final int dimension;
    private final double value;
    private final double[] gradient;
    private final List<Stage> stages = new ArrayList<>();
    private final MatrixF64 direction;
    private final MatrixF64 product;
    private final MatrixF64 scores;
    private final MatrixF64 rScores;
    private final MatrixF64 rDelta;
    private final Access rDeltaAccess;
    private long products;

    /**
     * One layer: what the pass at theta left (its input, output and the upstream gradient it
     * received), its R-pass buffers ({@code rOut = R{output}}, {@code rIn = R{delta of its input}},
     * absent for the first layer), and for an affine layer the views of {@code v} and {@code H v}
     * at its parameters.
     */
    private static final class Stage {
        final Layer layer;
        final MatrixF64 input;
        final MatrixF64 output;
        final MatrixF64 rOut;
        final MatrixF64 rIn;
        final Access outAccess;
        final Access rOutAccess;
        final Access rInAccess;
        final double[][] rows;
        MatrixF64 upstream;
        Access upstreamAccess;
        MatrixF64 vWeight;
        MatrixF64 vBias;
        MatrixF64 hWeight;
        MatrixF64 hBias;

        Stage(Layer layer, MatrixF64 input, MatrixF64 output, boolean first) {
            this.layer = layer;
            this.input = input;
            this.output = output;
            int n = output.rows();
            this.rOut = MatrixF64.zeros(n, layer.outputSize());
            this.rIn = first ? null : MatrixF64.zeros(n, layer.inputSize());
            this.outAccess = Access.of(output);
            this.rOutAccess = Access.of(rOut);
            this.rInAccess = first ? null : Access.of(rIn);
            this.rows = new double[4][layer.outputSize()];
        }
    }

    /**
     * The Hessian at {@code source}'s current parameters on the batch {@code inputs}.
     *
     * @param source read only: its config and parameter values are copied into a float64 net
     * @param inputs the {@code n x inputs} batch, read only: a float64 batch is used in place (keep it
     *     unchanged while the operator is used), a float32 one is copied to float64
     * @param loss the loss bound to the batch's targets
     * @param reg the L2 strength, >= 0
     * @throws IllegalArgumentException when the net has batch norm or dropout, or the batch does not fit
     */
    public PearlmutterHessian(FullyConnectedNet source, DenseMatrix<?> inputs, Loss loss, double reg) {
        if (source.config().dropout() > 0 || source.config().batchNorm()) {
            throw Check.invalid("network", source.config().describe() + (source.config().batchNorm() ? " with batch norm"
                    : " with dropout"), "must have affine layers and activations only for a Hessian");
        }
        if (inputs.cols() != source.config().inputs() || inputs.rows() < 1) {
            throw new IllegalArgumentException("Hessian: batch " + inputs.shape() + " does not fit a net of "
                    + source.config().inputs() + " inputs");
        }
        Check.finite("reg", Check.nonNegative("reg", reg));
        FullyConnectedNet net = new FullyConnectedNet(source.config().withPrecision(Precision.FLOAT64), new RandomStream(0));
        net.parameters().values().copyFrom(source.parameters().values());
        this.loss = loss;
        this.reg = reg;
        this.n = inputs.rows();
        this.dimension = net.parameters().trainableSize();
        this.direction = MatrixF64.zeros(1, dimension);
        this.product = MatrixF64.zeros(1, dimension);
        List<Layer.Cache> caches = new ArrayList<>();
        MatrixF64 x = inputs instanceof MatrixF64 f ? f : MatrixF64.copyOf(inputs);
        MatrixF64 h = x;
        for (Layer layer : net.layers()) {
            Layer.Cache cache = layer.newCache(Precision.FLOAT64, n);
            Stage s = new Stage(layer, h, (MatrixF64) layer.forward(h, cache, true, 0), stages.isEmpty());
            if (layer instanceof Affine a) {
                s.vWeight = view(direction, a.weight());
                s.hWeight = view(product, a.weight());
                s.vBias = a.bias() == null ? null : view(direction, a.bias());
                s.hBias = a.bias() == null ? null : view(product, a.bias());
            } else if (!(layer instanceof ElementwiseActivation)) {
                throw Check.invalid("layer", layer.describe(), "must be affine or an activation for a Hessian");
            }
            stages.add(s);
            caches.add(cache);
            h = s.output;
        }
        this.scores = h;
        this.rScores = stages.get(stages.size() - 1).rOut;
        this.rDelta = MatrixF64.zeros(n, scores.cols());
        this.rDeltaAccess = Access.of(rDelta);
        MatrixF64 dScores = MatrixF64.zeros(n, scores.cols());
        loss.lossAndGradient(scores, dScores, 0, n);
        DenseMatrix<?> g = dScores;
        for (int i = stages.size() - 1; i >= 0; i--) {
            stages.get(i).upstream = (MatrixF64) g;
            stages.get(i).upstreamAccess = Access.of(g);
            g = stages.get(i).layer.backward(g, caches.get(i));
        }
        this.value = net.lossAndGradients(x, loss, reg, 0);
        this.gradient = net.parameters().gradients().toDoubleArray();
    }

    private static MatrixF64 view(MatrixF64 flat, Parameter p) {
        return flat.reshapedView(p.first(), p.spec().rows(), p.spec().cols());
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /**
     * The number of examples in the batch.
     *
     * @return the batch size {@code n} of the loss
     */
    public int examples() {
        return n;
    }

    /**
     * The loss {@code L(theta)}.
     *
     * @return the batch's mean loss at theta plus {@code 0.5 reg sum_l ||W_l||_F^2}
     */
    public double loss() {
        return value;
    }

    /**
     * A copy of the gradient {@code dL/dtheta} at theta.
     *
     * @return a new array of length {@link #dimension()}
     */
    public double[] gradient() {
        return gradient.clone();
    }

    /**
     * The number of products computed.
     *
     * @return the count of Hessian-vector products since construction
     */
    public long products() {
        return products;
    }

    @Override
    public void apply(double[] v, double[] out) {
        if (v.length != dimension || out.length != dimension || v == out) {
            throw new IllegalArgumentException("Hessian-vector product: vectors of " + v.length + " and " + out.length
                    + " numbers (distinct) for " + dimension + " parameters");
        }
        direction.buffer().put(0, v, 0, dimension);
        for (int i = 0; i < stages.size(); i++) {
            rForward(stages.get(i), i > 0 ? stages.get(i - 1) : null);
        }
        loss.curvatureProduct(scores, rScores, rDelta, 0, n);
        for (int i = stages.size() - 1; i >= 0; i--) {
            Stage s = stages.get(i);
            boolean top = i == stages.size() - 1;
            rBackward(s, top ? rDelta : stages.get(i + 1).rIn, top ? rDeltaAccess : stages.get(i + 1).rInAccess,
                    i > 0 ? stages.get(i - 1) : null);
        }
        product.buffer().get(0, out, 0, dimension);
        products++;
    }

    /** {@code s.rOut <- R{output}} from the stage below's {@code rOut = R{input}} (none for the batch, which does not move). */
    private void rForward(Stage s, Stage below) {
        if (s.layer instanceof Affine a) {
            if (s.vBias != null) {
                double[] row = s.rows[0];
                s.vBias.buffer().get(s.vBias.offset(), row, 0, row.length);
                s.rOutAccess.setRows(n, row, row.length);
            }
            Precision.gemm(1, s.input, false, s.vWeight, false, s.vBias != null ? 1 : 0, s.rOut);
            if (below != null) {
                Precision.gemm(1, below.rOut, false, a.weight().value(), false, 1, s.rOut);
            }
        } else {
            ElementwiseActivation f = (ElementwiseActivation) s.layer;
            int d = f.outputSize();
            double[] r = s.rows[0];
            double[] y = s.rows[1];
            for (int i = 0; i < n; i++) {
                below.rOutAccess.getRow(i, r, d);
                s.outAccess.getRow(i, y, d);
                for (int j = 0; j < d; j++) {
                    r[j] *= f.slopeAtOutput(y[j]);
                }
                s.rOutAccess.setRow(i, r, d);
            }
        }
    }

    /**
     * The R-backward step of one stage from {@code rUp = R{delta of its output}}: an affine
     * layer's part of {@code H v}, and {@code s.rIn <- R{delta of its input}} (not for the first layer).
     */
    private void rBackward(Stage s, MatrixF64 rUp, Access rUpAccess, Stage below) {
        if (s.layer instanceof Affine a) {
            Precision.gemm(1, s.input, true, rUp, false, 0, s.hWeight);
            if (below != null) {
                Precision.gemm(1, below.rOut, true, s.upstream, false, 1, s.hWeight);
            }
            if (reg != 0) {
                Precision.axpy(reg, s.vWeight, s.hWeight);
            }
            if (s.hBias != null) {
                double[] sums = s.rows[0];
                java.util.Arrays.fill(sums, 0);
                rUpAccess.addColumnSums(n, sums, sums.length);
                s.hBias.buffer().put(s.hBias.offset(), sums, 0, sums.length);
            }
            if (below != null) {
                Precision.gemm(1, rUp, false, a.weight().value(), true, 0, s.rIn);
                Precision.gemm(1, s.upstream, false, s.vWeight, true, 1, s.rIn);
            }
        } else {
            ElementwiseActivation f = (ElementwiseActivation) s.layer;
            int d = f.outputSize();
            double[] r = s.rows[0];
            double[] y = s.rows[1];
            double[] g = s.rows[2];
            double[] z = s.rows[3];
            for (int i = 0; i < n; i++) {
                rUpAccess.getRow(i, r, d);
                s.outAccess.getRow(i, y, d);
                s.upstreamAccess.getRow(i, g, d);
                below.rOutAccess.getRow(i, z, d);
                for (int j = 0; j < d; j++) {
                    r[j] = f.slopeAtOutput(y[j]) * r[j] + f.curvatureAtOutput(y[j]) * g[j] * z[j];
                }
                s.rInAccess.setRow(i, r, d);
            }
        }
    }
}
