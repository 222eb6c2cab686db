package org.gdlab.report.sharpness;

import static org.gdlab.report.NumberText.number;

import java.util.Map;
import org.gdlab.lab.sharpness.LearningRateFinder;
import org.gdlab.lab.sharpness.LearningRateRangeTest;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;

/**
 * The chart of {@code gdlab lr-find}: {@code range-test}, the loss and its smoothed curve against
 * the learning rate (log x, log y), with the suggestion, the smallest smoothed loss and the theory's
 * edge marked.
 */
public final class RangeTestCharts {
    private RangeTestCharts() {
    }

    /** The chart by file name. */
    public static Map<String, ChartSpec> of(LearningRateFinder f) {
        LearningRateRangeTest.Curve c = f.curve();
        double[][] raw = ChartData.finitePoints(c.learningRates(), c.loss());
        double[][] smooth = ChartData.finitePoints(c.learningRates(), c.smoothed());
        ChartSpec.Builder b = ChartSpec.builder("Learning-rate range test: " + f.problem(), "learning rate", "loss")
                .logX().logY()
                .series("loss", raw[0], raw[1], ChartSpec.Style.SCATTER)
                .line("smoothed loss", smooth[0], smooth[1]);
        if (Double.isFinite(c.suggestion())) {
            b.marker(c.suggestion(), "suggestion " + number(c.suggestion()) + " (steepest fall)");
        }
        if (Double.isFinite(c.minimumLearningRate())) {
            b.marker(c.minimumLearningRate(), "smallest smoothed loss at " + number(c.minimumLearningRate()));
        }
        if (Double.isFinite(f.edge())) {
            b.marker(f.edge(), "edge " + number(f.edge()) + " = " + f.edgeRule().replaceFirst(" \\(.*", ""));
        }
        return Map.of("range-test", b.build());
    }
}
