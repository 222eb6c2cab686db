package org.gdlab.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the points of a sweep: this machine's threads ({@code local}) or a Spark cluster
 * ({@code spark}, in gdlab-spark). Every point runs through {@link PointRunner}, so a point's
 * run folder does not depend on the engine, the parallelism or the order.
 */
public interface SweepEngine {
    /**
     * The engine's name as {@code --engine} takes it.
     *
     * @return the name, e.g. {@code local} or {@code spark}
     */
    String name();

    /**
     * Runs every task, reporting each outcome to {@code finished} as it arrives (from any thread,
     * one call at a time). A point that fails is reported as failed; the others go on.
     *
     * @param tasks the points to run, in the sweep's order
     * @param finished takes every point's outcome once, one call at a time
     */
    void run(List<SweepTask> tasks, Consumer<PointOutcome> finished);
}
