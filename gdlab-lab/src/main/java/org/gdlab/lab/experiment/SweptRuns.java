package org.gdlab.lab.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.run.RunResult;
import org.gdlab.sweep.DataCache;
import org.gdlab.sweep.LocalEngine;
import org.gdlab.sweep.PointRecord;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.RankMetric;
import org.gdlab.sweep.SweepPlan;
import org.gdlab.sweep.SweepPoint;
import org.gdlab.sweep.SweepRecord;
import org.gdlab.sweep.SweepRunner;

/**
 * An experiment's runs as a sweep's points, run one at a time by the sweep's local engine (the
 * same {@code PointRunner} as {@code gdlab sweep}) on the data the experiment loaded, in a
 * temporary sweep folder; each run's result is read back from its run folder.
 */
final class SweptRuns {
    private SweptRuns() {
    }

    /**
     * Runs {@code points} on {@code data} in order, starting none after {@code budgetSeconds}
     * (the first always starts).
     *
     * @return per point its run's result, empty for a point the budget left untried
     * @throws IllegalStateException naming the point and its reason when a run fails
     */
    static List<Optional<RunResult>> run(List<SweepPoint> points, DataSplits data, Optional<Double> budgetSeconds,
                                         ProgressListener listener) {
        DataCache.offer(data);
        Path dir;
        try {
            dir = Files.createTempDirectory("gdlab-lab-sweep");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary sweep folder: " + e.getMessage(), e);
        }
        try {
            SweepRecord r = SweepRunner.run(Optional.empty(), new SweepPlan(points, RankMetric.VALIDATION_ACCURACY,
                    budgetSeconds), dir, new LocalEngine(1, listener, Optional.empty()), SweepRunner.Observer.NONE);
            List<Optional<RunResult>> results = new ArrayList<>();
            for (PointRecord p : r.points()) {
                if (p.status() == PointStatus.FAILED) {
                    throw new IllegalStateException("run " + p.name() + " failed: " + p.reason());
                }
                results.add(p.status() == PointStatus.NOT_TRIED ? Optional.empty() : Optional.of(SweepRunner.result(dir, p)));
            }
            return results;
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
