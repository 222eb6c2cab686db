package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
