package org.gdlab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.validate.Check;

/**
 * A sweep as its spec file (JSON or YAML, {@link SpecReader}) or {@code gdlab sweep}'s flags
 * describe it: a base run, the axes, which grid points to run, the metric to rank by and an
 * optional time budget.
 *
 * @param baseConfig a run's config.json (or its folder) to start from; empty: {@code gdlab train}'s
 *     defaults with one thread per run
 * @param base settings that every point shares, applied to the base config
 * @param axes the axes, in order: the grid's last axis varies fastest; empty: one point, the base
 * @param sampling the whole grid or a seeded random sample of it
 * @param metric what the points are ranked by
 * @param budgetSeconds when given, no point starts after this many seconds of the sweep (the first
 *     always does); those left are recorded as not tried
 */
public record SweepSpec(Optional<String> baseConfig, List<Assignment> base, List<Axis> axes, Sampling sampling,
                        RankMetric metric, Optional<Double> budgetSeconds) {
    /** An empty spec: the base run of the defaults, the whole grid, ranked by validation accuracy. */
    public static final SweepSpec EMPTY = new SweepSpec(Optional.empty(), List.of(), List.of(), Sampling.GRID,
            RankMetric.VALIDATION_ACCURACY, Optional.empty());

    /**
     * Checks that no axis is named twice and that the budget is positive.
     *
     * @param baseConfig a run's config.json or its folder; empty for the defaults
     * @param base settings every point shares; copied
     * @param axes the axes, each setting at most once; copied
     * @param sampling the whole grid or a sample
     * @param metric what the points are ranked by
     * @param budgetSeconds seconds, finite and {@code > 0}, after which no point starts; empty for none
     */
    public SweepSpec {
        base = List.copyOf(base);
        axes = List.copyOf(axes);
        for (int i = 0; i < axes.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (axes.get(i).setting() == axes.get(j).setting()) {
                    throw Check.invalid("axis " + axes.get(i).setting().label(), "given twice", "name each axis once");
                }
            }
        }
        budgetSeconds.ifPresent(b -> Check.finite("budget_seconds", Check.positive("budget_seconds", b)));
    }

    /**
     * The same with {@code a} as a base field (replacing the same setting's).
     *
     * @param a a base field
     * @return a new spec with {@code a} among the base fields
     */
    public SweepSpec withBase(Assignment a) {
        List<Assignment> more = new ArrayList<>(base.stream().filter(b -> b.setting() != a.setting()).toList());
        more.add(a);
        return new SweepSpec(baseConfig, more, axes, sampling, metric, budgetSeconds);
    }

    /**
     * The same with {@code axis} (replacing the same setting's axis in its place, else last).
     *
     * @param axis an axis
     * @return a new spec with {@code axis} among the axes
     */
    public SweepSpec withAxis(Axis axis) {
        List<Axis> more = new ArrayList<>(axes);
        int at = -1;
        for (int i = 0; i < more.size(); i++) {
            if (more.get(i).setting() == axis.setting()) {
                at = i;
            }
        }
        if (at < 0) {
            more.add(axis);
        } else {
            more.set(at, axis);
        }
        return new SweepSpec(baseConfig, base, more, sampling, metric, budgetSeconds);
    }

    /**
     * The same starting from another config.json.
     *
     * @param path a run's config.json or its folder, relative to the spec file's folder
     * @return a new spec starting from {@code path}
     */
    public SweepSpec withBaseConfig(String path) {
        return new SweepSpec(Optional.of(path), base, axes, sampling, metric, budgetSeconds);
    }

    /**
     * The same drawing another sample.
     *
     * @param s the whole grid or a sample
     * @return a new spec running {@code s}
     */
    public SweepSpec withSampling(Sampling s) {
        return new SweepSpec(baseConfig, base, axes, s, metric, budgetSeconds);
    }

    /**
     * The same ranked by another metric.
     *
     * @param m the metric
     * @return a new spec ranked by {@code m}
     */
    public SweepSpec withMetric(RankMetric m) {
        return new SweepSpec(baseConfig, base, axes, sampling, m, budgetSeconds);
    }

    /**
     * The same with a time budget.
     *
     * @param seconds the budget, finite and {@code > 0}
     * @return a new spec with no point starting after {@code seconds}
     */
    public SweepSpec withBudgetSeconds(double seconds) {
        return new SweepSpec(baseConfig, base, axes, sampling, metric, Optional.of(seconds));
    }
}
