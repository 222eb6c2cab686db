package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
    @TempDir
    Path dir;
    String source;


    @BeforeEach
    void numericDataSet() {
        Path x = dir.resolve("x.npy");
        NpyFile.write(x, MatrixF32.of(6, 2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        Path y = dir.resolve("y.npy");
        NpyFile.writeInts(y, new int[] {0, 1, 2, 0, 1, 2});
        source = "npy:" + x + "," + y;
    }

    @Test
    void printsTheFilesSizesAndClassCounts() {
        CliRun r = CliRun.of("data", "--data", source, "--validation-size", "2", "--train-size", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("source: " + source + "\n  " + dir.resolve("x.npy") + "  "), r.out());
        assertTrue(r.out().contains("2 features, 3 classes;"), r.out());
        assertTrue(r.out().contains("x.npy train                        3 examples  per class [1, 1, 1]"), r.out());
        assertTrue(r.out().contains("x.npy validation                   2 examples  per class [0, 1, 1]"), r.out());
        assertTrue(r.out().contains("x.npy test                         0 examples  per class [0, 0, 0]"), r.out());
    }

    @Test
    void jsonHasTheProvenance() throws Exception {
        CliRun r = CliRun.of("data", "--data", source, "--validation-size", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = JsonFiles.mapper().readTree(r.out());
        assertEquals(source, doc.get("source").asText());
        assertEquals(5, doc.get("sizes").get("train").asInt());
        assertEquals(64, doc.get("files").get(1).get("sha256").asText().length());
        assertEquals("[2, 2, 1]", doc.get("class_counts").get("x.npy train").toString().replace(",", ", "));
    }

    @Test
    void badInputIsOneLineOnStderrWithExitCode2() {
        CliRun unknown = CliRun.of("data", "--data", "imagenet");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("data: --data = imagenet is not allowed: use one of fashion-mnist, "), unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        CliRun tooMany = CliRun.of("data", "--data", source, "--validation-size", "2", "--train-size", "5");
        assertEquals(2, tooMany.exitCode());
        assertEquals("data: --train-size = 5 is not allowed: must be <= 4 (the 6 training examples of " + source
                + " minus the 2 taken for validation)\n", tooMany.err());
        CliRun missing = CliRun.of("data", "--data", "fashion-mnist:" + dir.resolve("none"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("apt-get install dataset-fashion-mnist"), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
    }
}
