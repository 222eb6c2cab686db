package org.gdlab.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.spark.FutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.sweep.EngineSettings;
import org.gdlab.sweep.PointOutcome;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.SweepEngine;
import org.gdlab.sweep.SweepTask;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep's points on Apache Spark: the points are one RDD with one partition per point, and
 * each partition is its own Spark job of one task ({@link ExecutorPoint}), so that
 * <ul>
 *   <li>each outcome reaches {@code finished} as its task ends (the job's result handler, on the
 *       driver), not when the whole sweep ends;</li>
 *   <li>a task Spark gives up on (its executor lost more often than {@code spark.task.maxFailures})
 *       fails that point alone, with Spark's reason, and the other jobs go on.</li>
 * </ul>
 * Jobs are scheduled first in, first out: the points start in their order as cores free up. An
 * exception thrown by {@code finished} is thrown by {@link #run} once every job has ended.
 *
 * <p>Where: with no master, embedded in this JVM as {@code local[P * c]} (a {@code local[...]}
 * master is taken as it is) with
 * {@code spark.task.cpus = c}, where {@code P} is {@link EngineSettings#parallel()} and {@code c}
 * the most threads any point trains with, so that {@code P} points run at a time; with a master
 * ({@code spark://host:port}, {@code yarn}, {@code k8s://...}) on that cluster, each task taking
 * {@code c} cores of an executor, the run folders written where the tasks name them (a path every
 * node sees) and the data read on each executor through gdlab's data locator, as every run does.
 * The driver binds to 127.0.0.1 unless the master is on another host, Spark's web UI is off, and
 * any {@code spark.*} system property overrides these (e.g. {@code -Dspark.ui.enabled=true}).
 */
public final class SparkEngine implements SweepEngine {
    /** The engine's name as {@code --engine} takes it. */
    public static final String NAME = "spark";

    private final EngineSettings settings;

    /**
     * An engine with {@code settings}.
     *
     * @param settings the master (empty: embedded {@code local[P * c]}) and {@code P}, the points run at a time when embedded
     */
    public SparkEngine(EngineSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(List<SweepTask> tasks, Consumer<PointOutcome> finished) {
        if (tasks.isEmpty()) {
            return;
        }
        Set<Integer> reported = ConcurrentHashMap.newKeySet();
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        Consumer<PointOutcome> report = outcome -> {
            synchronized (reported) {
                if (reported.add(outcome.index())) {
                    try {
                        finished.accept(outcome);
                    } catch (RuntimeException e) {
                        // thrown in Spark's scheduler, it would only fail that point's job: rethrown below
                        refused.compareAndSet(null, e);
                    }
                }
            }
        };
        try (ExecutorJars jars = embedded(settings.master()) ? ExecutorJars.NONE : ExecutorJars.of(System.getProperty("java.class.path"));
             JavaSparkContext spark = new JavaSparkContext(conf(settings, taskCpus(tasks), jars))) {
            RDD<SweepTask> points = spark.parallelize(tasks.stream().map(SparkEngine::absolute).toList(), tasks.size()).rdd();
            List<FutureAction<BoxedUnit>> jobs = new ArrayList<>();
            for (int p = 0; p < tasks.size(); p++) {
                spark.setJobDescription(tasks.get(p).name());
                jobs.add(spark.sc().submitJob(points, new ExecutorPoint(),
                        CollectionConverters.asScala(List.<Object>of(p)).toSeq(),
                        (partition, outcome) -> {
                            report.accept(outcome);
                            return BoxedUnit.UNIT;
                        }, () -> BoxedUnit.UNIT));
            }
            for (int p = 0; p < jobs.size(); p++) {
                try {
                    jobs.get(p).get();
                } catch (Exception e) {
                    SweepTask t = tasks.get(p);
                    report.accept(new PointOutcome(t.index(), t.name(), PointStatus.FAILED,
                            "Spark gave up on the point's task: " + firstLine(e), null, false, 0));
                }
            }
        }
        if (refused.get() != null) {
            throw refused.get();
        }
    }

    /** Spark's settings for a sweep whose points train with at most {@code taskCpus} threads. */
    static SparkConf conf(EngineSettings settings, int taskCpus, ExecutorJars jars) {
        Optional<String> master = settings.master();
        SparkConf conf = new SparkConf()
                .setAppName("gdlab sweep")
                .setMaster(master.orElse("local[" + settings.parallel() * taskCpus + "]"))
                .setIfMissing("spark.task.cpus", Integer.toString(taskCpus))
                .setIfMissing("spark.ui.enabled", "false")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        if (!embedded(master) && taskCpus > 1) {
            // one task per executor JVM: runs that hold different BLAS thread counts would take turns there (BlasThreadHold)
            conf.setIfMissing("spark.executor.cores", Integer.toString(taskCpus));
        }
        if (master.map(SparkEngine::onThisMachine).orElse(true)) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (!jars.jars().isEmpty()) {
            conf.set("spark.jars", jars.jars().stream().map(j -> j.toAbsolutePath().toString())
                    .collect(Collectors.joining(",")));
        }
        return conf;
    }

    /** Whether Spark runs in this JVM: no master, or a {@code local[...]} one. */
    static boolean embedded(Optional<String> master) {
        return master.map(m -> m.startsWith("local")).orElse(true);
    }

    /** Whether the master is embedded or a standalone master on a loopback address. */
    static boolean onThisMachine(String master) {
        return master.startsWith("local") || master.startsWith("spark://127.") || master.startsWith("spark://localhost:");
    }

    /** The most threads any point trains with. */
    static int taskCpus(List<SweepTask> tasks) {
        return tasks.stream().mapToInt(SparkEngine::threads).max().orElse(1);
    }

    /**
     * The threads the point's run trains with; 1 for a config that does not parse (or names a
     * thread count out of range), which {@link org.gdlab.sweep.PointRunner} reports as the point's failure.
     */
    static int threads(SweepTask task) {
        try {
            return JsonFiles.mapper().readValue(task.configJson(), RunConfig.class).threads();
        } catch (Exception e) {
            return 1;
        }
    }

    /** {@code task} with its run folder as an absolute path: executors start in folders of their own. */
    private static SweepTask absolute(SweepTask task) {
        return new SweepTask(task.index(), task.name(), task.configJson(), Path.of(task.runDir()).toAbsolutePath().toString());
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
