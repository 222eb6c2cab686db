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

/** {@code gdlab lr-find} on least squares and on a net over generated blobs. */
class LrFindCommandTest {
    @TempDir
    Path dir;

    @Test
    void leastSquaresIsShownBesideOneOverSigmaMaxSquared() throws Exception {
        CliRun r = CliRun.of("lr-find", "--sigma2", "5,0.05", "--steps", "200", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("theory's edge: 1 / sigma_max^2 (problem 1) = 0.2"), r.out());
        JsonNode json = JsonFiles.mapper().readTree(dir.resolve("results.json").toFile());
        assertEquals(0.2, json.get("edge").asDouble(), 1e-15);
        assertEquals(200, json.get("curve").get("learning_rates").size());
        assertEquals(2e-4, json.get("curve").get("learning_rates").get(0).asDouble(), 1e-18);
        assertTrue(Files.exists(dir.resolve("range-test.png")));
    }

    /**
     * On sigma^2 in {5, 0.05} the steps near lr 0.1 (where 1 - 2 eta sigma^2 = 0) bring the sigma^2 = 5
     * coordinate to a residual of exactly zero, which GD keeps there past the edge 0.2, up to lr 2:
     * the loss never blows up, and the report says that the test cannot show the edge. A test that
     * stops at 1.5 times the edge claims nothing.
     */
    @Test
    void theReportSaysWhenTheLossNeverBlewUpPastTheEdge() {
        CliRun r = CliRun.of("lr-find", "--sigma2", "5,0.05");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("the test and the theory disagree: the learning rate reached 2.000, 10.0 times the "
                + "edge, and the loss never blew up; the coordinates the edge protects had converged before the learning rate "
                + "passed it"), r.out());
        CliRun agree = CliRun.of("lr-find", "--sigma2", "5,0.05", "--max-lr", "0.3");
        assertEquals(0, agree.exitCode(), agree.err());
        assertFalse(agree.out().contains("disagree"), "1.5 times the edge is not past twice it: " + agree.out());
    }

    @Test
    void aNetIsShownBesideTwoOverItsSharpnessAtInitialization() throws Exception {
        String data = BlobFiles.write(dir, 200, 6, 3, 2, 2).data();
        CliRun run = CliRun.of("lr-find", "--data", data, "--validation-size", "20", "--hidden", "8", "--batch", "20",
                "--examples", "100", "--steps", "100", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JsonFiles.mapper().readTree(run.out());
        assertTrue(json.get("edge_rule").asText().startsWith("2 / sharpness at initialization"), json.get("edge_rule").asText());
        assertTrue(json.get("edge").asDouble() > 0);
        assertEquals("6-[8]-3 relu", json.get("problem").asText());
        CliRun.assertUsageError("lr-find: --hidden = 8 is not allowed: is an option of the network test and cannot be "
                + "combined with a least-squares problem", "lr-find", "--sigma2", "1", "--hidden", "8");
        CliRun.assertUsageError("lr-find: --max-lr = 1.0E-6 is not allowed: must be > --min-lr", "lr-find", "--sigma2", "1",
                "--min-lr", "1e-3", "--max-lr", "1e-6");
    }
}
