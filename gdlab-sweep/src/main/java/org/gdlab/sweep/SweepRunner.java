package org.gdlab.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.RunResult;

/**
 * Runs a sweep's points with an engine into the sweep's folder: each point in its run folder
 * {@code DIR/NAME} (a rerun skips finished points and resumes interrupted ones, {@link PointRunner}),
 * and {@code DIR/sweep.json} ({@link SweepRecord}) written atomically at the start and after every
 * finished point, then handed to an {@link Observer} (the command line draws the page and prints
 * the progress there). A point that fails or diverges is recorded with its reason and the others
 * go on.
 */
public final class SweepRunner {
    /** The sweep's record file. */
    public static final String RECORD = "sweep.json";

    /** Told of every sweep.json written, one call at a time. */
    public interface Observer {
        /** The observer that does nothing. */
        Observer NONE = (record, last) -> {
        };

        /**
         * sweep.json now holds {@code record}.
         *
         * @param record the whole sweep.json just written
         * @param last the point that has just finished; empty for the first write
         */
        void written(SweepRecord record, Optional<PointRecord> last);
    }

    private SweepRunner() {
    }

    /**
     * Runs {@code plan} with {@code engine} into {@code out}.
     *
     * @param spec the spec the plan was made from, recorded in sweep.json; empty for points made in Java
     * @param plan the points, metric and budget
     * @param out the sweep's folder; created if missing and locked while the sweep runs
     * @param engine runs the points; with a budget it must be a {@link LocalEngine}
     * @param observer told of every sweep.json written, from the engine's threads one call at a time
     * @return the final sweep.json; a point the engine never reported is recorded as failed
     * @throws IllegalArgumentException naming {@code --out} when the folder is used by another process, or
     *     naming the budget when the engine cannot keep one
     */
    public static SweepRecord run(Optional<SweepSpec> spec, SweepPlan plan, Path out, SweepEngine engine, Observer observer) {
        SweepEngine runner = engine;
        if (plan.budgetSeconds().isPresent()) {
            if (!(engine instanceof LocalEngine local)) {
                throw Check.invalid("budget_seconds", plan.budgetSeconds().get(), "needs --engine local (the "
                        + engine.name() + " engine starts its points on its own)");
            }
            runner = local.withBudget(plan.budgetSeconds());
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sweep folder " + out + ": " + e.getMessage(), e);
        }
        try (RunFolderLock claim = RunFolderLock.acquire("--out", out)) {
            List<SweepPoint> points = plan.points();
            List<Setting> axes = axes(spec, points);
            List<PointRecord> records = new ArrayList<>(points.stream().map(PointRecord::pending).toList());
            SweepRecord[] current = {write(out, SweepRecord.of(spec, axes, plan.metric(), records))};
            observer.written(current[0], Optional.empty());
            List<SweepTask> tasks = points.stream().map(p -> new SweepTask(p.index(), p.name(), JsonFiles.toJson(p.config()),
                    out.resolve(p.name()).toAbsolutePath().toString())).toList();
            Object lock = new Object();
            runner.run(tasks, outcome -> {
                synchronized (lock) {
                    PointRecord r = PointRecord.of(points.get(outcome.index()), outcome);
                    records.set(outcome.index(), r);
                    current[0] = write(out, SweepRecord.of(spec, axes, plan.metric(), records));
                    observer.written(current[0], Optional.of(r));
                }
            });
            synchronized (lock) {
                boolean missing = false;
                for (int i = 0; i < records.size(); i++) {
                    if (records.get(i).status() == PointStatus.PENDING) {
                        records.set(i, PointRecord.of(points.get(i), new PointOutcome(i, points.get(i).name(),
                                PointStatus.FAILED, "the " + engine.name() + " engine reported no outcome", null, false, 0)));
                        missing = true;
                    }
                }
                if (missing) {
                    current[0] = write(out, SweepRecord.of(spec, axes, plan.metric(), records));
                }
                return current[0];
            }
        }
    }

    /**
     * The run result of a finished point, read back from its run folder under {@code out}.
     *
     * @param out the sweep's folder
     * @param point a completed or diverged point of that sweep
     * @return the run's results.json as a result
     */
    public static RunResult result(Path out, PointRecord point) {
        return new RunFolder(out.resolve(point.name())).readResults(RunResult.class);
    }

    /**
     * The progress line of a finished point, e.g. {@code [3/8] lr=0.001_seed=1 completed: validation_accuracy
     * 0.8123 in 12.3 s; 5 to go, best lr=0.002_seed=0}.
     *
     * @param record the sweep.json just written
     * @param p the point that has just finished
     * @return one line: counts, name, status, metric, reason, time and the best point so far
     */
    public static String progressLine(SweepRecord record, PointRecord p) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "[%d/%d] %s %s", record.finished(),
                record.points().size(), p.name(), p.status().label()));
        if (p.metrics() != null) {
            s.append(String.format(Locale.ROOT, ": %s %.4f", record.metric().label(), record.metric().of(p.metrics())));
        }
        if (!p.reason().isEmpty()) {
            s.append(" (").append(p.reason()).append(')');
        }
        s.append(String.format(Locale.ROOT, " in %.1f s%s; %d to go", p.seconds(), p.resumed() ? ", resumed" : "",
                record.points().size() - record.finished()));
        record.best().ifPresent(b -> s.append(", best ").append(b));
        return s.toString();
    }

    private static SweepRecord write(Path out, SweepRecord r) {
        JsonFiles.write(out.resolve(RECORD), r);
        return r;
    }

    /** The spec's axes, or for points made in Java the settings their values name, in order of first use. */
    private static List<Setting> axes(Optional<SweepSpec> spec, List<SweepPoint> points) {
        if (spec.isPresent()) {
            return spec.get().axes().stream().map(Axis::setting).toList();
        }
        Set<Setting> seen = new LinkedHashSet<>();
        points.forEach(p -> p.values().forEach(a -> seen.add(a.setting())));
        return List.copyOf(seen);
    }
}
