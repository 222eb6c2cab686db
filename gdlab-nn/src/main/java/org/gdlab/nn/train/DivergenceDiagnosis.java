package org.gdlab.nn.train;

import java.util.List;
import java.util.Optional;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.model.FullyConnectedNet;

/**
 * Finds where a diverged iteration first produced a non-finite number: the minibatch is passed
 * again through {@code net.layers()} one layer at a time, in training mode with the same
 * iteration (the same dropout masks), checking the input, each layer's forward output, the loss
 * and its output gradient, then each layer's backward input gradient from the last layer down.
 * Called once, after the run has diverged: it allocates its own buffers, and the backward pass
 * adds to the parameters' gradients (which the diverged run no longer uses).
 */
final class DivergenceDiagnosis {
    private DivergenceDiagnosis() {
    }

    /** The first non-finite value of the pass of {@code x} through {@code net}, if any. */
    static Optional<Divergence.Site> locate(FullyConnectedNet net, DenseMatrix<?> x, Loss loss, long iteration) {
        if (!x.allFinite()) {
            return Optional.of(new Divergence.Site(0, "input", Divergence.Pass.FORWARD));
        }
        List<Layer> layers = net.layers();
        Layer.Cache[] caches = new Layer.Cache[layers.size()];
        DenseMatrix<?> a = x;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            caches[i] = layer.newCache(net.config().precision(), x.rows());
            a = layer.forward(a, caches[i], true, iteration);
            if (!a.allFinite()) {
                return Optional.of(new Divergence.Site(i + 1, layer.describe(), Divergence.Pass.FORWARD));
            }
        }
        DenseMatrix<?> d = net.config().precision().zeros(a.rows(), a.cols());
        if (!Double.isFinite(loss.lossAndGradient(a, d)) || !d.allFinite()) {
            return Optional.of(new Divergence.Site(layers.size(), "loss", Divergence.Pass.LOSS));
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            d = layers.get(i).backward(d, caches[i]);
            if (d != null && !d.allFinite()) {
                return Optional.of(new Divergence.Site(i + 1, layers.get(i).describe(), Divergence.Pass.BACKWARD));
            }
        }
        return Optional.empty();
    }
}
