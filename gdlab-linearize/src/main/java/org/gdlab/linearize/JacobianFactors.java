package org.gdlab.linearize;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.layer.BatchNorm;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.layer.ParameterGradients;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.LayerStack;
import org.gdlab.nn.tensor.Access;

/**
 * The factors of a network's Jacobian over {@code n} inputs, one pair per affine layer
 * {@code z_l = a_l W_l + b_l}:
 * {@code A_l} ({@code n x fanIn}, row {@code i} the layer's input {@code a_l(x_i)}) and
 * {@code D_l} ({@code n x fanOut}, row {@code i} the gradient {@code df(x_i)/dz_l} of the scalar
 * output with respect to the layer's pre-activations). The features of input {@code i} are then
 * {@code df/dW_l = a_l(x_i)^T d_l(x_i)} (an outer product) and {@code df/db_l = d_l(x_i)}.
 *
 * <p>Computed with one batched forward pass in evaluation mode and one backward pass of the
 * output (not of a loss, and without the parameter gradients), seeded with {@code df/dscores = c} (see {@link ScalarOutput}), on a
 * {@link LayerStack} of the network's own layers, which keeps {@code a_l} and {@code d_l}
 * ({@link LayerStack#affineInput}, {@link LayerStack#affineUpstream}). The factors are float64
 * whatever the network's precision.
 *
 * @param a {@code A_l} for {@code l = 1..L}
 * @param d {@code D_l} for {@code l = 1..L}
 * @param outputs {@code f(x_i)}, the scalar output at each input
 */
public record JacobianFactors(List<MatrixF64> a, List<MatrixF64> d, double[] outputs) {

    /**
     * The factors of {@code net} at the rows of {@code inputs}.
     *
     * <p>The backward pass skips the parameter gradients ({@link ParameterGradients#SKIP}): the
     * network's gradients are left as they were.
     *
     * @param net the network, without batch norm
     * @param inputs {@code n x inputs}, any precision, read only
     * @param output the scalar function of the outputs that is differentiated
     * @return the factors, {@code L} pairs in layer order and the {@code n} outputs
     * @throws IllegalArgumentException when the net has batch norm (its statistics make the
     *     features depend on the whole batch), or the inputs do not fit
     */
    public static JacobianFactors of(FullyConnectedNet net, DenseMatrix<?> inputs, ScalarOutput output) {
        requireSupported(net);
        if (inputs.cols() != net.config().inputs()) {
            throw new IllegalArgumentException("linearize: inputs " + inputs.shape() + " do not fit a net of "
                    + net.config().inputs() + " inputs");
        }
        int n = inputs.rows();
        LayerStack stack = net.newLayerStack();
        DenseMatrix<?> x = stack.inputBuffer(n);
        x.copyFrom(inputs);
        DenseMatrix<?> scores = stack.forward(x, false, 0);
        DenseMatrix<?> seed = stack.outputGradient();
        double[] f = seed(scores, seed, output);
        stack.backward(seed, ParameterGradients.SKIP);
        List<MatrixF64> as = new ArrayList<>();
        List<MatrixF64> ds = new ArrayList<>();
        for (int l = 1; l <= stack.affineCount(); l++) {
            as.add(asF64(stack.affineInput(l)));
            ds.add(asF64(stack.affineUpstream(l)));
        }
        return new JacobianFactors(List.copyOf(as), List.copyOf(ds), f);
    }

    /**
     * Sets every row of {@code seed} to {@code df/dscores = c} and returns
     * {@code f(x_i) = c . scores_i} for every row {@code i}.
     */
    private static double[] seed(DenseMatrix<?> scores, DenseMatrix<?> seed, ScalarOutput output) {
        int n = scores.rows();
        int outputs = scores.cols();
        double[] f = new double[n];
        Access s = Access.of(scores);
        Access g = Access.of(seed);
        for (int j = 0; j < outputs; j++) {
            double c = output.coefficient(j, outputs);
            for (int i = 0; i < n; i++) {
                g.set(i, j, c);
                f[i] += c * s.get(i, j);
            }
        }
        return f;
    }

    /**
     * {@code m} itself when float64 (the buffers of this call's own stack are not reused), else a
     * float64 copy.
     */
    private static MatrixF64 asF64(DenseMatrix<?> m) {
        return m instanceof MatrixF64 m64 ? m64 : MatrixF64.copyOf(m);
    }

    /** Rejects networks whose features are not per-example functions of the parameters. */
    static void requireSupported(FullyConnectedNet net) {
        for (Layer layer : net.layers()) {
            if (layer instanceof BatchNorm) {
                throw new IllegalArgumentException("linearize: the network has batch norm, which is not supported: "
                        + "its features would depend on the batch; use a network without batch norm");
            }
        }
    }

    /**
     * True when every factor and output is finite (false for an overflowed network).
     *
     * @return whether every factor and output is finite
     */
    public boolean allFinite() {
        for (int l = 0; l < depth(); l++) {
            if (!a.get(l).allFinite() || !d.get(l).allFinite()) {
                return false;
            }
        }
        return java.util.Arrays.stream(outputs).allMatch(Double::isFinite);
    }

    /**
     * The number of inputs {@code n}.
     *
     * @return n, the rows of each factor
     */
    public int size() {
        return outputs.length;
    }

    /**
     * The number of affine layers {@code L}.
     *
     * @return L, the number of pairs
     */
    public int depth() {
        return a.size();
    }
}
