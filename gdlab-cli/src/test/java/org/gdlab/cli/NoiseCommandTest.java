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

class NoiseCommandTest {
    @TempDir
    Path dir;

    @Test
    void theScalarCasePrintsTheRecurrenceItsRangeAndLimit() {
        CliRun r = CliRun.of("noise", "--x", "2", "--y", "3", "--noise-var", "0.5", "--eta", "0.1", "--trials", "2000", "--steps", "50");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("E[w_{t+1}] = (1 - eta (x^2 + sigma^2)) E[w_t] + eta x y = 0.55000 E[w_t] + 0.60000"), r.out());
        assertTrue(r.out().contains("converges iff 0 < eta < 2/(x^2 + sigma^2) = 0.44444: eta = 0.10000 converges"), r.out());
        assertTrue(r.out().contains("limit x y/(x^2 + sigma^2) = 1.3333, noise-free optimum y/x = 1.5000"), r.out());
        assertTrue(r.out().contains("it does not vanish"), r.out());
        assertTrue(!r.out().contains("SGD over the rows"), "the scalar case alone");
    }

    @Test
    void jsonHasTheFullResultAndTheSameSeedGivesTheSameBytes() throws Exception {
        String[] args = {"noise", "--x", "2", "--y", "3", "--trials", "500", "--steps", "20", "--json"};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), CliRun.of(args).out());
        JsonNode scalar = new ObjectMapper().readTree(first.out()).get("scalar");
        assertEquals(4.0 / 3, scalar.get("limit").asDouble(), 1e-15);
        assertEquals(21, scalar.get("empirical_mean").size());
    }

    @Test
    void theVectorCaseFromFilesWritesResultsAndCharts() throws Exception {
        MatrixFiles.write(dir.resolve("x.npy"), MatrixF64.fromRows(new double[][] {{1, 0}, {0, 1}, {1, 1}, {2, -1}}));
        MatrixFiles.write(dir.resolve("y.csv"), MatrixF64.column(1, 2, 2.5, 0.2));
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("noise", "--matrix", dir.resolve("x.npy").toString(), "--y", dir.resolve("y.csv").toString(),
                "--noise-var", "0.3", "--eta", "0.05", "--trials", "1000", "--steps", "300", "--path-trials", "200", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("E||(X + N) w - y||^2 = ||X w - y||^2 + m sigma^2 ||w||^2"), r.out());
        assertTrue(r.out().contains("lambda = sigma^2 = 0.30000"), r.out());
        assertTrue(r.out().contains("(= m sigma^2 = 1.2000 unnormalized)"), r.out());
        assertTrue(!r.out().contains("Scalar case"), "the vector case alone");
        for (String name : new String[] {"results.json", "noise-vector-distance.png", "noise-vector-distance.svg", "noise-path.png", "noise-path.svg"}) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        JsonNode vector = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("vector");
        int last = vector.get("distance_to_ridge").size() - 1;
        assertTrue(vector.get("distance_to_ridge").get(last).asDouble() < 4 * vector.get("standard_error").get(last).asDouble());
    }

    @Test
    void aDivergentEtaIsSimulatedAndReportedUnlessStrict() {
        CliRun loose = CliRun.of("noise", "--x", "2", "--y", "3", "--eta", "0.5", "--trials", "100", "--steps", "20");
        assertEquals(ExitCode.DIVERGED, loose.exitCode(), loose.err());
        assertTrue(loose.out().contains("eta = 0.50000 DIVERGES"), loose.out());
        assertTrue(loose.out().contains("DIVERGENT in mean"), loose.out());
        CliRun strict = CliRun.of("noise", "--x", "2", "--y", "3", "--eta", "0.5", "--strict");
        assertEquals(2, strict.exitCode());
        assertTrue(strict.oneLineError(), strict.err());
        assertTrue(strict.err().startsWith("noise: --eta = 0.5 is not allowed: must be in (0, 0.4444444444444444)"), strict.err());
    }

    @Test
    void badInputGetsOneLineAndExitCodeTwo() {
        CliRun negative = CliRun.of("noise", "--noise-var", "-1");
        assertEquals(2, negative.exitCode());
        assertEquals("noise: --noise-var = -1.0 is not allowed: must be >= 0", negative.err().strip());
        CliRun word = CliRun.of("noise", "--x", "2", "--y", "three");
        assertEquals(2, word.exitCode());
        assertTrue(word.oneLineError(), word.err());
        assertTrue(word.err().contains("--y = three is not allowed"), word.err());
        CliRun both = CliRun.of("noise", "--x", "2", "--matrix", "x.npy");
        assertEquals(2, both.exitCode());
        assertTrue(both.oneLineError(), both.err());
        CliRun zero = CliRun.of("noise", "--x", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().contains("--x = 0.0 is not allowed"), zero.err());
    }

    @Test
    void mismatchedShapesAreNamed() throws Exception {
        MatrixFiles.write(dir.resolve("x.npy"), MatrixF64.zeros(4, 2));
        MatrixFiles.write(dir.resolve("y.npy"), MatrixF64.column(1, 2, 3));
        CliRun r = CliRun.of("noise", "--matrix", dir.resolve("x.npy").toString(), "--y", dir.resolve("y.npy").toString());
        assertEquals(2, r.exitCode());
        assertEquals("noise: y is 3x1 but X is 4x2: y must be a column with one value per row of X (4x1)", r.err().strip());
    }
}
