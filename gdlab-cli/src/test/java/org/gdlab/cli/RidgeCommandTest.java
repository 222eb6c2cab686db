package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RidgeCommandTest {
    @TempDir
    Path dir;

    @Test
    void bothFormsTheChoiceAndTheBayesianViewFromFiles() throws Exception {
        // X = [[1, 0, 1], [0, 1, 1]], y = (1, 2), lambda = 1: X X^T + I = [[3, 1], [1, 3]],
        // alpha = (1/8) [[3, -1], [-1, 3]] (1, 2) = (1/8, 5/8), w = X^T alpha = (1/8, 5/8, 6/8)
        MatrixFiles.write(dir.resolve("x.csv"), MatrixF64.fromRows(new double[][] {{1, 0, 1}, {0, 1, 1}}));
        MatrixFiles.write(dir.resolve("y.npy"), MatrixF64.column(1, 2));
        CliRun r = CliRun.of("ridge", "--matrix", dir.resolve("x.csv").toString(), "--y", dir.resolve("y.npy").toString(),
                "--lambda", "1", "--out", dir.resolve("run").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("w = [0.12500, 0.62500, 0.75000]"), r.out());
        assertTrue(r.out().contains("used: the kernel form, because n = 2 < d = 3"), r.out());
        assertTrue(r.out().contains("S_YY = X X^T + lambda I (2 x 2):"), r.out());
        assertTrue(r.out().contains("posterior mean S_WY S_YY^{-1} y = [0.12500, 0.62500, 0.75000]"), r.out());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("run/results.json").toFile());
        assertTrue(json.get("solution").get("max_difference").asDouble() < 1e-14);
        assertEquals(3.0, json.get("posterior").get("s_yy").get(0).get(0).asDouble(), 1e-15);
        assertTrue(Files.size(dir.resolve("run/ridge-path.png")) > 0);
    }

    @Test
    void aRankDeficientXWithLambdaZeroIsOneLine() throws Exception {
        MatrixFiles.write(dir.resolve("x.npy"), MatrixF64.fromRows(new double[][] {{1, 2}, {2, 4}, {3, 6}}));
        MatrixFiles.write(dir.resolve("y.npy"), MatrixF64.column(1, 2, 3));
        CliRun r = CliRun.of("ridge", "--matrix", dir.resolve("x.npy").toString(), "--y", dir.resolve("y.npy").toString(), "--lambda", "0");
        assertEquals(2, r.exitCode());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("lambda = 0.0 is not allowed: X (3x2) has rank 1"), r.err());
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() throws Exception {
        CliRun negative = CliRun.of("ridge", "--lambda", "-0.3");
        assertEquals(2, negative.exitCode());
        assertEquals("ridge: --lambda = -0.3 is not allowed: must be >= 0", negative.err().strip());
        MatrixFiles.write(dir.resolve("x.npy"), MatrixF64.zeros(4, 2));
        MatrixFiles.write(dir.resolve("y.npy"), MatrixF64.column(1, 2));
        CliRun shapes = CliRun.of("ridge", "--matrix", dir.resolve("x.npy").toString(), "--y", dir.resolve("y.npy").toString());
        assertEquals(2, shapes.exitCode());
        assertEquals("ridge: y is 2x1 but X is 4x2: y must be a column with one value per row of X (4x1)", shapes.err().strip());
        CliRun missing = CliRun.of("ridge", "--matrix", dir.resolve("x.npy").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.oneLineError(), missing.err());
    }

    @Test
    void theBenchmarkPrintsEveryGridPointAndTheVerdictOfTheClaim() {
        CliRun r = CliRun.of("ridge", "--bench", "--sizes", "4,16", "--min-seconds", "0.001");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(4, r.out().lines().filter(l -> l.matches("\\s+(4|16)\\s+(4|16)\\s.*")).count(), r.out());
        assertTrue(r.out().contains("claim: on the "), r.out());
    }
}
