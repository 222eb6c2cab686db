package org.gdlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.spark.SparkConf;
import org.apache.spark.launcher.JavaModuleOptions;
import org.gdlab.sweep.EngineSettings;
import org.gdlab.sweep.PointOutcome;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.SweepEngineProvider;
import org.gdlab.sweep.SweepTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkEngineTest {
    @Test
    void embeddedSparkGivesEachPointTheOutcomeAndRunFolderOfPointRunnerAloneAndFailsOnlyTheBrokenPoint(
            @TempDir Path dir) throws Exception {
        Path csv = SweepPoints.classes(dir);
        List<SweepTask> alone = SweepPoints.tasks(csv, dir.resolve("alone"));
        Map<Integer, PointOutcome> expected = SweepPoints.oneAfterAnother(alone);
        List<SweepTask> tasks = SweepPoints.tasks(csv, dir.resolve("spark"));
        Map<Integer, PointOutcome> outcomes = SweepPoints.bySpark(new EngineSettings(2, Optional.empty()), tasks);

        SweepPoints.assertSamePoints(alone, expected, tasks, outcomes);
        PointOutcome missing = outcomes.get(SweepPoints.MISSING_DATA);
        assertEquals(PointStatus.FAILED, missing.status());
        assertTrue(missing.reason().contains("missing.csv"), missing.reason());
        assertEquals(5, outcomes.values().stream().filter(o -> o.status() == PointStatus.COMPLETED).count(), outcomes::toString);
        assertTrue(outcomes.get(4).metrics().validationAccuracy() > 0.5, "well above chance (1/3) after one epoch: " + outcomes.get(4));
    }

    @Test
    void aSecondSparkRunOfAFinishedSweepReadsEveryPointBack(@TempDir Path dir) throws Exception {
        List<SweepTask> tasks = SweepPoints.tasks(SweepPoints.classes(dir), dir.resolve("out")).subList(0, 2);
        EngineSettings settings = new EngineSettings(2, Optional.empty());
        Map<Integer, PointOutcome> first = SweepPoints.bySpark(settings, tasks);
        String results = Files.readString(Path.of(tasks.get(0).runDir(), "results.json"));
        Map<Integer, PointOutcome> again = SweepPoints.bySpark(settings, tasks);
        for (int i = 0; i < tasks.size(); i++) {
            assertEquals(first.get(i).metrics(), again.get(i).metrics());
            assertEquals(0, again.get(i).seconds(), "read back, not run");
        }
        assertEquals(results, Files.readString(Path.of(tasks.get(0).runDir(), "results.json")));
    }

    @Test
    void aConsumerThatThrowsStopsNoPointAndItsExceptionComesOutOfRun(@TempDir Path dir) throws Exception {
        List<SweepTask> tasks = SweepPoints.tasks(SweepPoints.classes(dir), dir.resolve("out")).subList(0, 2);
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new SparkEngine(new EngineSettings(1, Optional.empty())).run(tasks, o -> {
                    throw new IllegalStateException("sweep.json is not writable");
                }));
        assertEquals("sweep.json is not writable", thrown.getMessage());
        for (SweepTask t : tasks) {
            assertTrue(Files.isRegularFile(Path.of(t.runDir(), "results.json")), t.name());
        }
    }

    @Test
    void embeddedSparkTakesTheCoresOfParallelPointsBindsToLoopbackAndOpensNoWebUi() {
        SparkConf conf = SparkEngine.conf(new EngineSettings(3, Optional.empty()), 2, ExecutorJars.NONE);
        assertEquals("local[6]", conf.get("spark.master"));
        assertEquals("2", conf.get("spark.task.cpus"));
        assertEquals("127.0.0.1", conf.get("spark.driver.host"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertFalse(conf.contains("spark.jars"));
        assertFalse(conf.contains("spark.executor.cores"), "one JVM: no executors to size");
    }

    @Test
    void aMasterElsewhereKeepsSparksOwnDriverAddressAndGetsOneTaskPerExecutor() {
        SparkConf conf = SparkEngine.conf(new EngineSettings(1, Optional.of("spark://sweeps.example:7077")), 2,
                ExecutorJars.NONE);
        assertEquals("spark://sweeps.example:7077", conf.get("spark.master"));
        assertFalse(conf.contains("spark.driver.host"));
        assertEquals("2", conf.get("spark.executor.cores"));
        assertTrue(SparkEngine.onThisMachine("spark://127.0.0.1:7077"));
        assertTrue(SparkEngine.embedded(Optional.of("local[3]")));
        assertFalse(SparkEngine.embedded(Optional.of("spark://127.0.0.1:7077")));
        assertFalse(SparkEngine.onThisMachine("yarn"));
    }

    @Test
    void theEngineIsFoundByItsNameAsGdlabSweepLooksItUp() {
        List<String> names = ServiceLoader.load(SweepEngineProvider.class).stream().map(p -> p.get().name()).toList();
        assertEquals(List.of("spark"), names);
        assertEquals("spark", ServiceLoader.load(SweepEngineProvider.class).findFirst().orElseThrow()
                .create(new EngineSettings(1, Optional.empty())).name());
    }

    @Test
    void theTestsRunWithEveryJvmOptionSparksLauncherGives() {
        List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String option : JavaModuleOptions.defaultModuleOptionArray()) {
            assertTrue(jvm.contains(option), "Surefire's argLine lacks " + option + " (gdlab-spark/pom.xml spark.jvm.options)");
        }
    }
}
