package org.gdlab.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.train.Trainer;

/**
 * The points a sweep runs, each a validated run config, built before anything runs so that a
 * value a run would refuse fails the whole sweep in one line.
 *
 * <p>The grid of axes {@code A_1, ..., A_k} holds every combination, the last axis varying
 * fastest; a sample of {@code N} draws {@code N} distinct grid points with
 * {@code RandomStream(seed).split("sample").permutation(size)} and keeps them in grid order.
 *
 * @param points the points, in the order they are handed to the engine
 * @param metric what they are ranked by
 * @param budgetSeconds no point starts after this many seconds (the first always does)
 */
public record SweepPlan(List<SweepPoint> points, RankMetric metric, Optional<Double> budgetSeconds) {
    /** The longest point name: it is a folder name, and file systems allow 255 bytes. */
    public static final int MAX_NAME = 200;

    /**
     * Checks that there is a point and that indices and names are unique.
     *
     * @param points the points, at least one; point {@code i} has index {@code i}, no name twice; copied
     * @param metric what they are ranked by
     * @param budgetSeconds seconds after which no point starts; empty for no budget
     */
    public SweepPlan {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw Check.invalid("sweep", "no points", "a sweep needs at least one point");
        }
        Map<String, SweepPoint> byName = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            SweepPoint p = points.get(i);
            if (p.index() != i) {
                throw Check.invalid("point " + p.name() + " index", p.index(), "must be its place " + i);
            }
            SweepPoint before = byName.put(p.name(), p);
            if (before != null) {
                throw Check.invalid("point name", p.name(), "names a run folder, so it must be unique; " + before.values()
                        + " and " + p.values() + " give the same name");
            }
        }
    }

    /**
     * The points of {@code spec}: its base config (a path relative to {@code relativeTo}), its
     * base fields, then each grid point's axis values, applied in {@link Setting}'s order.
     *
     * @param spec the sweep: base, axes, sampling, metric and budget
     * @param relativeTo the folder a relative base config path is resolved against (the spec file's)
     * @return the plan: every grid point (at most 1000000) or the sample, in grid order
     * @throws IllegalArgumentException naming the base field or the axis, the value and what is allowed
     */
    public static SweepPlan of(SweepSpec spec, Path relativeTo) {
        RunConfig base = baseConfig(spec, relativeTo);
        for (Assignment a : sorted(spec.base())) {
            base = apply(base, a, "base field " + a.setting().label());
        }
        List<Axis> axes = spec.axes();
        long size = 1;
        for (Axis a : axes) {
            size *= a.values().size();
            if (size > 1_000_000) {
                throw Check.invalid("the grid", "over 1000000 points", "use fewer axis values or a sample");
            }
        }
        List<Long> chosen = new ArrayList<>();
        if (spec.sampling().grid()) {
            for (long i = 0; i < size; i++) {
                chosen.add(i);
            }
        } else {
            if (spec.sampling().points() > size) {
                throw Check.invalid("sample points", spec.sampling().points(), "must be <= the grid's " + size + " points");
            }
            int[] order = new RandomStream(spec.sampling().seed()).split("sample").permutation((int) size);
            for (int i = 0; i < spec.sampling().points(); i++) {
                chosen.add((long) order[i]);
            }
            chosen.sort(Comparator.naturalOrder());
        }
        List<SweepPoint> points = new ArrayList<>();
        for (long g : chosen) {
            List<Assignment> values = new ArrayList<>();
            long rest = g;
            for (int k = axes.size() - 1; k >= 0; k--) {
                Axis a = axes.get(k);
                values.add(0, new Assignment(a.setting(), a.values().get((int) (rest % a.values().size()))));
                rest /= a.values().size();
            }
            points.add(point(points.size(), base, values));
        }
        return new SweepPlan(points, spec.metric(), spec.budgetSeconds());
    }

    /**
     * The point of {@code base} at {@code values}, named by them ({@code base} when there are none).
     *
     * @param index the point's place in the sweep (from 0)
     * @param base the run config before the axis values
     * @param values the axis values, applied in {@link Setting}'s order
     * @return the validated point; its batch is checked against a given {@code train_size}
     * @throws IllegalArgumentException naming the axis, the value and what is allowed
     */
    public static SweepPoint point(int index, RunConfig base, List<Assignment> values) {
        RunConfig config = base;
        for (Assignment a : sorted(values)) {
            config = apply(config, a, "axis " + a.setting().label());
        }
        String name = name(values);
        int batch = config.training().batchSize();
        if (config.data().trainSize().isPresent() && batch > config.data().trainSize().getAsInt()) {
            throw Check.invalid("point " + name + ": batch", batch, "must be <= train_size "
                    + config.data().trainSize().getAsInt());
        }
        return new SweepPoint(index, name, values, config);
    }

    /**
     * {@code lr=0.001_init=he_seed=0}: each value with every character but letters, digits and {@code . + -} as {@code -}.
     *
     * @param values the axis values, in the axes' order
     * @return the name, at most {@value #MAX_NAME} characters
     */
    public static String name(List<Assignment> values) {
        if (values.isEmpty()) {
            return "base";
        }
        StringBuilder s = new StringBuilder();
        for (Assignment a : values) {
            s.append(s.length() == 0 ? "" : "_").append(a.setting().label()).append('=')
                    .append(a.value().replaceAll("[^A-Za-z0-9.+-]", "-"));
        }
        String name = s.toString();
        if (name.length() > MAX_NAME) {
            throw Check.invalid("point name", name.substring(0, 40) + "...", "must be at most " + MAX_NAME
                    + " characters (it names a run folder): use fewer axes or shorter values");
        }
        return name;
    }

    /**
     * Loads every point's data ({@link DataCache}, so the points reuse it) and checks that each
     * batch fits its training split and that each run's work stays within gdlab's limits
     * ({@link Trainer#requireAffordable}): what can be known only from the data, before anything runs.
     *
     * @throws IllegalArgumentException naming the point, the value and what is allowed
     */
    public void requireData() {
        for (SweepPoint p : points) {
            int n;
            try {
                n = DataCache.splits(p.config().data()).train().size();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("point " + p.name() + ": " + e.getMessage(), e);
            }
            if (p.config().training().batchSize() > n) {
                throw Check.invalid("point " + p.name() + ": batch", p.config().training().batchSize(),
                        "must be <= the " + n + " training examples");
            }
            try {
                new Trainer(p.config().training()).requireAffordable(p.config().network().hidden().length + 1, n);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("point " + p.name() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The most training threads a point asks for.
     *
     * @return the largest {@code threads} of the points' configs, 1 for none
     */
    public int maxThreads() {
        return points.stream().mapToInt(p -> p.config().threads()).max().orElse(1);
    }

    private static RunConfig apply(RunConfig c, Assignment a, String where) {
        try {
            return a.setting().apply(c, a.value());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ", value " + a.value() + ": " + e.getMessage(), e);
        }
    }

    private static List<Assignment> sorted(List<Assignment> values) {
        return values.stream().sorted(Comparator.comparing(Assignment::setting)).toList();
    }

    private static RunConfig baseConfig(SweepSpec spec, Path relativeTo) {
        if (spec.baseConfig().isEmpty()) {
            return RunConfig.builder(DataSource.parse("fashion-mnist")).threads(1).build();
        }
        Path p = relativeTo.resolve(spec.baseConfig().get());
        if (Files.isDirectory(p)) {
            p = p.resolve(RunFolder.CONFIG);
        }
        if (!Files.isRegularFile(p)) {
            throw Check.invalid("base field config", spec.baseConfig().get(), "must be a run's config.json or its folder ("
                    + p + " does not exist)");
        }
        Path dir = p.toAbsolutePath().getParent();
        if (!p.getFileName().toString().equals(RunFolder.CONFIG)) {
            throw Check.invalid("base field config", spec.baseConfig().get(), "must be a file named " + RunFolder.CONFIG
                    + " or its run folder");
        }
        return new RunFolder(dir).readConfig();
    }
}
