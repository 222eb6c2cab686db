package org.gdlab.linearize.toy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.model.FullyConnectedNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToyExperimentTest {
    static ToyConfig.Builder small() {
        return ToyConfig.builder().samples(40).testPoints(60).width(16).batch(10).steps(600).saveEvery(200)
                .features(5).seed(3);
    }

    @Test
    void reportsAtInitSnapshotsAndAfterTrainingAndTheFitImproves() {
        ToyResult r = ToyExperiment.run(small().target(new Target.Sin20()).build(), ProgressListener.SILENT);
        assertEquals("completed", r.training().status());
        assertEquals(600, r.training().steps());
        assertEquals(java.util.List.of(0L, 200L, 400L, 600L), r.reports().stream().map(LinearizationReport::step).toList());
        assertTrue(r.last().trainLoss() < r.initial().trainLoss(), r.last().trainLoss() + " < " + r.initial().trainLoss());
        assertEquals(40 + 60, r.initial().predictions().length);
        assertEquals(4, r.initial().gradientNorms().size());
        assertEquals("W1", r.initial().gradientNorms().get(0).parameter());
        assertEquals("bias", r.initial().gradientNorms().get(3).kind());
        assertEquals(2, r.initial().gradientNorms().get(3).layer());
        for (LinearizationReport rep : r.reports()) {
            assertNotNull(rep.spectrum());
            assertEquals(40, rep.spectrum().singularValues().length);
            assertEquals(Math.min(5, rep.spectrum().numericalRank()), rep.spectrum().count());
            assertTrue(rep.spectrum().count() >= 3);
            assertEquals(100, rep.spectrum().features()[0].length);
            double s1 = rep.spectrum().singularValues()[0];
            assertEquals(40 / (s1 * s1), rep.stableLearningRate(), 1e-15 * rep.stableLearningRate());
        }
    }

    @Test
    void theGradientNormsAreThoseOfTheMeanSquaredError() {
        ToyConfig c = small().steps(0).build();
        ToyResult r = ToyExperiment.run(c, ProgressListener.SILENT);
        // dL/db2 = (2/n) sum_i (f(x_i) - y_i), from the initial network's outputs at the training inputs.
        ToyData d = r.data();
        FullyConnectedNet net = ToyExperiment.network(c);
        double[] f = net.forward(d.trainInputs(), false, 0).columnArray(0);
        double g = 0;
        for (int i = 0; i < f.length; i++) {
            g += 2 * (f[i] - d.trainY()[i]) / f.length;
        }
        assertEquals(Math.abs(g), r.initial().gradientNorms().get(3).norm(), 1e-12);
        assertEquals("not trained", r.training().status());
        assertEquals(1, r.reports().size());
    }

    @Test
    void aLargeInitDivergesAndIsReportedWithItsStepWhileTheInitFeaturesAreShown() {
        ToyResult r = ToyExperiment.run(small().depth(4).width(64).init(Initializers.parse("--init", "uniform:3")).build(),
                ProgressListener.SILENT);
        assertEquals("diverged", r.training().status());
        assertTrue(r.training().divergedStep() >= 0 && r.training().divergedStep() < 600);
        assertTrue(r.training().divergence().contains("in iteration " + (r.training().divergedStep() + 1)), r.training().divergence());
        assertNotNull(r.initial().spectrum());
        assertEquals(r.training().divergedStep(), r.last().step());
        // the last report is of the parameters before the step that blew up: its spectrum is
        // either there and finite, or left out with a note saying why
        if (r.last().spectrum() == null) {
            assertTrue(r.last().note().contains("not finite"), r.last().note());
        } else {
            assertTrue(java.util.Arrays.stream(r.last().spectrum().singularValues()).allMatch(Double::isFinite));
        }
    }

    @Test
    void elbowsInRangePutEveryFirstLayerElbowInTheTrainingRange() {
        ToyConfig c = small().trainRange(new Interval(-1, 0.4)).elbowsInRange(true).build();
        FullyConnectedNet net = ToyExperiment.network(c);
        var w = net.parameters().get("W1").value();
        var b = net.parameters().get("b1").value();
        for (int j = 0; j < w.cols(); j++) {
            double elbow = -b.getAsDouble(0, j) / w.getAsDouble(0, j);
            assertTrue(elbow >= -1 && elbow <= 0.4, "elbow " + elbow);
        }
        FullyConnectedNet plain = ToyExperiment.network(small().build());
        assertEquals(0, plain.parameters().get("b1").value().maxAbs());
    }

    @Test
    void theSameSeedGivesTheSameResults(@TempDir Path dir) throws Exception {
        ToyConfig c = small().steps(200).build();
        ToyResult a = ToyExperiment.run(c, ProgressListener.SILENT);
        ToyResult b = ToyExperiment.run(c, ProgressListener.SILENT);
        assertArrayEquals(a.last().predictions(), b.last().predictions());
        assertArrayEquals(a.last().spectrum().singularValues(), b.last().spectrum().singularValues());
        JsonFiles.write(dir.resolve("a.json"), a.reports());
        JsonFiles.write(dir.resolve("b.json"), b.reports());
        assertEquals(Files.readString(dir.resolve("a.json")), Files.readString(dir.resolve("b.json")));
    }

    @Test
    void theTrainingDataAndGridFollowTheConfig() {
        ToyConfig c = small().trainRange(new Interval(-1, 0.4)).noise(0).build();
        ToyData d = ToyData.of(c);
        for (int i = 0; i < 40; i++) {
            assertTrue(d.trainX()[i] >= -1 && d.trainX()[i] <= 0.4);
            assertEquals(new Target.Course().value(d.trainX()[i]), d.trainY()[i], 0);
        }
        assertEquals(100, d.gridX().length);
        assertEquals(-1, d.gridX()[0], 0);
        assertEquals(1, d.gridX()[99], 0);
        for (int j = 1; j < 100; j++) {
            assertTrue(d.gridX()[j] >= d.gridX()[j - 1]);
        }
    }

    @Test
    void badSettingsNameTheOption() {
        assertEquals("--batch = 50 is not allowed: must be in [1, 40]",
                assertThrows(IllegalArgumentException.class, () -> small().batch(50).build()).getMessage());
        assertEquals("--noise = NaN is not allowed: must be >= 0",
                assertThrows(IllegalArgumentException.class, () -> small().noise(Double.NaN).build()).getMessage());
        assertEquals("--save-every = 0 is not allowed: must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> small().saveEvery(0).build()).getMessage());
        assertEquals("--train-range = 1,-1 is not allowed: must be two finite numbers LOW,HIGH with LOW < HIGH, e.g. -1,0.4",
                assertThrows(IllegalArgumentException.class, () -> Interval.parse("--train-range", "1,-1")).getMessage());
    }
}
