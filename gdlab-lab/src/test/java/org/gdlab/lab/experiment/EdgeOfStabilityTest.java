package org.gdlab.lab.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.loss.LossKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edge-of-stability experiment's logic on generated blobs, and its --quick run on Fashion-MNIST. */
class EdgeOfStabilityTest {
    @TempDir
    static Path dir;
    static ExperimentOptions blobs;

    /** Four Gaussian blobs in 12 dimensions, 260 rows (the experiment takes the first 200). */
    @BeforeAll
    static void write() {
        RandomStream r = new RandomStream(3);
        MatrixF64 x = MatrixF64.zeros(260, 12);
        int[] y = new int[260];
        for (int i = 0; i < 260; i++) {
            y[i] = r.nextInt(4);
            for (int j = 0; j < 12; j++) {
                x.set(i, j, (j % 4 == y[i] ? 1.5 : 0) + r.normal());
            }
        }
        NpyFile.write(dir.resolve("x.npy"), x);
        NpyFile.writeInts(dir.resolve("y.npy"), y);
        blobs = new ExperimentOptions(DataSource.parse("npy:" + dir.resolve("x.npy") + "," + dir.resolve("y.npy")), false, 5);
    }

    private static EdgeOfStabilityExperiment.Result run(double[] etas, int steps) {
        EdgeOfStabilityExperiment.Config c = new EdgeOfStabilityExperiment.Config(200, new int[] {16},
                List.of(Nonlinearity.RELU, Nonlinearity.TANH), LossKind.MSE, etas, steps, 5, 10, new double[] {0.9, 1.1}, 5);
        return EdgeOfStabilityExperiment.run(c, blobs, ProgressListener.SILENT);
    }

    @Test
    void leastSquaresSharpnessIsTheClosedFormAndItsEdgeDecidesConvergence() {
        EdgeOfStabilityExperiment.Result r = run(new double[] {0.01}, 100);
        assertEquals(r.leastSquaresSharpness(), r.leastSquaresMeasured(), 1e-9 * r.leastSquaresSharpness());
        EdgeOfStabilityExperiment.Run below = r.leastSquares().get(0);
        EdgeOfStabilityExperiment.Run above = r.leastSquares().get(1);
        assertEquals(0.9 * 2 / r.leastSquaresSharpness(), below.learningRate(), 1e-12);
        for (double s : below.sharpness()) {
            assertEquals(r.leastSquaresSharpness(), s, 1e-6 * s, "the sharpness of least squares does not move");
        }
        assertFalse(below.diverged());
        double[] loss = below.loss();
        for (int t = 1; t < loss.length; t++) {
            assertTrue(loss[t] <= loss[t - 1] * (1 + 1e-5), "below the edge the loss falls: step " + t);
        }
        assertTrue(above.diverged() || above.loss()[above.loss().length - 1] > above.loss()[0],
                "above the edge GD does not converge");
        assertEquals(-1, below.firstAtEdge());
        assertEquals(0, above.firstAtEdge());
        assertTrue(above.overshoot() > 1 && below.overshoot() < 1);
    }

    @Test
    void eachRunReportsWhereItsSharpnessMetTwoOverEta() {
        EdgeOfStabilityExperiment.Result r = run(new double[] {3, 0.001}, 30);
        assertEquals(4, r.runs().size());
        for (EdgeOfStabilityExperiment.Run run : r.runs()) {
            assertEquals(2 / run.learningRate(), run.edge(), 1e-12);
            int first = -1;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < run.sharpness().length; i++) {
                assertEquals(5 * i, run.sharpnessSteps()[i]);
                if (first < 0 && run.sharpness()[i] >= run.edge()) {
                    first = run.sharpnessSteps()[i];
                }
                max = Math.max(max, run.sharpness()[i]);
            }
            assertEquals(first, run.firstAtEdge());
            assertEquals(max, run.maxSharpness());
            assertTrue(run.sharpness()[0] > 0);
        }
        // eta 0.001: 2/eta = 2000 is far above any sharpness of these nets
        assertEquals(-1, r.runs().get(1).firstAtEdge());
        assertEquals(r.runs().get(0).sharpness()[0] >= r.runs().get(0).edge() ? 0 : r.runs().get(0).firstAtEdge(),
                r.runs().get(0).firstAtEdge());
        assertTrue(r.runs().get(0).network().startsWith("12-[16]-4 relu"));
        assertTrue(r.runs().get(2).network().startsWith("12-[16]-4 tanh"));
    }

    @Test
    void aBadConfigIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EdgeOfStabilityExperiment.Config(
                10, new int[] {4}, List.of(), LossKind.MSE, new double[] {0.1}, 10, 1, 5, new double[0], 0));
        assertTrue(e.getMessage().startsWith("activations = [] is not allowed"), e.getMessage());
    }

    @Test
    void quickRunOnFashionMnistWritesItsFolder(@TempDir Path out) {
        EdgeOfStabilityExperiment.Result r = ExperimentsTest.runAndReadBack(ExperimentName.EDGE_OF_STABILITY, out,
                EdgeOfStabilityExperiment.Result.class);
        assertEquals(4, r.runs().size());
        assertEquals(2, r.leastSquares().size());
        assertEquals(r.leastSquaresSharpness(), r.leastSquaresMeasured(), 1e-6 * r.leastSquaresSharpness());
        assertTrue(r.leastSquares().get(1).diverged());
        assertTrue(new RunFolder(out).readResults(EdgeOfStabilityExperiment.Result.class).runs().get(0).sharpness().length > 0);
    }
}
