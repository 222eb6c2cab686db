package org.gdlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.sweep.EngineSettings;
import org.gdlab.sweep.PointOutcome;
import org.gdlab.sweep.PointRunner;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.SweepTask;
import org.gdlab.sweep.WallTimes;

/**
 * A small sweep for the engine's tests: three classes of points in 4 dimensions, one epoch each,
 * and the same tasks run one after another through {@link PointRunner} to hold the engine's
 * outcomes and run folders against (results.json compared without its wall times, {@link WallTimes}).
 */
final class SweepPoints {
    /** The index of the point whose data file does not exist. */
    static final int MISSING_DATA = 5;

    private SweepPoints() {
    }

    /** 300 rows, class {@code c} around {@code 3 e_c} with unit noise, as CSV with the label last. */
    static Path classes(Path dir) throws IOException {
        RandomStream r = new RandomStream(11);
        StringBuilder csv = new StringBuilder("a,b,c,d,label\n");
        for (int i = 0; i < 300; i++) {
            int label = i % 3;
            for (int j = 0; j < 4; j++) {
                csv.append(String.format(Locale.ROOT, "%.6f,", (j == label ? 3 : 0) + r.normal()));
            }
            csv.append(label).append('\n');
        }
        return Files.writeString(dir.resolve("classes.csv"), csv);
    }

    /**
     * Six points under {@code out}: 2 learning rates x 2 seeds (one thread each), one net with batch
     * norm on two threads (BLAS's own threads), and one whose data file is missing.
     */
    static List<SweepTask> tasks(Path csv, Path out) {
        List<SweepTask> tasks = new ArrayList<>();
        for (double lr : new double[] {1e-2, 5e-2}) {
            for (int seed : new int[] {1, 2}) {
                tasks.add(task(tasks.size(), String.format(Locale.ROOT, "lr=%s,seed=%d", lr, seed),
                        config(csv, NetSpec.relu(8), lr, seed, 1), out));
            }
        }
        tasks.add(task(tasks.size(), "batchnorm", config(csv, NetSpec.relu(8, 8).withBatchNorm(true), 1e-2, 3, 2), out));
        tasks.add(task(tasks.size(), "missing", config(csv.resolveSibling("missing.csv"), NetSpec.relu(8), 1e-2, 1, 1), out));
        return tasks;
    }

    private static RunConfig config(Path csv, NetSpec net, double lr, int seed, int threads) {
        DataSource source = DataSource.parse("csv:" + csv);
        return RunConfig.builder(source).data(DataConfig.of(source).withValidationSize(60)).network(net)
                .optimizer(new OptimizerConfig(OptimizerKind.ADAM, lr, 0)).training(TrainConfig.of(30, 1, seed))
                .threads(threads).build();
    }

    private static SweepTask task(int index, String name, RunConfig config, Path out) {
        return new SweepTask(index, name, JsonFiles.toJson(config), out.resolve(name).toString());
    }

    /** The tasks run one after another through {@link PointRunner}, by index. */
    static Map<Integer, PointOutcome> oneAfterAnother(List<SweepTask> tasks) {
        Map<Integer, PointOutcome> outcomes = new TreeMap<>();
        for (SweepTask t : tasks) {
            outcomes.put(t.index(), PointRunner.run(t, ProgressListener.SILENT));
        }
        return outcomes;
    }

    /** The tasks run by a Spark engine with {@code settings}, by index; each index reported once. */
    static Map<Integer, PointOutcome> bySpark(EngineSettings settings, List<SweepTask> tasks) {
        Map<Integer, PointOutcome> outcomes = new TreeMap<>();
        new SparkEngine(settings).run(tasks, o -> assertNull(outcomes.put(o.index(), o), "reported twice: " + o));
        return outcomes;
    }

    /**
     * Asserts that the engine's outcomes and run folders are those of the points run one after
     * another: the same statuses and metrics, and results.json the same but for its wall times.
     */
    static void assertSamePoints(List<SweepTask> expectedTasks, Map<Integer, PointOutcome> expected,
                                 List<SweepTask> actualTasks, Map<Integer, PointOutcome> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (SweepTask t : expectedTasks) {
            PointOutcome e = expected.get(t.index());
            PointOutcome a = actual.get(t.index());
            assertEquals(e.name(), a.name());
            assertEquals(e.status(), a.status(), a.reason());
            assertEquals(e.metrics(), a.metrics(), t.name());
            if (e.status() != PointStatus.FAILED) {
                SweepTask at = actualTasks.get(t.index());
                assertEquals(WallTimes.without(Path.of(t.runDir(), RunFolder.RESULTS)),
                        WallTimes.without(Path.of(at.runDir(), RunFolder.RESULTS)), t.name());
            }
        }
    }
}
