package org.gdlab.nn.train;

import org.gdlab.nn.model.FullyConnectedNet;

/**
 * Called by {@link Trainer#fitRegression} every {@code snapshotEvery} steps, between two steps,
 * to look at (not change) the network, e.g. to save a snapshot of an analysis.
 */
@FunctionalInterface
public interface StepListener {
    /** Ignores every call. */
    StepListener NONE = (steps, net) -> { };

    /**
     * @param steps the optimizer steps taken so far
     * @param net the network after those steps; its parameter gradients may be overwritten
     */
    void after(long steps, FullyConnectedNet net);
}
