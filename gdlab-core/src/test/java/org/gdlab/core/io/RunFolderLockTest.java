package org.gdlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondClaimInTheSameProcessIsRefusedUntilTheFirstIsReleased() {
        try (RunFolderLock first = RunFolderLock.acquire("--out", dir)) {
            var e = assertThrows(IllegalArgumentException.class, () -> RunFolderLock.acquire("--out", dir));
            assertTrue(e.getMessage().startsWith("--out = " + dir + " is not allowed: another gdlab run (pid "
                    + ProcessHandle.current().pid() + ", started "), e.getMessage());
            assertTrue(e.getMessage().endsWith("is writing this folder: wait for it to finish or choose another folder"));
        }
        RunFolderLock.acquire("--out", dir).close();
    }

    @Test
    void acquiringRemovesTheTemporaryFilesOfDeadWritersAndNothingElse() throws IOException {
        Path leftover = Files.writeString(dir.resolve(".results.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half");
        Path kept = Files.writeString(dir.resolve("notes.tmp"), "mine");
        Path results = Files.writeString(dir.resolve("results.json"), "{}");
        RunFolderLock.acquire("--out", dir).close();
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(kept));
        assertEquals("{}", Files.readString(results));
    }

    @Test
    void anotherProcessHoldingTheFolderIsNamedAndItsLockDiesWithIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("locked "), String.valueOf(line));
            var e = assertThrows(IllegalArgumentException.class, () -> RunFolderLock.acquire("--out", dir));
            assertTrue(e.getMessage().contains("another gdlab run (pid " + child.pid() + ", started "), e.getMessage());
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        try (RunFolderLock lock = RunFolderLock.acquire("--out", dir)) {
            assertEquals(dir.toRealPath(), lock.folder(), "the dead process's lock is stale, not held");
        }
    }
}
