package org.gdlab.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * sweep.json: the spec, every point with its status and metrics, the ranking and the best point,
 * rewritten atomically after every finished point.
 *
 * @param spec the spec the sweep was made from; empty for a sweep whose points were made in Java (the lab's)
 * @param axes the axes in order, as the points' values name them
 * @param metric what the points are ranked by
 * @param points every point, in the sweep's order
 * @param ranking the names of the completed points with a finite metric, best first (ties: earlier point first)
 * @param best the best point's name, empty while none has completed
 * @param finished how many points are no longer pending
 */
public record SweepRecord(Optional<SweepSpec> spec, List<Setting> axes, RankMetric metric, List<PointRecord> points,
                          List<String> ranking, Optional<String> best, int finished) {
    /**
     * Copies the lists.
     *
     * @param spec the spec, or empty for points made in Java
     * @param axes the axes in order; copied
     * @param metric what the points are ranked by
     * @param points every point; copied
     * @param ranking the completed points with a finite metric, best first; copied
     * @param best the best point's name, or empty
     * @param finished how many points are no longer pending
     */
    public SweepRecord {
        axes = List.copyOf(axes);
        points = List.copyOf(points);
        ranking = List.copyOf(ranking);
    }

    /** The record of {@code points} with its ranking. */
    static SweepRecord of(Optional<SweepSpec> spec, List<Setting> axes, RankMetric metric, List<PointRecord> points) {
        List<PointRecord> ranked = new ArrayList<>(points.stream()
                .filter(p -> p.status() == PointStatus.COMPLETED && Double.isFinite(metric.of(p.metrics()))).toList());
        ranked.sort(Comparator.comparing(PointRecord::metrics, metric.bestFirst()).thenComparingInt(PointRecord::index));
        List<String> ranking = ranked.stream().map(PointRecord::name).toList();
        int finished = (int) points.stream().filter(p -> p.status() != PointStatus.PENDING).count();
        return new SweepRecord(spec, axes, metric, points, ranking, ranking.stream().findFirst(), finished);
    }

    /**
     * The point named {@code name}.
     *
     * @param name a point's name
     * @return the point of that name
     * @throws IllegalArgumentException when no point has that name
     */
    public PointRecord point(String name) {
        return points.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no point named " + name));
    }

    /**
     * How many points have {@code status}.
     *
     * @param status a status
     * @return the number of points that have it
     */
    public long count(PointStatus status) {
        return points.stream().filter(p -> p.status() == status).count();
    }
}
