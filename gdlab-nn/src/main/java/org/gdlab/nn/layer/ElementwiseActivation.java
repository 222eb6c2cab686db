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

        ActivationCache(Precision precision, int batch, int size) {
            out = precision.zeros(batch, size);
            dz = precision.zeros(batch, size);
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
        Access in = Access.of(x);
        Access out = Access.of(c.out);
        int n = x.rows();
        for (int i = 0; i < n; i++) {
            int a = i * in.stride();
            int b = i * out.stride();
            for (int j = 0; j < size; j++) {
                out.put(b + j, value(in.at(a + j)));
            }
        }
        return c.out;
    }

    @Override
    public DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache) {
        ActivationCache c = (ActivationCache) cache;
        Access g = Access.of(dOut);
        Access out = Access.of(c.out);
        Access dz = Access.of(c.dz);
        int n = c.out.rows();
        for (int i = 0; i < n; i++) {
            int a = i * g.stride();
            int b = i * out.stride();
            for (int j = 0; j < size; j++) {
                dz.put(b + j, g.at(a + j) * slopeAtOutput(out.at(b + j)));
            }
        }
        return c.dz;
    }
}
