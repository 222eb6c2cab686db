package org.gdlab.report.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartWriter;
import org.gdlab.theory.noise.NoisePath;
import org.gdlab.theory.noise.NoisySgd;
import org.gdlab.theory.noise.ScalarNoiseConfig;
import org.gdlab.theory.noise.ScalarNoiseResult;
import org.gdlab.theory.noise.ScalarNoisyGd;
import org.gdlab.theory.noise.VectorNoiseConfig;
import org.gdlab.theory.ridge.RegressionData;
import org.gdlab.theory.ridge.RidgeBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TheoryChartsTest {
    @TempDir
    Path dir;

    @Test
    void theScalarChartsDrawTheResultAsIs() {
        ScalarNoiseResult r = ScalarNoisyGd.run(new ScalarNoiseConfig(2, 3, 0.5, 0.1, 30, 100, 1));
        ChartSpec mean = NoiseCharts.mean(r);
        assertEquals(List.of("Monte Carlo mean", "predicted E[w_t]", "limit x y/(x^2+sigma^2)", "noise-free y/x"),
                mean.series().stream().map(ChartSpec.Series::name).toList());
        assertArrayEquals(r.bandLow(), mean.bands().get(0).low(), "the 95% band is one shaded band");
        assertArrayEquals(r.bandHigh(), mean.bands().get(0).high());
        ChartSpec error = NoiseCharts.meanError(r);
        assertEquals(r.empiricalMean()[7] - r.predictedMean()[7], error.series().get(0).y()[7], 0);
    }

    @Test
    void divergentRunsAreDrawnUpToTheirLastFiniteValue() {
        ScalarNoiseResult r = ScalarNoisyGd.run(new ScalarNoiseConfig(2, 3, 0.5, 1.0, 3000, 20, 1));
        for (ChartSpec spec : List.of(NoiseCharts.mean(r), NoiseCharts.meanError(r), NoiseCharts.variance(r))) {
            for (ChartSpec.Series s : spec.series()) {
                for (double v : s.y()) {
                    assertTrue(Double.isFinite(v), spec.title() + " / " + s.name());
                }
            }
            assertTrue(ChartWriter.write(spec, dir, "divergent").stream().allMatch(Files::exists));
        }
    }

    @Test
    void thePathAndTheVectorChartsAreWritten() {
        RegressionData data = RegressionData.generate(12, 3, 2);
        VectorNoiseConfig c = new VectorNoiseConfig(0.5, 0.05, 50, 50, 3);
        NoisePath.Result path = NoisePath.run(data.x(), data.y(), new double[] {0.1, 1}, c, ProgressListener.SILENT);
        ChartSpec spec = NoiseCharts.path(path);
        assertEquals(6, spec.series().size()); // ridge line and noisy-SGD points for each of 3 coordinates
        assertTrue(spec.logX());
        ChartWriter.write(spec, dir, "path");
        ChartWriter.write(NoiseCharts.vectorDistances(NoisySgd.run(data.x(), data.y(), c)), dir, "distances");
        assertTrue(Files.exists(dir.resolve("path.svg")) && Files.exists(dir.resolve("distances.png")));
    }

    @Test
    void theCrossoverChartHasOnePointPerGridPoint() {
        RidgeBenchmark.Result r = RidgeBenchmark.run(new int[] {3, 6}, 1, 1e-4, 1, ProgressListener.SILENT);
        ChartSpec crossover = RidgeCharts.crossover(r);
        assertEquals(4, crossover.series().get(0).x().length);
        assertEquals(1, crossover.markers().size());
        assertEquals(4, RidgeCharts.times(r).series().size());
    }
}
