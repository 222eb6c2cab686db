package org.gdlab.nn.layer;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.tensor.Precision;

/**
 * One stage of a network, for a minibatch of {@code n} examples, one per row.
 *
 * <p>Contract: {@link #newCache(Precision, int)} allocates, once per batch size, every buffer a
 * pass needs (nothing allocates per iteration). {@link #forward} takes the {@code n x in} input,
 * returns the {@code n x out} output (a buffer of the cache) and leaves in the cache exactly what
 * backward needs. {@link #backward} takes the {@code n x out} upstream gradient, returns the
 * {@code n x in} input gradient (a buffer of the cache) and <em>adds</em> the parameter gradients
 * to the gradients of its parameters, or writes them over those gradients, or leaves them alone,
 * as {@link ParameterGradients} asks. The input given to forward must stay unchanged until
 * backward has run.
 */
public interface Layer {
    /** The buffers of one layer for one batch size. */
    interface Cache {
        /**
         * The number of examples the buffers hold.
         *
         * @return the batch size {@code n} the buffers were allocated for
         */
        int batch();
    }

    /**
     * A short description, e.g. {@code "affine 784->100"}.
     *
     * @return one line naming the kind of layer and its sizes
     */
    String describe();

    /**
     * The number of input features.
     *
     * @return {@code in}, the columns of the {@code n x in} input
     */
    int inputSize();

    /**
     * The number of output features.
     *
     * @return {@code out}, the columns of the {@code n x out} output
     */
    int outputSize();

    /**
     * New buffers for batches of {@code batch} examples.
     *
     * @param precision the number format of the buffers (float32 or float64)
     * @param batch the number of examples {@code n} per batch, {@code > 0}
     * @return the buffers of this layer for {@code n}-example batches, to pass to forward and backward
     */
    Cache newCache(Precision precision, int batch);

    /**
     * The forward pass.
     *
     * @param x the {@code n x in} input, read only, kept by reference in the cache
     * @param cache buffers from {@link #newCache} for {@code n} examples, modified
     * @param training true for the training mode (dropout active, batch statistics), false for evaluation
     * @param iteration the training iteration, from which stochastic layers seed their draws
     * @return the {@code n x out} output, a buffer of the cache
     */
    DenseMatrix<?> forward(DenseMatrix<?> x, Cache cache, boolean training, long iteration);

    /**
     * The backward pass after {@link #forward} with the same cache, adding the parameter gradients
     * to the gradients of the parameters ({@link ParameterGradients#ADD}).
     *
     * @param dOut the {@code n x out} gradient of the loss with respect to the output, read only
     * @param cache the cache forward filled
     * @return the {@code n x in} gradient with respect to the input, a buffer of the cache (null
     *     from a layer built not to compute it, such as a network's first {@link Affine})
     */
    default DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache) {
        return backward(dOut, cache, ParameterGradients.ADD);
    }

    /**
     * The backward pass after {@link #forward} with the same cache.
     *
     * @param dOut the {@code n x out} gradient of the loss with respect to the output, read only
     * @param cache the cache forward filled
     * @param parameterGradients whether the parameter gradients are added to the parameters'
     *     gradients, written over them, or not computed
     * @return the {@code n x in} gradient with respect to the input, a buffer of the cache (null
     *     from a layer built not to compute it, such as a network's first {@link Affine})
     */
    DenseMatrix<?> backward(DenseMatrix<?> dOut, Cache cache, ParameterGradients parameterGradients);
}
