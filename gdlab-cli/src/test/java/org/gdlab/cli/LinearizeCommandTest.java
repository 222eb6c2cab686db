package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearizeCommandTest {
    static final String[] SMALL = {"--width", "16", "--samples", "40", "--batch", "10", "--test-points", "50",
            "--features", "4"};


    static String[] small(String... more) {
        String[] all = new String[1 + SMALL.length + more.length];
        all[0] = "linearize";
        System.arraycopy(SMALL, 0, all, 1, SMALL.length);
        System.arraycopy(more, 0, all, 1 + SMALL.length, more.length);
        return all;
    }

    @Test
    void reportsAtInitAndAfterTrainingAndWritesResultsAndCharts(@TempDir Path dir) {
        CliRun r = CliRun.of(small("--steps", "400", "--save-every", "200", "--out", dir.toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("completed"), r.out());
        assertTrue(r.out().contains("step 0") && r.out().contains("step 200") && r.out().contains("step 400"));
        assertTrue(r.out().contains("W2     layer 2  weight"), r.out());
        JsonNode json = JsonFiles.read(dir.resolve("results.json"));
        assertEquals(3, json.get("reports").size());
        assertEquals(40, json.get("reports").get(0).get("spectrum").get("singular_values").size());
        for (String chart : new String[] {"gradient-norms", "fit-init", "fit", "singular-values", "features-init",
                "features-trained", "loss"}) {
            assertTrue(Files.exists(dir.resolve(chart + ".png")), chart);
        }
    }

    @Test
    void aDivergingRunSaysAtWhichStepAndStillShowsTheInitFeatures() throws Exception {
        String[] diverging = {"linearize", "--depth", "4", "--width", "64", "--samples", "40", "--batch", "10",
            "--test-points", "50", "--init", "uniform:3", "--steps", "300"};
        String[] withJson = java.util.Arrays.copyOf(diverging, diverging.length + 1);
        withJson[diverging.length] = "--json";
        CliRun r = CliRun.of(withJson);
        assertEquals(ExitCode.DIVERGED, r.exitCode(), r.err());
        JsonNode json = JsonFiles.mapper().readTree(r.out());
        assertEquals("diverged", json.get("training").get("status").asText());
        long step = json.get("training").get("diverged_step").asLong();
        assertTrue(step >= 0 && step < 300);
        assertFalse(json.get("reports").get(0).get("spectrum").isNull());
        CliRun text = CliRun.of(diverging);
        assertEquals(ExitCode.DIVERGED, text.exitCode(), text.err());
        assertTrue(text.out().contains("diverged at step " + step), text.out());
    }

    @Test
    void badValuesGiveOneLineNamingTheOptionAndExitCode2() {
        CliRun r = CliRun.of(small("--lr", "-1"));
        assertEquals(2, r.exitCode());
        assertEquals("linearize: --lr = -1.0 is not allowed: must be > 0", r.err().strip());
        CliRun.assertUsageError("linearize: --lr = Infinity is not allowed: must be a finite number",
                small("--lr", "Infinity"));
        r = CliRun.of(small("--init", "gaussian"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("linearize: --init = gaussian is not allowed"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        r = CliRun.of(small("--train-range", "1"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("linearize: --train-range = 1 is not allowed"), r.err());
        r = CliRun.of(small("--method", "svd"));
        assertEquals("linearize: --method = svd is not allowed: must be one of [kernel, explicit]", r.err().strip());
        r = CliRun.of("linearize", "--samples", "40", "--batch", "41");
        assertEquals("linearize: --batch = 41 is not allowed: must be in [1, 40]", r.err().strip());
    }

    @Test
    void theExplicitMethodGivesTheSameSingularValuesAsTheKernel() throws Exception {
        JsonNode kernel = JsonFiles.mapper().readTree(CliRun.of(small("--steps", "0", "--json")).out());
        JsonNode explicit = JsonFiles.mapper().readTree(CliRun.of(small("--steps", "0", "--json", "--method", "explicit")).out());
        JsonNode a = kernel.get("reports").get(0).get("spectrum").get("singular_values");
        JsonNode b = explicit.get("reports").get(0).get("spectrum").get("singular_values");
        for (int i = 0; i < 3; i++) {
            assertEquals(b.get(i).asDouble(), a.get(i).asDouble(), 1e-9 * b.get(0).asDouble());
        }
    }

    @Test
    void theQuickSuiteWritesEveryComparisonIntoOneFolder(@TempDir Path dir) {
        CliRun r = CliRun.of("linearize", "suite", "--quick", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("init-large") && r.out().contains("diverged at step"), r.out());
        for (String chart : new String[] {"compare-init-gradient-norms", "compare-init-singular-values-init",
                "compare-init-singular-values-trained", "compare-depth-singular-values", "compare-depth-fit",
                "compare-range-fit", "compare-range-singular-values", "init-small-fit", "range-partial-features-trained"}) {
            assertTrue(Files.exists(dir.resolve(chart + ".png")), chart);
        }
        JsonNode json = JsonFiles.read(dir.resolve("results.json"));
        assertEquals(5, json.get("runs").size());
    }

    @Test
    void theBenchmarkPrintsFigures() {
        CliRun r = CliRun.of("linearize", "bench", "--cases", "16,2,50", "--repeats", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("W=   16 D=2 N=   50"), r.out());
        assertTrue(r.out().contains("kernel path") && r.out().contains("median of 2"), r.out());
        r = CliRun.of("linearize", "bench", "--cases", "16,2");
        assertEquals("bench: --cases = 16,2 is not allowed: each case must be W,D,N, e.g. 256,4,1000", r.err().strip());
    }

    @Test
    void anOutThatIsAFileFailsBeforeTraining(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "");
        CliRun.assertUsageError("linearize: --out = " + file + " is not allowed: cannot create the folder",
                "linearize", "--out", file.toString());
        CliRun.assertUsageError("suite: --out = " + file + " is not allowed: cannot create the folder",
                "linearize", "suite", "--out", file.toString());
    }
}
