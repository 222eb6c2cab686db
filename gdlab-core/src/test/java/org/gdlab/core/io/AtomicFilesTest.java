package org.gdlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedWriteLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path f = tmp.resolve("results.json");
        AtomicFiles.writeString(f, "old");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(f), files.toList());
        }
    }

    @Test
    void onlyItsOwnTemporaryNamesAreTemporary() {
        assertTrue(AtomicFiles.isTemporary(".checkpoint.bin.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"));
        assertFalse(AtomicFiles.isTemporary("checkpoint.bin.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"));
        assertFalse(AtomicFiles.isTemporary(".notes.tmp"));
        assertFalse(AtomicFiles.isTemporary(".x.0f8fad5b-d9cb-469f-a165-70867728950e.tmp.bak"));
    }

    @Test
    void removeLeftoversDeletesTheTemporaryFilesOfAKilledWriter() throws IOException {
        Files.writeString(tmp.resolve(".a.json.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half");
        Files.writeString(tmp.resolve(".b.png.1f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half");
        Path keep = Files.writeString(tmp.resolve("a.json"), "{}");
        assertEquals(2, AtomicFiles.removeLeftovers(tmp));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(keep), files.toList());
        }
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path f = tmp.resolve("a/b/c.txt");
        AtomicFiles.writeString(f, "x");
        assertEquals("x", Files.readString(f));
    }

    @Test
    void theFileGetsThePermissionsOfAPlainWrite() throws IOException {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path atomic = tmp.resolve("atomic.txt");
        AtomicFiles.writeString(atomic, "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
    }

    record Result(String name, double value, double[] series) {
    }

    @Test
    void jsonRoundTripsRecordsAndNonFiniteNumbers() throws IOException {
        Path f = tmp.resolve("r.json");
        JsonFiles.write(f, Map.of("result", new Result("gd", Double.NaN, new double[] {1, Double.POSITIVE_INFINITY})));
        var tree = JsonFiles.read(f);
        assertEquals("gd", tree.at("/result/name").asText());
        assertEquals("NaN", tree.at("/result/value").asText());
        assertEquals("Infinity", tree.at("/result/series/1").asText());
        Files.writeString(f, "{\n  \"a\": [1, 2,\n}");
        var e = assertThrows(MatrixFileException.class, () -> JsonFiles.read(f));
        assertEquals(true, e.getMessage().startsWith(f + ": line 3"), e.getMessage());
    }
}
