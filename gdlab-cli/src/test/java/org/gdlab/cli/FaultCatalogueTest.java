package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.CheckpointFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults of issue 17 that need a process of their own: an environment variable, a process
 * killed with SIGKILL at a random moment and the run done again (or resumed), a full disk, and
 * a corrupted checkpoint resumed. Each asserts the exit code, one line naming the thing, no stack
 * trace, and that nothing is lost.
 */
class FaultCatalogueTest {
    @TempDir
    Path dir;

    /** {@code gdlab ARGS} in a child JVM with the test's class path and {@code env} added to the environment. */
    private static Process start(Map<String, String> env, Path stdout, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Gdlab.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stdout.resolveSibling(stdout.getFileName() + ".err").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private static String errOf(Path stdout) throws IOException {
        return Files.readString(stdout.resolveSibling(stdout.getFileName() + ".err"));
    }

    @Test
    void gdlabThreadsTooLargeIsOneLineNamingTheVariable() throws Exception {
        Path log = dir.resolve("threads.out");
        Process p = start(Map.of("GDLAB_THREADS", "100000"), log, "ridge");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String err = errOf(log);
        assertEquals(Gdlab.EXIT_USAGE, p.exitValue(), err);
        assertEquals("ridge: GDLAB_THREADS = 100000 is not allowed: must be a whole number in [1, 256] (or unset for all "
                + "cores)", err.strip());
    }

    @Test
    void aRunKilledAtARandomMomentLeavesNoTemporaryFilesAndTheNextRunWritesTheSameResults() throws Exception {
        Path reference = dir.resolve("reference");
        String[] args = {"gd", "--sigma2", "5,2,1,0.5,0.05", "--json"};
        CliRun whole = CliRun.of(concat(args, "--out", reference.toString()));
        assertEquals(0, whole.exitCode(), whole.err());
        RandomStream moments = new RandomStream(17).split("kill moments");
        for (int attempt = 0; attempt < 3; attempt++) {
            Path folder = dir.resolve("killed-" + attempt);
            Process p = start(Map.of(), dir.resolve("killed-" + attempt + ".out"), concat(args, "--out", folder.toString()));
            Thread.sleep(200 + moments.nextInt(2500));
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            if (Files.isDirectory(folder)) {
                // the leftover of a writer killed between creating its temporary file and renaming it
                Files.writeString(folder.resolve(".results.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "{\"half");
            }
            CliRun again = CliRun.of(concat(args, "--out", folder.toString()));
            assertEquals(0, again.exitCode(), again.err());
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(List.of(), left.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
            }
            assertEquals(BadInputCatalogueTest.snapshot(reference).get("results.json"),
                    BadInputCatalogueTest.snapshot(folder).get("results.json"), "the same bytes as the uninterrupted run");
            assertEquals(BadInputCatalogueTest.snapshot(reference).keySet(), BadInputCatalogueTest.snapshot(folder).keySet());
        }
    }

    @Test
    void aTrainingKilledAtARandomMomentResumesToTheUninterruptedResult() throws Exception {
        String data = blobs();
        String[] run = {"train", "--data", data, "--validation-size", "40", "--hidden", "8", "--epochs", "60", "--batch",
            "20", "--optim", "adam", "--seed", "3"};
        Path whole = dir.resolve("whole");
        CliRun uninterrupted = CliRun.of(concat(run, "--out", whole.toString()));
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());
        Path killed = dir.resolve("killed");
        Process p = start(Map.of(), dir.resolve("train.out"), concat(run, "--out", killed.toString()));
        Thread.sleep(500 + new RandomStream(5).split("kill").nextInt(3000));
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        CliRun resumed = Files.exists(killed.resolve("checkpoint.bin"))
                ? CliRun.of("train", "--resume", killed.toString())
                : CliRun.of(concat(run, "--out", killed.toString()));
        assertEquals(0, resumed.exitCode(), resumed.err());
        Checkpoint a = CheckpointFile.read(whole.resolve("checkpoint.bin"));
        Checkpoint b = CheckpointFile.read(killed.resolve("checkpoint.bin"));
        assertArrayEquals(a.parameters(), b.parameters(), 0, "bit for bit");
        assertArrayEquals(a.history().loss(), b.history().loss(), 0);
    }

    @Test
    void aCheckpointWithAFlippedBitIsRefusedOnResumeNamingTheFileAndThePart() throws Exception {
        Path folder = dir.resolve("run");
        CliRun first = CliRun.of("train", "--data", blobs(), "--validation-size", "40", "--hidden", "8", "--epochs", "1",
                "--batch", "20", "--out", folder.toString());
        assertEquals(0, first.exitCode(), first.err());
        Path checkpoint = folder.resolve("checkpoint.bin");
        byte[] bytes = Files.readAllBytes(checkpoint);
        bytes[bytes.length / 2] ^= 0x04;
        Files.write(checkpoint, bytes);
        Map<String, String> before = BadInputCatalogueTest.snapshot(folder);
        CliRun r = CliRun.assertUsageError(checkpoint + ": at byte ", "train", "--resume", folder.toString(), "--epochs", "2");
        assertTrue(r.err().contains("corrupt: the checksum of "), r.err());
        assertEquals(before, BadInputCatalogueTest.snapshot(folder), "nothing written over the run");
        CliRun model = CliRun.assertUsageError(checkpoint + ": at byte ", "linearize", "--model", folder.toString(),
                "--inputs", "10");
        assertTrue(model.err().contains("checksum"), model.err());
    }

    @Test
    void aFullDiskIsOneLineAndLeavesNoHalfFile() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root");
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean mounted = m.waitFor(30, TimeUnit.SECONDS) && m.exitValue() == 0;
        Assumptions.assumeTrue(mounted, "this machine does not let a test mount a tmpfs");
        try {
            Path folder = Files.createDirectories(mount.resolve("run"));
            Files.writeString(folder.resolve("notes.txt"), "kept");
            CliRun r = CliRun.of("gd", "--sigma2", "5,2,1,0.5,0.05", "--out", folder.toString());
            assertEquals(Gdlab.EXIT_USAGE, r.exitCode(), r.out() + r.err());
            assertTrue(r.oneLineError(), r.err());
            assertTrue(r.err().contains("No space left on device"), r.err());
            assertEquals("kept", Files.readString(folder.resolve("notes.txt")));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    assertFalse(f.getFileName().toString().endsWith(".tmp"), "no temporary file left: " + f);
                    if (f.getFileName().toString().equals("results.json")) {
                        JsonFiles.read(f);
                    }
                }
            }
        } finally {
            Process u = new ProcessBuilder("umount", mount.toString()).redirectErrorStream(true).start();
            assertTrue(u.waitFor(30, TimeUnit.SECONDS) && u.exitValue() == 0, "the tmpfs is unmounted");
        }
    }

    /** Two Gaussian blobs in 6 dimensions, 240 rows, as an npy: data source. */
    private String blobs() {
        return BadInputCatalogueTest.twoClasses(dir.resolve("bx.npy"), dir.resolve("by.npy"), 240, 6, 2);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
