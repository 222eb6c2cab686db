package org.gdlab.nn.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.tensor.Precision;

/**
 * All parameters of a network in one flat off-heap vector, so an optimizer updates them in one
 * tight loop and a checkpoint copies them in one piece. Each layer works on views of it.
 *
 * <p>Layout: the trainable parameters first, in the order given, filling elements
 * {@code [0, trainableSize())} of {@link #values()} and the whole of {@link #gradients()}; the
 * state (batch-norm running statistics) after them, in {@code [trainableSize(), size())}.
 */
public final class ParameterStore {
    private final Precision precision;
    private final DenseMatrix<?> values;
    private final DenseMatrix<?> gradients;
    private final int trainable;
    private final List<Parameter> parameters;

    /**
     * Allocates storage (zeros) for {@code specs}.
     *
     * @param precision the number format of values and gradients
     * @param specs the parameters, in the order of {@link #parameters()}; the trainable ones are laid out
     *     first in the flat vectors
     */
    public ParameterStore(Precision precision, List<ParameterSpec> specs) {
        this.precision = precision;
        int p = 0;
        int s = 0;
        for (ParameterSpec spec : specs) {
            if (spec.trainable()) {
                p += spec.size();
            } else {
                s += spec.size();
            }
        }
        this.trainable = p;
        this.values = precision.zeros(1, p + s);
        this.gradients = precision.zeros(1, p);
        List<Parameter> list = new ArrayList<>();
        int nextTrainable = 0;
        int nextState = p;
        for (ParameterSpec spec : specs) {
            if (spec.trainable()) {
                list.add(new Parameter(spec, nextTrainable,
                        values.reshapedView(nextTrainable, spec.rows(), spec.cols()),
                        gradients.reshapedView(nextTrainable, spec.rows(), spec.cols())));
                nextTrainable += spec.size();
            } else {
                list.add(new Parameter(spec, nextState, values.reshapedView(nextState, spec.rows(), spec.cols()), null));
                nextState += spec.size();
            }
        }
        this.parameters = Collections.unmodifiableList(list);
    }

    /**
     * The precision of every matrix.
     *
     * @return float32 or float64
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Every parameter, in the order of the specs.
     *
     * @return the parameters, each with views of the flat vectors
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * The parameter named {@code name}.
     *
     * @param name the parameter's name, e.g. {@code "W1"}
     * @return the parameter; an {@code IllegalArgumentException} listing the names when there is none
     */
    public Parameter get(String name) {
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no parameter named " + name + "; the parameters are "
                + parameters.stream().map(Parameter::name).toList());
    }

    /**
     * The flat {@code 1 x size()} vector of all values, trainable first, state last.
     *
     * @return a view of the storage: writing to it changes the parameters
     */
    public DenseMatrix<?> values() {
        return values;
    }

    /**
     * The flat {@code 1 x trainableSize()} vector of the gradients of the trainable parameters.
     *
     * @return a view of the storage the layers' backward accumulates into
     */
    public DenseMatrix<?> gradients() {
        return gradients;
    }

    /**
     * The first {@code trainableSize()} elements of {@link #values()}: what the optimizer updates.
     *
     * @return a {@code 1 x trainableSize()} view of {@link #values()}
     */
    public DenseMatrix<?> trainableValues() {
        return values.reshapedView(0, 1, trainable);
    }

    /**
     * The number of trainable numbers.
     *
     * @return the total size of the trainable parameters
     */
    public int trainableSize() {
        return trainable;
    }

    /**
     * The number of numbers, state included.
     *
     * @return the total size of every parameter and state matrix
     */
    public int size() {
        return values.cols();
    }

    /**
     * The parameters again, in the same order, sharing this store's values but with the
     * trainable ones' gradients as views of {@code gradients} (a {@code 1 x trainableSize()}
     * vector of this precision at the same offsets): the parameters of a replica of the layers
     * that accumulates its own gradient.
     *
     * @param gradients the replica's {@code 1 x trainableSize()} gradient vector, of this store's precision
     * @return one parameter per spec, in order, with the same values and gradients in {@code gradients} (null
     *     for state)
     */
    public List<Parameter> withGradients(DenseMatrix<?> gradients) {
        if (gradients.rows() != 1 || gradients.cols() != trainable || Precision.of(gradients) != precision) {
            throw new IllegalArgumentException("replica gradients " + gradients.shape() + " " + Precision.of(gradients).label()
                    + " do not fit 1x" + trainable + " " + precision.label());
        }
        List<Parameter> list = new ArrayList<>();
        for (Parameter p : parameters) {
            list.add(p.gradient() == null ? p : new Parameter(p.spec(), p.first(), p.value(),
                    gradients.reshapedView(p.first(), p.spec().rows(), p.spec().cols())));
        }
        return Collections.unmodifiableList(list);
    }

    /** Sets every gradient to zero (before a backward pass accumulates into them). */
    public void zeroGradients() {
        if (gradients instanceof MatrixF32 g) {
            Pointer.memset(g.pointer(), 0, (long) trainable * Float.BYTES);
        } else {
            Pointer.memset(((MatrixF64) gradients).pointer(), 0, (long) trainable * Double.BYTES);
        }
    }
}
