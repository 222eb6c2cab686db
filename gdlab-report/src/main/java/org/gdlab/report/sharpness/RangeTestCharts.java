package org.gdlab.report.sharpness;

import static org.gdlab.report.NumberText.number;

import java.util.Map;
import org.gdlab.lab.sharpness.LearningRateFinder;
import org.gdlab.lab.sharpness.LearningRateRangeTest;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;

/**
 * The chart of {@code gdlab lr-find}: {@code range-test}, the loss and its smoothed curve against
 * the learning rate (log x, log y), with the suggestion, the smallest smoothed loss and the theory's
 * edge marked.
 */
public final class RangeTestCharts {
    private RangeTestCharts() {
    }

    /**
     * The chart by file name.
     *
     * @param f the range test beside the theory's edge
     * @return {@code range-test}: the raw and smoothed loss against the learning rate, the edge and the suggestion marked
     */
    public static Map<String, ChartSpec> of(LearningRateFinder f) {
        LearningRateRangeTest.Curve c = f.curve();
        double[][] raw = ChartData.finitePoints(c.learningRates(), c.loss());
        double[][] smooth = ChartData.finitePoints(c.learningRates(), c.smoothed());
        ChartSpec.Builder b = ChartSpec.builder("Learning-rate range test: " + f.problem(), "learning rate", "loss")
                .logX().logY()
                .series("loss", raw[0], raw[1], Look.points(Hue.slot(0), Look.Mark.CIRCLE))
                .line("smoothed loss", smooth[0], smooth[1], 1);
        if (Double.isFinite(c.suggestion())) {
            b.marker(c.suggestion(), "suggestion " + number(c.suggestion()) + " (steepest fall)",
                    new Look(Hue.slot(2), Look.Line.SOLID, Look.Mark.NONE));
        }
        if (Double.isFinite(c.minimumLearningRate())) {
            b.marker(c.minimumLearningRate(), "smallest smoothed loss at " + number(c.minimumLearningRate()),
                    Look.reference2());
        }
        if (Double.isFinite(f.edge())) {
            b.marker(f.edge(), "edge " + number(f.edge()) + " = " + f.edgeRule().replaceFirst(" \\(.*", ""), Look.reference());
        }
        return Map.of("range-test", b.build());
    }
}
