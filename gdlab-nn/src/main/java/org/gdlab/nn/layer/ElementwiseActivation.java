package org.gdlab.nn.layer;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * An activation {@code out = f(z)} applied to every element, whose derivative can be read from
 * the output alone, so the cache holds just the output: backward is
 * {@code dz = dOut * f'(z)} with {@code f'(z)} computed as {@link #slopeAtOutput(double)}.
 */
public abstract sealed class ElementwiseActivation implements Layer permits Relu, LeakyRelu, Tanh {
    private final int size;

    /** An activation on {@code size} features. */
    protected ElementwiseActivation(int size) {
        this.size = size;
    }

    /** {@code f(z)}. */
    protected abstract double value(double z);

    /** {@code f'(z)} expressed through {@code out = f(z)}. */
    protected abstract double slopeAtOutput(double out);

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    /** The buffers of an activation. */
    static final class ActivationCache implements Cache {
        final DenseMatrix<?> out;
        final DenseMatrix<?> dz;
        final Access outAccess;
        final Access dzAccess;
        final double[] a;
        final double[] b;
        Access in;
        Access upstream;

        ActivationCache(Precision precision, int batch, int size) {
            a = new double[size];
            b = new double[size];
            out = precision.zeros(batch, size);
            dz = precision.zeros(batch, size);
            outAccess = Access.of(out);
            dzAccess = Access.of(dz);
        }

        @Override
        public int batch() {
            return out.rows();
        }
    }

    @Override
    public Cache newCache(Precision precision, int batch) {
        return new ActivationCache(precision, batch, size);
    }

    @Override
    public DenseMatrix<?> forward(DenseMatrix<?> x, Cache cache, boolean training, long iteration) {
        ActivationCache c = (ActivationCache) cache;
        c.in = Access.reuse(c.in, x);
        Access in = c.in;
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
    public DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache) {
        ActivationCache c = (ActivationCache) cache;
        c.upstream = Access.reuse(c.upstream, dOut);
        Access g = c.upstream;
        Access out = c.outAccess;
        Access dz = c.dzAccess;
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
        return c.dz;
    }
}
