package org.gdlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.gdlab.sweep.EngineSettings;
import org.gdlab.sweep.PointOutcome;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.SweepTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on this machine: a master and one worker in their own JVMs,
 * started from the Spark jars of the test class path and bound to 127.0.0.1. The worker's
 * {@code SPARK_HOME} is a temporary folder whose {@code jars/} links to Spark's jars only (not
 * gdlab's), so the executor it starts finds gdlab's classes only through the jars the engine ships.
 */
class StandaloneClusterTest {
    private static final long START_SECONDS = 90;

    @TempDir
    static Path cluster;
    private static Process master;
    private static Process worker;
    private static String masterUrl;

    @BeforeAll
    static void startMasterAndWorker() throws Exception {
        Path home = sparkHome(cluster.resolve("spark-home"));
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        master = start(home, "master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        awaitLog("master", "I have been elected leader");
        worker = start(home, "worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()), "--cores", "2",
                "--memory", "2g", "--work-dir", cluster.resolve("work").toString(), masterUrl);
        awaitLog("worker", "Successfully registered with master");
    }

    @AfterAll
    static void stopTheCluster() throws InterruptedException, IOException {
        try {
            stop(worker);
            stop(master);
        } finally {
            // the links into the Maven repository go before JUnit clears the folder (it warns per link)
            try (Stream<Path> links = Files.list(cluster.resolve("spark-home/jars"))) {
                for (Path link : (Iterable<Path>) links::iterator) {
                    Files.delete(link);
                }
            }
        }
    }

    @Test
    void theClusterGivesEachPointTheOutcomeAndRunFolderOfPointRunnerAlone(@TempDir Path dir) throws Exception {
        Path csv = SweepPoints.classes(dir);
        List<SweepTask> alone = SweepPoints.tasks(csv, dir.resolve("alone"));
        Map<Integer, PointOutcome> expected = SweepPoints.oneAfterAnother(alone);
        List<SweepTask> tasks = SweepPoints.tasks(csv, dir.resolve("cluster"));
        Map<Integer, PointOutcome> outcomes = SweepPoints.bySpark(new EngineSettings(1, Optional.of(masterUrl)), tasks);

        SweepPoints.assertSamePoints(alone, expected, tasks, outcomes);
        assertEquals(PointStatus.FAILED, outcomes.get(SweepPoints.MISSING_DATA).status());
        try (Stream<Path> executors = Files.list(cluster.resolve("work"))) {
            assertEquals(1, executors.count(), "the worker ran the sweep's application");
        }
    }

    /** A SPARK_HOME whose jars/ links to the test class path's jars that are Spark's (not gdlab's). */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        List<Path> gdlabs;
        try (ExecutorJars shipped = ExecutorJars.of(System.getProperty("java.class.path"))) {
            gdlabs = shipped.jars();
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p) && !gdlabs.contains(p)) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        return home;
    }

    private static Process start(Path home, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(List.of("-Xmx512m", "-cp", home.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(cluster.resolve(name + ".log").toFile());
        b.environment().put("SPARK_HOME", home.toString());
        b.environment().put("SPARK_SCALA_VERSION", "2.13");
        b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return b.start();
    }

    private static void awaitLog(String name, String line) throws Exception {
        Path log = cluster.resolve(name + ".log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(log) && Files.readString(log).contains(line)) {
                return;
            }
            Process p = name.equals("master") ? master : worker;
            assertTrue(p.isAlive(), name + " stopped: " + (Files.isRegularFile(log) ? Files.readString(log) : ""));
            Thread.sleep(200);
        }
        throw new AssertionError(name + " did not log \"" + line + "\" within " + START_SECONDS + " s: "
                + Files.readString(log));
    }

    /** Stops {@code p} and what it started (the worker's executors), forcibly after 20 s. */
    private static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        children.forEach(ProcessHandle::destroy);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (ProcessHandle c : children) {
            try {
                c.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                c.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
