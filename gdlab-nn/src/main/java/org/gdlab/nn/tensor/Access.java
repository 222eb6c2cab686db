package org.gdlab.nn.tensor;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;

/**
 * Unchecked element access to a matrix of either precision, for the fused loops of the layers,
 * losses and optimizers: element (i, j) is {@code at(i * stride() + j)}, read and written as a
 * double (a float32 store rounds once, so one float operation done in double and stored gives
 * the float result). One copy of each loop serves both precisions; in a run of one precision
 * the JIT sees one subclass and inlines it.
 */
public abstract sealed class Access permits Access.F32, Access.F64 {
    /** The distance between two rows. */
    protected final int stride;

    private Access(int stride) {
        this.stride = stride;
    }

    /** Access to the elements of {@code m}. */
    public static Access of(DenseMatrix<?> m) {
        if (m instanceof MatrixF32 f) {
            return new F32(f);
        }
        return new F64((MatrixF64) m);
    }

    /** The row stride of the matrix. */
    public final int stride() {
        return stride;
    }

    /** The element at position {@code k = i * stride() + j}. */
    public abstract double at(int k);

    /** Sets the element at position {@code k = i * stride() + j}. */
    public abstract void put(int k, double value);

    /** Element (i, j). */
    public final double get(int i, int j) {
        return at(i * stride + j);
    }

    /** Sets element (i, j). */
    public final void set(int i, int j, double value) {
        put(i * stride + j, value);
    }

    /** Float32 access. */
    static final class F32 extends Access {
        private final FloatBuffer data;
        private final int offset;

        F32(MatrixF32 m) {
            super(m.stride());
            this.data = m.buffer();
            this.offset = m.offset();
        }

        @Override
        public double at(int k) {
            return data.get(offset + k);
        }

        @Override
        public void put(int k, double value) {
            data.put(offset + k, (float) value);
        }
    }

    /** Float64 access. */
    static final class F64 extends Access {
        private final DoubleBuffer data;
        private final int offset;

        F64(MatrixF64 m) {
            super(m.stride());
            this.data = m.buffer();
            this.offset = m.offset();
        }

        @Override
        public double at(int k) {
            return data.get(offset + k);
        }

        @Override
        public void put(int k, double value) {
            data.put(offset + k, value);
        }
    }
}
