package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.KnownDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality goal, end to end: He + Adam on 784-[200]*10-10 trained 10 epochs on all
 * 60,000 Fashion-MNIST training images (batch 100, learning rate 2e-3 decayed by 0.6 per epoch).
 * Seeds 0 to 5 reached test accuracies 0.891 to 0.897 on the development machine (seed 0:
 * 0.8955); the test asks for 0.885, since another CPU's BLAS kernels round differently and move
 * a run by a few tenths of a percent.
 */
class FashionMnistTrainTest {
    @Test
    void heAndAdamOnTenLayersOf200ReachTheBaselinesInTenEpochs(@TempDir Path dir) {
        assumeTrue(DataLocator.system().find(KnownDataSet.FASHION_MNIST).isPresent() || "1".equals(System.getenv("GDLAB_REQUIRE_DATA")),
                "Fashion-MNIST is not on this machine: apt-get install dataset-fashion-mnist");
        CliRun r = CliRun.of("train", "--data", "fashion-mnist", "--hidden", "200x10", "--init", "he", "--optim", "adam",
                "--batch", "100", "--lr", "2e-3", "--epochs", "10", "--lr-decay", "0.6", "--validation-size", "0", "--seed", "0",
                "--quiet", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode results = JsonFiles.read(dir.resolve("results.json"));
        assertEquals("completed", results.path("status").asText());
        double test = results.path("accuracy").path("test").asDouble();
        assertTrue(test >= 0.885, "test accuracy " + test);
    }
}
