package org.gdlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.train.TrainConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointRunnerTest {
    /** Two Gaussian blobs in the plane, 4 apart, as one CSV with the label in its last column. */
    static Path blobs(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("x0,x1,y\n");
        RandomStream r = new RandomStream(5);
        for (int i = 0; i < 400; i++) {
            int y = i % 2;
            csv.append(String.format(Locale.ROOT, "%f,%f,%d%n", 4 * y + r.normal(), -4 * y + r.normal(), y));
        }
        return Files.writeString(dir.resolve("blobs.csv"), csv);
    }

    static RunConfig config(Path csv, int epochs) {
        return RunConfig.builder(DataSource.parse("csv:" + csv))
                .data(DataConfig.of(DataSource.parse("csv:" + csv)).withValidationSize(100))
                .network(NetSpec.relu(8)).optimizer(new OptimizerConfig(OptimizerKind.ADAM, 3e-2, 0)).training(TrainConfig.of(25, epochs, 3)).threads(1).build();
    }

    @Test
    void aFinishedPointIsReadBackNotRunAgainAndGivesTheSameMetrics(@TempDir Path dir) throws Exception {
        SweepTask task = new SweepTask(0, "p0", JsonFiles.toJson(config(blobs(dir), 3)), dir.resolve("p0").toString());
        PointOutcome first = PointRunner.run(task, ProgressListener.SILENT);
        assertEquals(PointStatus.COMPLETED, first.status(), first.reason());
        assertEquals(3, first.metrics().epochsCompleted());
        assertTrue(first.metrics().validationAccuracy() > 0.9, "the blobs are 4 standard deviations apart");
        byte[] results = Files.readAllBytes(dir.resolve("p0/results.json"));
        PointOutcome again = PointRunner.run(task, ProgressListener.SILENT);
        assertEquals(first.metrics(), again.metrics());
        assertEquals(0, again.seconds());
        assertFalse(again.resumed());
        assertEquals(new String(results), Files.readString(dir.resolve("p0/results.json")), "not rewritten");
    }

    @Test
    void aFolderHoldingAnotherConfigFailsThePointAndIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path csv = blobs(dir);
        PointRunner.run(new SweepTask(0, "p", JsonFiles.toJson(config(csv, 1)), dir.resolve("p").toString()),
                ProgressListener.SILENT);
        String before = Files.readString(dir.resolve("p/config.json"));
        PointOutcome other = PointRunner.run(new SweepTask(0, "p", JsonFiles.toJson(config(csv, 2)),
                dir.resolve("p").toString()), ProgressListener.SILENT);
        assertEquals(PointStatus.FAILED, other.status());
        assertTrue(other.reason().contains("holds another run's config"), other.reason());
        assertEquals(before, Files.readString(dir.resolve("p/config.json")));
    }

    @Test
    void aConfigThatIsNotARunConfigFailsThePointInOneLine(@TempDir Path dir) {
        PointOutcome o = PointRunner.run(new SweepTask(2, "bad", "{\"data\": 1}", dir.resolve("bad").toString()),
                ProgressListener.SILENT);
        assertEquals(PointStatus.FAILED, o.status());
        assertEquals(2, o.index());
        assertFalse(o.reason().contains("\n"), o.reason());
    }
}
