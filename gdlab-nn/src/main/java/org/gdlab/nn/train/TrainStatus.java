package org.gdlab.nn.train;

/** How a training run ended. */
public enum TrainStatus {
    /** Every epoch ran. */
    COMPLETED,
    /** The loss or a gradient became NaN or infinite; the run stopped there. */
    DIVERGED
}
