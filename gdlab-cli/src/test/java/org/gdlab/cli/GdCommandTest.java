package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdCommandTest {
    @TempDir
    Path dir;

    @Test
    void theMissionExamplePrints346BothWays() {
        CliRun r = CliRun.of("gd", "--sigma2", "5,0.05");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("iterations to eps at eta: asymptotic 346, exact (running the recurrence) 346"), r.out());
        assertTrue(r.out().contains("optimal eta = 1/(sigma_max^2 + sigma_min^2) = 0.198020"), r.out());
        assertTrue(r.out().contains("stable iff eta < 1/sigma_max^2 = 0.200000"), r.out());
    }

    @Test
    void jsonAndOutWriteTheFullResultAndCharts() throws Exception {
        CliRun r = CliRun.of("gd", "--sigma", "2,1,0.5", "--eta", "0.1", "--json", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = JsonFiles.mapper().readTree(r.out());
        assertEquals(3, json.get("coordinates").size());
        assertEquals("REACHED", json.get("exact").get("outcome").asText());
        assertEquals(json, JsonFiles.read(dir.resolve("results.json")));
        for (String chart : new String[] {"contraction", "error"}) {
            assertTrue(Files.size(dir.resolve(chart + ".png")) > 1000);
            assertTrue(Files.size(dir.resolve(chart + ".svg")) > 1000);
        }
    }

    @Test
    void aMatrixWithAZeroSingularValueIsReportedNotACrash() {
        Path x = dir.resolve("X.csv");
        MatrixFiles.write(x, MatrixF64.fromRows(new double[][] {{2, 0}, {0, 0}, {0, 0}}));
        CliRun r = CliRun.of("gd", "--matrix", x.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 direction of X with a zero singular value"), r.out());
    }

    @Test
    void divergenceIsReported() {
        CliRun r = CliRun.of("gd", "--sigma2", "5,0.05", "--eta", "0.3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("eta is NOT stable"), r.out());
        assertTrue(r.out().contains("diverges"), r.out());
    }

    @Test
    void badInputIsOneLineOnStderrWithExitCode2() {
        CliRun.assertUsageError("--eta = -1.0 is not allowed: must be > 0", "gd", "--sigma2", "5,0.05", "--eta", "-1");
        CliRun.assertUsageError("--sigma2[1] = 0.0 is not allowed", "gd", "--sigma2", "5,0");
        CliRun.assertUsageError("--sigma2 = 'abc' is not allowed", "gd", "--sigma2", "abc");
        CliRun.assertUsageError("--eps = 2.0 is not allowed: must be in (0, 1)", "gd", "--sigma2", "5", "--eps", "2");
        CliRun.assertUsageError("exactly one of --sigma2, --sigma or --matrix", "gd");
    }

    @Test
    void nanInAFileIsAClearError() throws Exception {
        Path x = dir.resolve("X.csv");
        Files.writeString(x, "1,2\n3,NaN\n");
        CliRun.assertUsageError(x + ": the value at row 1, column 1 is NaN: every value must be a finite number", "gd",
                "--matrix", x.toString());
        Path s = dir.resolve("s.csv");
        Files.writeString(s, "5\nNaN\n");
        CliRun.assertUsageError(s + ": the value at row 1, column 0 is NaN", "gd", "--sigma2", s.toString());
    }

}
