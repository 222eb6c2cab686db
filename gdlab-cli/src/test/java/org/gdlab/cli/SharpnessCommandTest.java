package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.linalg.SingularValueDecomposition;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gdlab sharpness} on generated blobs: least squares' closed form, a fresh net and a trained run. */
class SharpnessCommandTest {
    @TempDir
    static Path dir;

    static MatrixF64 x;
    static String data;

    /** Three Gaussian blobs in 5 dimensions, 120 rows, and a 1-epoch run on them. */
    @BeforeAll
    static void write() {
        BlobFiles.Written blobs = BlobFiles.write(dir, 120, 5, 3, 2, 7);
        x = blobs.x();
        data = blobs.data();
        CliRun t = CliRun.of("train", "--data", data, "--validation-size", "20", "--hidden", "8", "--epochs", "1",
                "--batch", "20", "--optim", "sgd", "--reg", "0.01", "--quiet", "--out", dir.resolve("run").toString());
        assertEquals(0, t.exitCode(), t.err());
    }

    /**
     * No hidden layer and MSE is least squares on {@code X~ = [X - mean, 1]} for each of the k = 3
     * outputs: the sharpness is {@code 2 sigma_max(X~)^2 / (n k)} (gdlab's MSE is the mean over
     * the n rows and k outputs).
     */
    @Test
    void leastSquaresSharpnessIsTwiceTheTopSquaredSingularValueOverNK() throws Exception {
        CliRun r = CliRun.of("sharpness", "--data", data, "--validation-size", "0", "--hidden", "none", "--loss", "mse",
                "--examples", "120", "--top", "3", "--lanczos-steps", "18", "--density-probes", "2", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode s = JsonFiles.mapper().readTree(r.out()).get("spectrum");
        MatrixF64 xt = MatrixF64.zeros(120, 6);
        for (int j = 0; j < 5; j++) {
            double mean = 0;
            for (int i = 0; i < 120; i++) {
                mean += (float) x.get(i, j);
            }
            mean /= 120;
            for (int i = 0; i < 120; i++) {
                xt.set(i, j, (float) ((float) x.get(i, j) - (float) mean));
            }
        }
        for (int i = 0; i < 120; i++) {
            xt.set(i, 5, 1);
        }
        double[] sigma = SingularValueDecomposition.singularValues(xt);
        double expected = 2 * sigma[0] * sigma[0] / (120 * 3);
        assertEquals(expected, s.get("top").get(0).asDouble(), 1e-6 * expected);
        // each eigenvalue comes once per output column, and Lanczos from one start sees each eigenspace once
        double second = 2 * sigma[1] * sigma[1] / (120 * 3);
        assertEquals(second, s.get("top").get(1).asDouble(), 1e-6 * expected);
        assertEquals(2 / expected, s.get("stable_learning_rate").asDouble(), 1e-6 / expected);
        assertEquals(18, s.get("parameters").asInt());
    }

    @Test
    void aFreshNetAndATrainedRunReportTopTraceAndDensity() throws Exception {
        CliRun fresh = CliRun.of("sharpness", "--data", data, "--validation-size", "20", "--hidden", "6", "--examples", "50",
                "--top", "2", "--out", dir.resolve("fresh").toString());
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertTrue(fresh.out().contains("5-[6]-3 relu (initialization), cross-entropy loss"), fresh.out());
        assertTrue(fresh.out().contains("lambda_2 = ") && fresh.out().contains("trace (Hutchinson, 20 probes)"), fresh.out());
        assertTrue(Files.exists(dir.resolve("fresh/spectral-density.png")));
        assertTrue(Files.exists(dir.resolve("fresh/top-eigenvalues.svg")));
        CliRun run = CliRun.of("sharpness", dir.resolve("run").toString(), "--examples", "100", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JsonFiles.mapper().readTree(run.out());
        assertEquals(0.01, json.get("reg").asDouble());
        assertEquals("5-[8]-3 relu", json.get("network").asText());
        JsonNode top = json.get("spectrum").get("top");
        assertEquals(5, top.size());
        assertTrue(top.get(0).asDouble() >= top.get(4).asDouble() && top.get(0).asDouble() > 0);
    }

    @Test
    void badValuesAreOneLine() {
        CliRun.assertUsageError("sharpness: --examples = 500 is not allowed: must be in [1, 100]", "sharpness", "--data", data,
                "--validation-size", "20", "--examples", "500");
        CliRun.assertUsageError("sharpness: --lanczos-steps = 3 is not allowed: must be >= --top (5)", "sharpness", "--data",
                data, "--lanczos-steps", "3");
        CliRun.assertUsageError("sharpness: --hidden = 4 is not allowed: builds a net at initialization and cannot be "
                + "combined with DIR", "sharpness", dir.resolve("run").toString(), "--hidden", "4");
        CliRun.assertUsageError("sharpness: --loss = l1 is not allowed", "sharpness", "--data", data, "--validation-size",
                "20", "--loss", "l1");
    }
}
