package org.gdlab.lab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overfit experiment's logic on generated data, without Fashion-MNIST: two classes whose
 * centres are 8 apart in 10 dimensions (noise std 1) are separable, so a large enough step
 * memorizes the 40 training points, and a step of 1e-7 cannot move the net from its start in 20
 * epochs (near chance: it does not memorize).
 */
class OverfitOnBlobsTest {
    /** {@code rows} points of two alternating classes, centres 8 apart in 10 dimensions, as an npy: source. */
    static DataSource blobs(Path dir, int rows) {
        RandomStream r = new RandomStream(5);
        MatrixF64 x = MatrixF64.zeros(rows, 10);
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 2;
            for (int j = 0; j < 10; j++) {
                x.set(i, j, (y[i] == 1 ? 8.0 / Math.sqrt(10) : 0) + r.normal());
            }
        }
        NpyFile.write(dir.resolve("x.npy"), x);
        NpyFile.writeInts(dir.resolve("y.npy"), y);
        return DataSource.parse("npy:" + dir.resolve("x.npy") + "," + dir.resolve("y.npy"));
    }

    @Test
    void theFirstRateThatMemorizesIsTheOneReported(@TempDir Path dir) {
        OverfitExperiment.Config c = new OverfitExperiment.Config(40, 20, new int[] {32, 32}, 0.1,
                new double[] {1e-7, 0.1, 0.3}, 10, 20, 1);
        OverfitExperiment.Result r = OverfitExperiment.run(c, new ExperimentOptions(blobs(dir, 100), true, 1),
                ProgressListener.SILENT);
        assertFalse(r.runs().get(0).memorized(), "1e-7 stays near its start: " + r.runs().get(0).finalTrainAccuracy());
        assertTrue(r.runs().get(0).finalTrainAccuracy() < 0.9);
        assertTrue(r.runs().get(1).memorized(), "0.1 memorizes separable points: " + r.runs().get(1).finalTrainAccuracy());
        assertEquals(1.0, r.runs().get(1).finalTrainAccuracy());
        assertEquals(0.1, r.memorizingLearningRate(), "the smallest that memorizes");
        assertEquals(0, r.runs().get(0).firstMemorizedEpoch());
        assertTrue(r.runs().get(1).firstMemorizedEpoch() >= 1);
    }
}
