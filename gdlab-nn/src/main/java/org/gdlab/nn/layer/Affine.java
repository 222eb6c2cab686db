package org.gdlab.nn.layer;

import java.util.Arrays;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.model.Parameter;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * The affine map {@code out = x W + b} with {@code W} of shape {@code in x out} and the bias
 * {@code b} of shape {@code 1 x out} added to every row.
 *
 * <p>Backward: {@code dW += x^T dOut}, {@code db += sum over rows of dOut},
 * {@code dx = dOut W^T}. The products are OpenBLAS GEMMs with transpose flags (no transposed
 * copies); the bias is first copied into every row of the output, which the GEMM then adds to,
 * and {@code db} is summed a row at a time on heap arrays, in the matrices' precision (both are
 * cheaper than OpenBLAS calls of rank 1 at these sizes). The bias may be absent ({@code out = x W}), as before a batch norm, whose
 * shift makes it redundant (its gradient would be exactly zero). The first
 * layer of a network needs no input gradient: built with {@code inputGradient = false}, it skips
 * that product and its backward returns null.
 */
public final class Affine implements Layer {
    private final Parameter weight;
    private final Parameter bias;
    private final boolean inputGradient;
    private final Access biasAccess;
    private final Access dBiasAccess;

    /**
     * An affine layer on the weight ({@code in x out}) and bias ({@code 1 x out}) parameters.
     *
     * @param weight the {@code in x out} weight
     * @param bias the {@code 1 x out} bias, or null for none
     */
    public Affine(Parameter weight, Parameter bias) {
        this(weight, bias, true);
    }

    /**
     * An affine layer whose backward computes the input gradient only when {@code inputGradient}
     * (and otherwise returns null).
     *
     * @param weight the {@code in x out} weight
     * @param bias the {@code 1 x out} bias, or null for none
     * @param inputGradient whether backward computes {@code dX = dOut W^T}; false for a first layer, whose
     *     input gradient nobody reads
     */
    public Affine(Parameter weight, Parameter bias, boolean inputGradient) {
        if (bias != null && (bias.value().rows() != 1 || bias.value().cols() != weight.value().cols())) {
            throw new IllegalArgumentException("affine: bias " + bias.value().shape() + " does not fit weight "
                    + weight.value().shape() + " (needs 1x" + weight.value().cols() + ")");
        }
        this.weight = weight;
        this.bias = bias;
        this.inputGradient = inputGradient;
        this.biasAccess = bias == null ? null : Access.of(bias.value());
        this.dBiasAccess = bias == null ? null : Access.of(bias.gradient());
    }

    /**
     * The weight parameter.
     *
     * @return the {@code in x out} weight {@code W}
     */
    public Parameter weight() {
        return weight;
    }

    /**
     * The bias parameter, or null when the layer has none.
     *
     * @return the {@code 1 x out} bias {@code b}, or null
     */
    public Parameter bias() {
        return bias;
    }

    @Override
    public String describe() {
        return "affine " + inputSize() + "->" + outputSize();
    }

    @Override
    public int inputSize() {
        return weight.value().rows();
    }

    @Override
    public int outputSize() {
        return weight.value().cols();
    }

    /** The buffers of an affine layer. */
    static final class AffineCache implements Cache {
        final DenseMatrix<?> out;
        final DenseMatrix<?> dx;
        final Access outAccess;
        final double[] row;
        final double[] sums;
        DenseMatrix<?> x;
        Access upstream;

        AffineCache(Precision precision, int batch, int in, int outSize, boolean inputGradient) {
            this.out = precision.zeros(batch, outSize);
            this.dx = inputGradient ? precision.zeros(batch, in) : null;
            this.outAccess = Access.of(out);
            this.row = new double[outSize];
            this.sums = new double[outSize];
        }

        @Override
        public int batch() {
            return out.rows();
        }
    }

    @Override
    public Cache newCache(Precision precision, int batch) {
        return new AffineCache(precision, batch, inputSize(), outputSize(), inputGradient);
    }

    @Override
    public DenseMatrix<?> forward(DenseMatrix<?> x, Cache cache, boolean training, long iteration) {
        AffineCache c = (AffineCache) cache;
        c.x = x;
        if (bias != null) {
            int d = outputSize();
            biasAccess.getRow(0, c.row, d);
            c.outAccess.setRows(x.rows(), c.row, d);
        }
        Precision.gemm(1, x, false, weight.value(), false, bias != null ? 1 : 0, c.out);
        return c.out;
    }

    @Override
    public DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache, ParameterGradients parameterGradients) {
        AffineCache c = (AffineCache) cache;
        if (parameterGradients != ParameterGradients.SKIP) {
            boolean add = parameterGradients == ParameterGradients.ADD;
            Precision.gemm(1, c.x, true, dOut, false, add ? 1 : 0, weight.gradient());
            if (bias != null) {
                int d = outputSize();
                c.upstream = Access.reuse(c.upstream, dOut);
                if (add) {
                    dBiasAccess.getRow(0, c.sums, d);
                } else {
                    Arrays.fill(c.sums, 0, d, 0);
                }
                c.upstream.addColumnSums(dOut.rows(), c.sums, d);
                dBiasAccess.setRow(0, c.sums, d);
            }
        }
        if (inputGradient) {
            Precision.gemm(1, dOut, false, weight.value(), true, 0, c.dx);
        }
        return c.dx;
    }
}
