package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MomentumCommandTest {
    @TempDir
    Path dir;

    @Test
    void theMissionExampleComparesWithGd() {
        CliRun r = CliRun.of("momentum", "--sigma2", "5,0.05", "--beta", "0.1", "--scan-points", "21");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("the interval [0.263340, 3.79737]"), r.out());
        assertTrue(r.out().contains("rate sqrt(1-beta) = 0.948683, asymptotic iterations 132"), r.out());
        assertTrue(r.out().contains("exact 346"), r.out());
        assertTrue(r.out().contains("R_i = [[1 - beta, 2 beta sigma_i^2]; [-eta (1 - beta), 1 - 2 eta beta sigma_i^2]]"), r.out());
    }

    @Test
    void theHeavyBallFormIsConvertedAndBothArePrinted() {
        CliRun r = CliRun.of("momentum", "--sigma2", "5,0.05", "--form", "heavy-ball", "--m", "0.9", "--lr", "0.2",
                "--scan-points", "5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("EMA eta = 2.00000, beta = 0.100000"), r.out());
        assertTrue(r.out().contains("m = 1 - beta = 0.900000, lr = eta beta = 0.200000"), r.out());
    }

    @Test
    void optimizeBetaAndOutWriteEverything() throws Exception {
        CliRun r = CliRun.of("momentum", "--sigma2", "5,1,0.05", "--optimize-beta", "--scan-points", "5",
                "--json", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = JsonFiles.mapper().readTree(r.out());
        assertEquals(9.0 / 11.0, json.get("joint").get("classical_rate").asDouble(), 1e-12);
        assertEquals(9.0 / 11.0, json.get("joint").get("rate").asDouble(), 1e-7);
        for (String chart : new String[] {"spectral-radius", "trajectory-x", "trajectory-a", "regime-map"}) {
            assertTrue(Files.size(dir.resolve(chart + ".png")) > 1000, chart);
            assertTrue(Files.size(dir.resolve(chart + ".svg")) > 1000, chart);
        }
        assertTrue(Files.exists(dir.resolve("results.json")));
    }

    @Test
    void aMatrixWithTargetsUsesTheRotatedTargets() {
        Path x = dir.resolve("X.csv");
        Path y = dir.resolve("y.csv");
        org.gdlab.core.io.MatrixFiles.write(x, org.gdlab.core.matrix.MatrixF64.fromRows(new double[][] {{2, 0}, {0, 0.5}, {0, 0}}));
        org.gdlab.core.io.MatrixFiles.write(y, org.gdlab.core.matrix.MatrixF64.column(1, 2, 3));
        CliRun r = CliRun.of("momentum", "--matrix", x.toString(), "--y", y.toString(), "--beta", "0.5", "--scan-points", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("targets: y' = U^T y from --y"), r.out());
        assertTrue(r.out().contains("sigma_max^2 = 4.00000, sigma_min^2 = 0.250000"), r.out());
    }

    @Test
    void badInputIsOneLineOnStderrWithExitCode2() {
        CliRun.assertUsageError("--beta = 0.0 is not allowed: must be in (0.0, 1.0]", "momentum", "--sigma2", "5,0.05", "--beta", "0");
        CliRun.assertUsageError("--beta = 1.5 is not allowed", "momentum", "--sigma2", "5,0.05", "--beta", "1.5");
        CliRun.assertUsageError("--eta = 0.0 is not allowed: must be > 0", "momentum", "--sigma2", "5,0.05", "--eta", "0");
        CliRun.assertUsageError("--scan-points = 1000001 is not allowed: must be in [1, 1000000]", "momentum", "--sigma2",
                "5,0.05", "--scan-points", "1000001");
        CliRun.assertUsageError("--form = nesterov is not allowed: must be one of [ema, heavy-ball]", "momentum", "--sigma2", "5", "--form", "nesterov");
        CliRun.assertUsageError("--m = 1.0 is not allowed: must be in [0, 1)", "momentum", "--sigma2", "5", "--form", "heavy-ball", "--m", "1");
        CliRun.assertUsageError("--m = 0.9 is not allowed: only with --form heavy-ball", "momentum", "--sigma2", "5", "--m", "0.9");
        CliRun.assertUsageError("--sigma = -1.0 is not allowed", "momentum", "--sigma", "-1");
    }
}
