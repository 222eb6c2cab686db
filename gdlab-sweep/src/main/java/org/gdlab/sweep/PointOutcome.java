package org.gdlab.sweep;

import java.io.Serializable;

/**
 * How one point of a sweep ended, as its worker reports it back.
 *
 * @param index the point's place in the sweep (from 0)
 * @param name the point's name
 * @param status completed, diverged or failed
 * @param reason for a diverged or failed point, one line saying why; empty otherwise
 * @param metrics the run's metrics; null for a failed point
 * @param resumed whether the run continued from a checkpoint an earlier attempt left
 * @param seconds the worker's wall time for this point (0 when an earlier attempt had finished it)
 * @serial exclude
 */
public record PointOutcome(int index, String name, PointStatus status, String reason, PointMetrics metrics,
                           boolean resumed, double seconds) implements Serializable {
}
