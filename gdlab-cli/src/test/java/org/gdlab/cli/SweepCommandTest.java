package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.sweep.WallTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    /** The flags of a sweep of 2 learning rates x 2 seeds of {@code epochs} epochs on the blobs. */
    private static List<String> sweep(String data, int epochs, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", "--set", "data=" + data, "--set", "validation_size=200",
                "--set", "hidden=32x2", "--set", "batch=20", "--set", "epochs=" + epochs, "--axis", "lr=1e-3,3e-3",
                "--axis", "seed=0..1", "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void aSweepFromFlagsWritesEveryRunFolderSweepJsonAndThePageAndSaysWhichPointIsBest(@TempDir Path dir) {
        String data = BlobFiles.write(dir, 600, 10, 3, 2.0, 1).data();
        Path out = dir.resolve("s");
        CliRun r = CliRun.of(sweep(data, 2, out, "--metric", "train_accuracy").toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("sweep of 4 points: 4 completed"), r.out());
        assertTrue(r.out().contains("best: lr=0.00"), r.out());
        assertTrue(r.out().contains(out.resolve("index.html").toString()), r.out());
        assertEquals(4, r.err().lines().filter(l -> l.startsWith("sweep: [")).count(), r.err());
        for (String name : List.of("lr=0.001_seed=0", "lr=0.001_seed=1", "lr=0.003_seed=0", "lr=0.003_seed=1")) {
            assertTrue(Files.isRegularFile(out.resolve(name).resolve("results.json")), name);
            assertTrue(Files.isRegularFile(out.resolve(name).resolve("config.json")), name);
        }
        JsonNode json = JsonFiles.read(out.resolve("sweep.json"));
        assertEquals("train_accuracy", json.get("metric").asText());
        assertEquals(4, json.get("ranking").size());
        assertEquals(json.get("ranking").get(0).asText(), json.get("best").asText());
        String html = read(out.resolve("index.html"));
        assertTrue(html.contains("<svg"), "the charts are inline SVG");
        assertFalse(html.contains("<script src") || html.contains("<link"), "the page stands alone");
    }

    @Test
    void theExitCodeSaysWhetherSomePointDivergedOrFailed(@TempDir Path dir) throws Exception {
        String data = BlobFiles.write(dir, 300, 4, 2, 2.0, 1).data();
        CliRun d = CliRun.of(blobSweep(data, 1, "0.05,1e9", dir.resolve("d")));
        assertEquals(ExitCode.DIVERGED, d.exitCode(), d.out() + d.err());
        assertTrue(d.out().contains("1 completed, 1 diverged"), d.out());
        Path out = dir.resolve("f");
        Files.createDirectories(out.resolve("lr=0.05"));
        Files.copy(dir.resolve("d/lr=0.05/config.json"), out.resolve("lr=0.05/config.json"));
        String[] failing = blobSweep(data, 2, "0.05,0.1", out);
        CliRun f = CliRun.of(failing);
        assertEquals(ExitCode.POINTS_FAILED, f.exitCode(), f.out() + f.err());
        assertTrue(f.out().contains("1 completed, 1 failed"), f.out());
        assertTrue(JsonFiles.read(out.resolve("sweep.json")).toString().contains("holds another run's config"));
    }

    /** Plain SGD on the blobs for {@code epochs} epochs at each of {@code lrs}, quietly into {@code out}. */
    private static String[] blobSweep(String data, int epochs, String lrs, Path out) {
        return new String[] {"sweep", "--set", "data=" + data, "--set", "validation_size=100", "--set", "hidden=8",
            "--set", "optim=sgd", "--set", "batch=20", "--set", "epochs=" + epochs, "--axis", "lr=" + lrs, "--quiet",
            "--out", out.toString()};
    }

    @Test
    void aSpecWithABadAxisValueFailsInOneLineBeforeAnyRunStarts(@TempDir Path dir) throws Exception {
        String data = BlobFiles.write(dir, 300, 4, 2, 2.0, 1).data();
        Path spec = Files.writeString(dir.resolve("bad.yaml"), "base: {data: \"" + data + "\"}\naxes: {lr: [0.01, -2]}\n");
        CliRun.assertUsageError("axis lr, value -2", "sweep", spec.toString(), "--out", dir.resolve("s").toString());
        assertFalse(Files.exists(dir.resolve("s").resolve("sweep.json")), "nothing ran");
        CliRun.assertUsageError("field axes.lrate", "sweep", Files.writeString(dir.resolve("u.json"),
                "{\"axes\": {\"lrate\": [0.1]}}").toString(), "--out", dir.resolve("s").toString());
        CliRun.assertUsageError("must be <= the 100 training examples", sweep(data, 1, dir.resolve("s"), "--set",
                "batch=500").toArray(String[]::new));
        CliRun.assertUsageError("point lr=0.01: the run's history (iterations: ", "sweep", "--set", "data=" + data,
                "--set", "epochs=100000000", "--axis", "lr=0.01", "--out", dir.resolve("s").toString());
        assertFalse(Files.exists(dir.resolve("s").resolve("sweep.json")), "nothing ran");
    }

    @Test
    void theSparkEngineWithoutGdlabSparkOnTheClassPathIsOneLine(@TempDir Path dir) {
        String data = BlobFiles.write(dir, 300, 4, 2, 2.0, 1).data();
        CliRun.assertUsageError("--engine = spark is not allowed: is not on the class path (found: local); the spark "
                + "engine lives in the gdlab-spark module", sweep(data, 1, dir.resolve("s"), "--engine", "spark")
                .toArray(String[]::new));
        CliRun.assertUsageError("--master", sweep(data, 1, dir.resolve("s"), "--master", "spark://h:7077")
                .toArray(String[]::new));
    }

    /**
     * A real {@code java} process runs the sweep and is killed once a point has finished and another
     * has a checkpoint but no results; the rerun finishes with what an uninterrupted sweep gives.
     */
    @Test
    void aSweepKilledMidwayAndRerunFinishesWithTheResultOfAnUninterruptedOne(@TempDir Path dir) throws Exception {
        String data = BlobFiles.write(dir, 3000, 40, 4, 1.0, 2).data();
        Path killed = dir.resolve("killed");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Gdlab.class.getName()));
        command.addAll(sweep(data, 8, killed, "--quiet"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
                .start();
        boolean midway = false;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!midway && p.isAlive() && System.nanoTime() < deadline) {
                midway = finished(killed) >= 1 && interrupted(killed) >= 1;
                if (!midway) {
                    Thread.sleep(5);
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(1, TimeUnit.MINUTES);
        }
        assertTrue(midway, "the child was stopped with a point finished and one interrupted; log: " + read(dir.resolve("child.log")));
        assertTrue(finished(killed) < 4, "the kill left points to do");
        CliRun rerun = CliRun.of(sweep(data, 8, killed).toArray(String[]::new));
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertTrue(rerun.err().contains("resumed"), "a point continued from its checkpoint: " + rerun.err());
        Path whole = dir.resolve("whole");
        assertEquals(0, CliRun.of(sweep(data, 8, whole, "--parallel", "2").toArray(String[]::new)).exitCode());
        assertEquals(WallTimes.without(whole.resolve("sweep.json"), "resumed"),
                WallTimes.without(killed.resolve("sweep.json"), "resumed"), "timings and whether a point resumed aside");
        for (String name : List.of("lr=0.001_seed=0", "lr=0.001_seed=1", "lr=0.003_seed=0", "lr=0.003_seed=1")) {
            assertEquals(WallTimes.without(whole.resolve(name).resolve("results.json")),
                    WallTimes.without(killed.resolve(name).resolve("results.json")), name);
        }
    }

    private static long finished(Path sweep) throws Exception {
        return folders(sweep).filter(d -> Files.isRegularFile(d.resolve("results.json"))).count();
    }

    private static long interrupted(Path sweep) throws Exception {
        return folders(sweep).filter(d -> Files.isRegularFile(d.resolve("checkpoint.bin"))
                && !Files.isRegularFile(d.resolve("results.json"))).count();
    }

    private static Stream<Path> folders(Path sweep) throws Exception {
        if (!Files.isDirectory(sweep)) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(sweep)) {
            return s.filter(Files::isDirectory).toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }

}
