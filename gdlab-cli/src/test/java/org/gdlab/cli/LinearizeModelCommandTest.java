package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gdlab linearize --model} on a run folder that {@code gdlab train} wrote. */
class LinearizeModelCommandTest {
    @TempDir
    static Path dir;


    /** Three Gaussian blobs in 6 dimensions, 300 rows, and a 2-epoch run on them. */
    @BeforeAll
    static void train() {
        CliRun t = CliRun.of("train", "--data", BlobFiles.write(dir, 300, 6, 3, 2, 4).data(),
                "--validation-size", "50", "--hidden", "16x2", "--epochs", "2", "--batch", "25", "--optim", "adam",
                "--quiet", "--out", dir.resolve("run").toString());
        assertEquals(0, t.exitCode(), t.err());
    }

    @Test
    void theSpectrumBeforeAndAfterTrainingOfOneOutputAndOfTheSum() throws Exception {
        CliRun r = CliRun.of("linearize", "--model", dir.resolve("run/checkpoint").toString(), "--inputs", "120", "--output",
                "2", "--features", "4", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = JsonFiles.mapper().readTree(r.out());
        assertEquals("output 2", json.get("output").asText());
        JsonNode before = json.get("before");
        JsonNode after = json.get("after");
        assertEquals(120, before.get("singular_values").size());
        assertEquals(4, after.get("left_vectors").size());
        assertEquals(120, after.get("left_vectors").get(0).size());
        assertNotEquals(before.get("singular_values").get(0).asDouble(), after.get("singular_values").get(0).asDouble());
        CliRun sum = CliRun.of("linearize", "--model", dir.resolve("run").toString(), "--inputs", "50", "--output", "sum",
                "--out", dir.resolve("lin").toString());
        assertEquals(0, sum.exitCode(), sum.err());
        assertTrue(sum.out().contains("sum of outputs, 50 inputs"), sum.out());
        assertTrue(sum.out().contains("at initialization") && sum.out().contains("after training"));
        assertTrue(Files.exists(dir.resolve("lin/singular-values.png")));
        assertTrue(Files.exists(dir.resolve("lin/eigenvectors-trained.png")));
    }

    @Test
    void badCombinationsAndValuesAreNamed() {
        CliRun r = CliRun.of("linearize", "--model", dir.resolve("run").toString(), "--width", "3");
        assertEquals(2, r.exitCode());
        assertEquals("linearize: --width = 3 is not allowed: is an option of the 1-D toy and cannot be combined with "
                + "--model", r.err().strip());
        r = CliRun.of("linearize", "--inputs", "10");
        assertEquals("linearize: --inputs = 10 is not allowed: needs --model", r.err().strip());
        r = CliRun.of("linearize", "--model", dir.resolve("run").toString(), "--output", "3");
        assertEquals("linearize: output = 3 is not allowed: the network has 3 outputs: must be in [0, 2] or sum",
                r.err().strip());
        r = CliRun.of("linearize", "--model", dir.resolve("run").toString(), "--inputs", "100000");
        assertEquals("linearize: --inputs = 100000 is not allowed: must be in [1, 250]", r.err().strip());
        CliRun.assertUsageError("linearize: --features = 0 is not allowed: must be >= 1", "linearize", "--model",
                dir.resolve("run").toString(), "--features", "0");
        r = CliRun.of("linearize", "--model", dir.resolve("nothing").toString());
        assertTrue(r.err().startsWith("linearize: --model = " + dir.resolve("nothing")), r.err());
    }
}
