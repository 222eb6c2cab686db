package org.gdlab.sweep;

import java.util.List;

/**
 * One point as sweep.json holds it.
 *
 * @param index its place in the sweep (from 0)
 * @param name its name, also its run folder's under the sweep's folder
 * @param values its axis values
 * @param status where it stands
 * @param reason for a diverged, failed or untried point, why; empty otherwise
 * @param metrics its run's metrics; null while pending and for a failed or untried point
 * @param resumed whether it continued from a checkpoint an earlier attempt left
 * @param seconds the wall time of its run in this attempt (0 when an earlier one finished it)
 */
public record PointRecord(int index, String name, List<Assignment> values, PointStatus status, String reason,
                          PointMetrics metrics, boolean resumed, double seconds) {
    /**
     * Copies the values.
     *
     * @param index the point's place in the sweep (from 0)
     * @param name the point's name and run folder's
     * @param values its axis values; copied
     * @param status where it stands
     * @param reason why it diverged, failed or was not tried; empty otherwise
     * @param metrics its run's metrics, or null
     * @param resumed whether it continued from a checkpoint
     * @param seconds the wall time of its run in this attempt
     */
    public PointRecord {
        values = List.copyOf(values);
    }

    /** A point that has not finished. */
    static PointRecord pending(SweepPoint p) {
        return new PointRecord(p.index(), p.name(), p.values(), PointStatus.PENDING, "", null, false, 0);
    }

    /** The point as {@code o} says it ended. */
    static PointRecord of(SweepPoint p, PointOutcome o) {
        return new PointRecord(p.index(), p.name(), p.values(), o.status(), o.reason(), o.metrics(), o.resumed(), o.seconds());
    }

    /**
     * The value of {@code setting}'s axis at this point, or null when it is not an axis.
     *
     * @param setting a setting that may be one of the sweep's axes
     * @return the point's value of that axis in command-line form, or null when {@code setting} is not an axis
     */
    public String value(Setting setting) {
        return values.stream().filter(a -> a.setting() == setting).map(Assignment::value).findFirst().orElse(null);
    }
}
