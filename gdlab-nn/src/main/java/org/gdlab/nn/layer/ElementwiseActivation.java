package org.gdlab.nn.layer;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * An activation {@code out = f(z)} applied to every element, whose derivative can be read from
 * the output alone, so the cache holds just the output: backward is
 * {@code dz = dOut * f'(z)} with {@code f'(z)} computed as {@link #slopeAtOutput(double)}.
 *
 * <p>Float32 batches are copied in bulk into heap {@code float[]} arrays and transformed there by
 * {@link #apply(float[], int)} and {@link #applyGradient(float[], float[], int)}, whose defaults
 * call {@link #value} and {@link #slopeAtOutput}; a subclass may override them with a loop the
 * JIT vectorizes (the tests hold both paths equal). Float64 goes a row at a time through
 * {@link Access}.
 */
public abstract sealed class ElementwiseActivation implements Layer permits Relu, LeakyRelu, Tanh {
    private final int size;

    /**
     * An activation on {@code size} features.
     *
     * @param size the number of features, both in and out
     */
    protected ElementwiseActivation(int size) {
        this.size = size;
    }

    /**
     * {@code f(z)}.
     *
     * @param z the pre-activation
     * @return {@code f(z)}
     */
    protected abstract double value(double z);

    /**
     * {@code f'(z)} expressed through {@code out = f(z)}.
     *
     * @param out the activation's output {@code f(z)}
     * @return {@code f'(z)}
     */
    public abstract double slopeAtOutput(double out);

    /**
     * {@code f''(z)} expressed through {@code out = f(z)}, for Hessian-vector products (0 for the
     * piecewise-linear rectifiers, whose kinks have measure zero).
     *
     * @param out the activation's output {@code f(z)}
     * @return {@code f''(z)}
     */
    public abstract double curvatureAtOutput(double out);

    /**
     * {@code z[k] <- f(z[k])} for {@code k < n}, in float32.
     *
     * @param z the pre-activations, overwritten by the activations
     * @param n the number of entries to apply it to, from the start of {@code z}
     */
    protected void apply(float[] z, int n) {
        for (int k = 0; k < n; k++) {
            z[k] = (float) value(z[k]);
        }
    }

    /**
     * {@code g[k] <- g[k] f'(z_k)} for {@code k < n}, with {@code out[k] = f(z_k)}, in float32.
     *
     * @param g the output gradient, overwritten by the input gradient
     * @param out the outputs {@code f(z)} of the forward pass
     * @param n the number of entries, from the start of both arrays
     */
    protected void applyGradient(float[] g, float[] out, int n) {
        for (int k = 0; k < n; k++) {
            g[k] *= (float) slopeAtOutput(out[k]);
        }
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    /** The buffers of an activation: the {@link RowCache}, and for float32 two heap copies of a whole batch. */
    static final class ActivationCache extends RowCache {
        final float[] a32;
        final float[] b32;

        ActivationCache(Precision precision, int batch, int size) {
            super(precision, batch, size);
            a32 = precision == Precision.FLOAT32 ? new float[batch * size] : null;
            b32 = precision == Precision.FLOAT32 ? new float[batch * size] : null;
        }
    }

    @Override
    public Cache newCache(Precision precision, int batch) {
        return new ActivationCache(precision, batch, size);
    }

    @Override
    public DenseMatrix<?> forward(DenseMatrix<?> x, Cache cache, boolean training, long iteration) {
        ActivationCache c = (ActivationCache) cache;
        int count = x.rows() * size;
        if (x instanceof MatrixF32 x32 && x32.isContiguous() && c.out instanceof MatrixF32 out32) {
            x32.buffer().get(x32.offset(), c.a32, 0, count);
            apply(c.a32, count);
            out32.buffer().put(out32.offset(), c.a32, 0, count);
            return c.out;
        }
        Access in = c.in(x);
        Access out = c.outAccess;
        int n = x.rows();
        double[] a = c.a;
        for (int i = 0; i < n; i++) {
            in.getRow(i, a, size);
            for (int j = 0; j < size; j++) {
                a[j] = value(a[j]);
            }
            out.setRow(i, a, size);
        }
        return c.out;
    }

    @Override
    public DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache, ParameterGradients parameterGradients) {
        ActivationCache c = (ActivationCache) cache;
        int count = c.out.rows() * size;
        if (dOut instanceof MatrixF32 g32 && g32.isContiguous() && c.out instanceof MatrixF32 out32) {
            MatrixF32 dz32 = (MatrixF32) c.dx;
            g32.buffer().get(g32.offset(), c.a32, 0, count);
            out32.buffer().get(out32.offset(), c.b32, 0, count);
            applyGradient(c.a32, c.b32, count);
            dz32.buffer().put(dz32.offset(), c.a32, 0, count);
            return c.dx;
        }
        Access g = c.upstream(dOut);
        Access out = c.outAccess;
        Access dz = c.dxAccess;
        int n = c.out.rows();
        double[] a = c.a;
        double[] b = c.b;
        for (int i = 0; i < n; i++) {
            g.getRow(i, a, size);
            out.getRow(i, b, size);
            for (int j = 0; j < size; j++) {
                a[j] *= slopeAtOutput(b[j]);
            }
            dz.setRow(i, a, size);
        }
        return c.dx;
    }
}
