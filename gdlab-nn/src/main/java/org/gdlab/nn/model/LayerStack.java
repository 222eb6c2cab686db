package org.gdlab.nn.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.layer.Affine;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.layer.ParameterGradients;
import org.gdlab.nn.tensor.Precision;

/**
 * Layers in order, {@code h_0 = x}, {@code h_{i+1} = layer_i(h_i)}, with the buffers of their
 * forward and backward passes.
 *
 * <p>Forward: {@code scores = h_k}. Backward, given {@code g_k = dL/dscores}:
 * {@code g_i = layer_i.backward(g_{i+1})} for {@code i = k-1 .. 0}, each layer adding its
 * parameter gradients to its parameters' gradients (see {@link Layer}; the gradients are not
 * zeroed here), or writing them over those gradients, or skipping them
 * ({@link ParameterGradients}). For the affine layers {@code z_l = a_l W_l + b_l} ({@code l = 1..L}) the stack
 * keeps by reference the input {@code a_l} of the last forward and the upstream gradient
 * {@code d_l = dL/dz_l} of the last backward ({@link #affineInput}, {@link #affineUpstream}):
 * the factors of {@code dL/dW_l = a_l^T d_l}.
 *
 * <p>Buffers are allocated on the first pass of each batch size and reused, so passes of a fixed
 * batch size allocate nothing. Two stacks over the same layers share their parameters but not
 * their buffers. Not thread-safe.
 */
public final class LayerStack {
    private final Layer[] layers;
    private final int[] affineAt;
    private final Precision precision;
    private final Map<Integer, Workspace> workspaces = new HashMap<>();
    private Workspace workspace;

    /** The buffers of every layer for one batch size, and what the last passes left in them. */
    private static final class Workspace {
        final Layer.Cache[] caches;
        final DenseMatrix<?> input;
        final DenseMatrix<?> outputGradient;
        final DenseMatrix<?>[] affineInputs;
        final DenseMatrix<?>[] affineUpstreams;

        Workspace(Layer[] layers, int affines, Precision precision, int batch) {
            caches = new Layer.Cache[layers.length];
            for (int i = 0; i < caches.length; i++) {
                caches[i] = layers[i].newCache(precision, batch);
            }
            input = precision.zeros(batch, layers[0].inputSize());
            outputGradient = precision.zeros(batch, layers[layers.length - 1].outputSize());
            affineInputs = new DenseMatrix<?>[affines];
            affineUpstreams = new DenseMatrix<?>[affines];
        }

        int batch() {
            return input.rows();
        }
    }

    /**
     * A stack of {@code layers} (at least one) whose buffers have the given precision.
     *
     * @param layers read only; the layers themselves are shared, not copied
     * @param precision the number format of the buffers, that of the layers' parameters
     */
    public LayerStack(List<Layer> layers, Precision precision) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("layer stack: no layers");
        }
        this.layers = layers.toArray(Layer[]::new);
        this.affineAt = java.util.stream.IntStream.range(0, this.layers.length)
                .filter(i -> this.layers[i] instanceof Affine).toArray();
        this.precision = precision;
    }

    /**
     * The layers in order.
     *
     * @return the layers from input to output, an unmodifiable copy of the list
     */
    public List<Layer> layers() {
        return List.of(layers);
    }

    /**
     * The number of affine layers {@code L}.
     *
     * @return the number of {@link org.gdlab.nn.layer.Affine} layers {@code L}
     */
    public int affineCount() {
        return affineAt.length;
    }

    private Workspace workspace(int batch) {
        if (workspace == null || workspace.batch() != batch) {
            workspace = workspaces.computeIfAbsent(batch, b -> new Workspace(layers, affineAt.length, precision, b));
        }
        return workspace;
    }

    /**
     * This stack's {@code batch x inputs} input buffer (for the caller to fill and pass to {@link #forward}).
     *
     * @param batch the number of examples {@code n}, {@code > 0}
     * @return the buffer, reused by every pass of that batch size
     */
    public DenseMatrix<?> inputBuffer(int batch) {
        return workspace(batch).input;
    }

    /**
     * The forward pass {@code scores = h_k} of the {@code n x inputs} batch {@code x}.
     *
     * @param x read only, and kept by reference until the next forward
     * @param training true for the training mode (dropout, batch statistics)
     * @param iteration seeds the dropout masks in training mode
     * @return the {@code n x outputs} scores, a buffer reused by the next pass of this batch size
     */
    public DenseMatrix<?> forward(DenseMatrix<?> x, boolean training, long iteration) {
        Workspace w = workspace(x.rows());
        DenseMatrix<?> h = x;
        int a = 0;
        for (int i = 0; i < layers.length; i++) {
            if (a < affineAt.length && affineAt[a] == i) {
                w.affineInputs[a++] = h;
            }
            h = layers[i].forward(h, w.caches[i], training, iteration);
        }
        return h;
    }

    /**
     * The {@code n x outputs} buffer for {@code dL/dscores} of the last forward's batch size: a
     * loss writes its gradient here and {@link #backward} takes it.
     *
     * @return the {@code n x outputs} gradient buffer, overwritten by the loss
     */
    public DenseMatrix<?> outputGradient() {
        return workspace.outputGradient;
    }

    /**
     * The backward pass after {@link #forward}: propagates {@code dOut = dL/dscores} down the
     * layers, which add their parameter gradients to their parameters' gradients.
     *
     * @param dOut {@code n x outputs}, read only, kept by reference as {@code d_L}
     */
    public void backward(DenseMatrix<?> dOut) {
        backward(dOut, ParameterGradients.ADD);
    }

    /**
     * The backward pass after {@link #forward}: propagates {@code dOut = dL/dscores} down the
     * layers, which add their parameter gradients to their parameters' gradients, write them over
     * those gradients, or skip them.
     *
     * @param dOut {@code n x outputs}, read only, kept by reference as {@code d_L}
     * @param parameterGradients what every layer does with its parameters' gradients
     */
    public void backward(DenseMatrix<?> dOut, ParameterGradients parameterGradients) {
        Workspace w = workspace;
        DenseMatrix<?> g = dOut;
        int a = affineAt.length - 1;
        for (int i = layers.length - 1; i >= 0; i--) {
            if (a >= 0 && affineAt[a] == i) {
                w.affineUpstreams[a--] = g;
            }
            g = layers[i].backward(g, w.caches[i], parameterGradients);
        }
    }

    /**
     * {@code a_l}, the {@code n x fanIn} input of affine layer {@code l} (from 1) in the last
     * forward: a buffer of this stack (the given input for {@code l = 1}).
     *
     * @param l the affine layer, from 1 to {@link #affineCount()}
     * @return the {@code n x fanIn} buffer, valid until the next forward
     */
    public DenseMatrix<?> affineInput(int l) {
        return workspace.affineInputs[l - 1];
    }

    /**
     * {@code d_l = dL/dz_l}, the {@code n x fanOut} upstream gradient of affine layer {@code l}
     * (from 1) in the last backward: a buffer of this stack ({@code dOut} itself for {@code l = L}).
     *
     * @param l the affine layer, from 1 to {@link #affineCount()}
     * @return the {@code n x fanOut} buffer, valid until the next backward
     */
    public DenseMatrix<?> affineUpstream(int l) {
        return workspace.affineUpstreams[l - 1];
    }
}
