package org.gdlab.report.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gdlab.nn.train.TrainHistory;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.TrainStatus;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainChartsTest {
    @Test
    void aDivergedRunIsDrawnWithoutItsNonFiniteValues(@TempDir Path dir) {
        TrainHistory h = new TrainHistory(new double[] {2.3, 1.5, Double.NaN}, new double[] {0.5, 0.7, Double.POSITIVE_INFINITY},
                new double[][] {{0.4, 0.6, Double.NaN}, {0.6, 0.8, Double.NaN}}, new double[] {0.5}, new double[] {0.45}, null,
                new double[] {1.0}, new long[0], new double[0], null);
        TrainResult r = new TrainResult(TrainStatus.DIVERGED, 1, 3, 2, java.util.Optional.of(new org.gdlab.nn.train.Divergence(2, 2, Double.NaN, 2,
                java.util.Optional.empty(), "loss NaN")), h, 1, 0.45, 0.5, 0.45,
                1, 1.2);
        Map<String, ChartSpec> charts = TrainCharts.of("test", r);
        assertEquals(java.util.List.of("loss", "accuracy", "gradient-norms"), java.util.List.copyOf(charts.keySet()));
        ChartSpec.Series loss = charts.get("loss").series().get(0);
        assertArrayEquals(new double[] {0, 1}, loss.x());
        assertArrayEquals(new double[] {2.3, 1.5}, loss.y());
        assertEquals(2, charts.get("loss").markers().get(0).x());
        assertEquals(3, charts.get("gradient-norms").series().size());
        assertEquals(2, charts.get("accuracy").series().size(), "no per-iteration accuracy was measured");
        charts.forEach((name, spec) -> ChartWriter.write(spec, dir, name));
        assertTrue(Files.exists(dir.resolve("gradient-norms.png")) && Files.exists(dir.resolve("loss.svg")));
    }

    @Test
    void thePerIterationTrainAccuracyIsAnExtraSeriesAtItsFractionalEpoch() {
        double[] loss = {2.3, 2.0, 1.8, 1.5, 1.3, 1.2, 1.1, 1.0};
        double[][] layers = {loss.clone()};
        TrainHistory h = new TrainHistory(loss, loss.clone(), layers, new double[] {0.6, 0.8}, new double[] {0.55, 0.75}, null,
                new double[] {1, 1}, new long[] {3, 6}, new double[] {0.5, 0.7}, null);
        TrainResult r = new TrainResult(TrainStatus.COMPLETED, 2, 8, 4, java.util.Optional.empty(), h, 2, 0.75, 0.8, 0.75, 2, 2.5);
        ChartSpec accuracy = TrainCharts.of("test", r).get("accuracy");
        assertEquals("epoch", accuracy.xLabel());
        assertEquals(3, accuracy.series().size());
        ChartSpec.Series perIteration = accuracy.series().get(2);
        assertEquals("train (sample) every 3 iterations", perIteration.name());
        assertArrayEquals(new double[] {0.75, 1.5}, perIteration.x(), "after 3 and 6 of 4 iterations per epoch");
        assertArrayEquals(new double[] {0.5, 0.7}, perIteration.y());
    }

    @Test
    void aRunWithoutValidationHasNoValidationLineAndNoBestMarker() {
        double[] loss = {2.3, 2.0, 1.8, 1.5};
        TrainHistory h = new TrainHistory(loss, loss.clone(), new double[][] {loss.clone()}, new double[] {0.6, 0.8},
                new double[] {Double.NaN, Double.NaN}, null, new double[] {1, 1}, new long[0], new double[0], null);
        TrainResult r = new TrainResult(TrainStatus.COMPLETED, 2, 4, 2, java.util.Optional.empty(), h, 2, Double.NaN, 0.8, Double.NaN,
                2, 2.5);
        ChartSpec accuracy = TrainCharts.of("test", r).get("accuracy");
        assertEquals(java.util.List.of("train (sample)"), accuracy.series().stream().map(ChartSpec.Series::name).toList());
        assertTrue(accuracy.markers().isEmpty(), "no best epoch without a validation set");
    }

    @Test
    void aTrackedSharpnessIsDrawnAgainstTheIterationWithTheEdgeAtTheLearningRateInForce() {
        double[] loss = {2.3, 2.0, 1.8, 1.5};
        TrainHistory h = new TrainHistory(loss, loss.clone(), new double[][] {loss.clone()}, new double[] {0.6, 0.8},
                new double[] {0.5, 0.7}, null, new double[] {1, 1}, new long[0], new double[0],
                java.util.List.of(new org.gdlab.nn.hessian.SharpnessPoint(0, 0, 3.5, 1e-9, 0.4, 5),
                        new org.gdlab.nn.hessian.SharpnessPoint(2, 1, 4.5, 1e-9, 0.4, 5),
                        new org.gdlab.nn.hessian.SharpnessPoint(4, 2, 2.5, 1e-9, 0.2, 10)));
        TrainResult r = new TrainResult(TrainStatus.COMPLETED, 2, 4, 2, java.util.Optional.empty(), h, 2, 0.7, 0.8, 0.7, 2, 2.5);
        ChartSpec sharpness = TrainCharts.of("test", r).get("sharpness");
        assertEquals("iteration", sharpness.xLabel());
        assertEquals(2, sharpness.series().size());
        assertArrayEquals(new double[] {0, 2, 4}, sharpness.series().get(0).x());
        assertArrayEquals(new double[] {3.5, 4.5, 2.5}, sharpness.series().get(0).y());
        assertArrayEquals(new double[] {5, 5, 10}, sharpness.series().get(1).y(), "2/lr for lr 0.4, 0.4, 0.2");
        assertTrue(!TrainCharts.of("test", new TrainResult(TrainStatus.COMPLETED, 2, 4, 2, java.util.Optional.empty(),
                new TrainHistory(loss, loss.clone(), new double[][] {loss.clone()}, new double[] {0.6, 0.8},
                        new double[] {0.5, 0.7}, null, new double[] {1, 1}, new long[0], new double[0], null),
                2, 0.7, 0.8, 0.7, 2, 2.5)).containsKey("sharpness"), "no chart without a tracked sharpness");
    }
}
