package org.gdlab.nn.layer;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * Inverted dropout with drop probability {@code p} (PyTorch's convention; CS231n's {@code p} is
 * the keep probability {@code 1 - p}). Training: {@code out = x * m} with the mask
 * {@code m_ij = [u_ij >= p] / (1 - p)}, {@code u_ij} uniform in [0, 1), so the expected output
 * equals the input; backward {@code dx = dOut * m}. Evaluation: the identity.
 *
 * <p>The uniforms of iteration {@code t} come from {@code stream.split(t)}, so a run resumed at
 * iteration {@code t} draws the same masks as an uninterrupted one, and passes with the same
 * iteration number use the same mask (which the gradient check needs).
 */
public final class Dropout implements Layer {
    private final int size;
    private final double p;
    private final RandomStream stream;

    /**
     * Dropout on {@code size} features with drop probability {@code p} in (0, 1).
     *
     * @param size the number of features, both in and out
     * @param p the probability of dropping each unit, in (0, 1)
     * @param stream the random stream the masks are drawn from
     */
    public Dropout(int size, double p, RandomStream stream) {
        if (!(p > 0 && p < 1)) {
            throw Check.invalid("dropout", p, "must be in (0, 1) (the probability of dropping a unit)");
        }
        this.size = size;
        this.p = p;
        this.stream = stream;
    }

    @Override
    public String describe() {
        return "dropout(" + p + ")";
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    /** The buffers of a dropout layer: the mask besides the {@link RowCache}. */
    static final class DropoutCache extends RowCache {
        final DenseMatrix<?> mask;
        final Access maskAccess;
        boolean trained;

        DropoutCache(Precision precision, int batch, int size) {
            super(precision, batch, size);
            mask = precision.zeros(batch, size);
            maskAccess = Access.of(mask);
        }
    }

    @Override
    public Cache newCache(Precision precision, int batch) {
        return new DropoutCache(precision, batch, size);
    }

    @Override
    public DenseMatrix<?> forward(DenseMatrix<?> x, Cache cache, boolean training, long iteration) {
        DropoutCache c = (DropoutCache) cache;
        c.trained = training;
        if (!training) {
            return x;
        }
        Access m = c.maskAccess;
        int n = x.rows();
        RandomStream draws = stream.split(iteration);
        double keep = 1 / (1 - p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < size; j++) {
                m.set(i, j, draws.uniform() >= p ? keep : 0);
            }
        }
        multiply(c.in(x), m, c.outAccess, n, c);
        return c.out;
    }

    @Override
    public DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache, ParameterGradients parameterGradients) {
        DropoutCache c = (DropoutCache) cache;
        if (!c.trained) {
            return dOut;
        }
        multiply(c.upstream(dOut), c.maskAccess, c.dxAccess, dOut.rows(), c);
        return c.dx;
    }

    /** {@code out <- x * y} element by element over {@code n} rows, through the cache's row arrays. */
    private void multiply(Access x, Access y, Access out, int n, DropoutCache c) {
        for (int i = 0; i < n; i++) {
            x.getRow(i, c.a, size);
            y.getRow(i, c.b, size);
            for (int j = 0; j < size; j++) {
                c.a[j] *= c.b[j];
            }
            out.setRow(i, c.a, size);
        }
    }
}
