package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.KnownDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
    @Test
    void initWritesItsRunFolderAndExplainsFromTheNumbers(@TempDir Path dir) throws Exception {
        assumeTrue(DataLocator.system().find(KnownDataSet.FASHION_MNIST).isPresent() || "1".equals(System.getenv("GDLAB_REQUIRE_DATA")),
                "Fashion-MNIST is not on this machine: apt-get install dataset-fashion-mnist");
        CliRun r = CliRun.of("experiment", "init", "--quick", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String file : new String[] {"config.json", "results.json", "loss.png", "gradient-norm.svg", "layer-gradient-norms.png"}) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        assertTrue(r.out().contains("zero at lr 0.001: weight std per layer at initialization 0 in every layer."), r.out());
        assertTrue(r.out().contains("random:0.01 at lr 0.01: weight std per layer at initialization"), r.out());
        assertTrue(Files.readString(dir.resolve("config.json")).contains("\"quick\" : true"));
    }

    @Test
    void anUnknownExperimentIsOneLineListingTheValidNames() {
        CliRun r = CliRun.of("experiment", "overfitt");
        assertEquals(Gdlab.EXIT_USAGE, r.exitCode());
        assertTrue(r.oneLineError(), r.err());
        assertEquals("experiment: NAME = overfitt is not allowed: must be one of [overfit, optimizers, batch-size, init, best-model, "
                + "edge-of-stability]",
                r.err().strip());
    }

    @Test
    void aBadDataSourceIsOneLine() {
        CliRun r = CliRun.of("experiment", "init", "--data", "imagenet");
        assertEquals(Gdlab.EXIT_USAGE, r.exitCode());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().startsWith("experiment: --data = imagenet is not allowed: use one of fashion-mnist"), r.err());
    }

    @Test
    void missingDataSaysHowToGetIt(@TempDir Path dir) {
        CliRun r = CliRun.of("experiment", "overfit", "--data", "fashion-mnist:" + dir.resolve("nowhere"), "--out",
                dir.resolve("run").toString());
        assertEquals(Gdlab.EXIT_USAGE, r.exitCode());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains(dir.resolve("nowhere").toString()), r.err());
    }

    @Test
    void anOutThatIsAFileFailsBeforeTheExperimentRuns(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "");
        CliRun.assertUsageError("experiment: --out = " + file + " is not allowed: cannot create the folder",
                "experiment", "init", "--out", file.toString());
    }
}
