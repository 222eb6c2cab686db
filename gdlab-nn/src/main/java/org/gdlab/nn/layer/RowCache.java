package org.gdlab.nn.layer;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * The buffers shared by the layers whose output has the input's shape {@code n x d} and whose
 * loops run a row at a time on heap arrays (activations, dropout, batch norm): the output, the
 * input gradient, their {@link Access}, two {@code double[d]} rows, and access to the input and
 * upstream gradient last handed in (kept while the same matrices come back, so nothing is
 * allocated pass after pass).
 */
abstract class RowCache implements Layer.Cache {
    final DenseMatrix<?> out;
    final DenseMatrix<?> dx;
    final Access outAccess;
    final Access dxAccess;
    final double[] a;
    final double[] b;
    private Access in;
    private Access upstream;

    RowCache(Precision precision, int batch, int d) {
        out = precision.zeros(batch, d);
        dx = precision.zeros(batch, d);
        outAccess = Access.of(out);
        dxAccess = Access.of(dx);
        a = new double[d];
        b = new double[d];
    }

    /** Access to the forward input {@code x}. */
    final Access in(DenseMatrix<?> x) {
        in = Access.reuse(in, x);
        return in;
    }

    /** Access to the upstream gradient {@code dOut}. */
    final Access upstream(DenseMatrix<?> dOut) {
        upstream = Access.reuse(upstream, dOut);
        return upstream;
    }

    @Override
    public final int batch() {
        return out.rows();
    }
}
