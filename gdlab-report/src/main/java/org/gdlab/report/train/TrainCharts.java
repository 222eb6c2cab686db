package org.gdlab.report.train;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.nn.train.TrainHistory;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;

/**
 * The charts of a training run: {@code loss} (per iteration, log scale), {@code accuracy} (train
 * and, when the run had a validation set, validation per epoch with the best epoch marked; and the train accuracy measured every {@code N} iterations if the run
 * did, at the fractional epoch {@code iteration / iterationsPerEpoch}) and {@code gradient-norms}
 * (the mean and each layer's, per iteration, log scale). Non-finite values (a diverged run's last
 * iteration) are left out of the lines, and a diverged run gets a marker at the iteration where it
 * stopped.
 */
public final class TrainCharts {
    private TrainCharts() {
    }

    /** The charts by file name (without extension). */
    public static Map<String, ChartSpec> of(String title, TrainResult result) {
        TrainHistory h = result.history();
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        ChartSpec.Builder loss = ChartSpec.builder(title + ": training loss", "iteration", "loss").logY();
        addLine(loss, "loss", h.loss());
        markDivergence(loss, result);
        charts.put("loss", loss.build());

        ChartSpec.Builder accuracy = ChartSpec.builder(title + ": accuracy", "epoch", "accuracy");
        double[] epochs = ChartData.indices(1, h.validationAccuracy().length);
        accuracy.series("train (sample)", epochs, h.trainAccuracy(), ChartSpec.Style.LINE);
        boolean validated = Arrays.stream(h.validationAccuracy()).anyMatch(Double::isFinite);
        if (validated) {
            accuracy.series("validation", epochs, h.validationAccuracy(), ChartSpec.Style.LINE);
        }
        addIterationAccuracy(accuracy, result);
        if (validated && result.bestEpoch() > 0) {
            accuracy.marker(result.bestEpoch(), "best");
        }
        charts.put("accuracy", accuracy.build());

        ChartSpec.Builder norms = ChartSpec.builder(title + ": gradient norms", "iteration", "L2 norm of the gradient").logY();
        addLine(norms, "mean over layers", h.gradientNorm());
        for (int l = 0; l < h.layerGradientNorms().length; l++) {
            addLine(norms, "layer " + (l + 1), h.layerGradientNorms()[l]);
        }
        markDivergence(norms, result);
        charts.put("gradient-norms", norms.build());
        return charts;
    }

    /** The per-iteration train accuracy against the fractional epoch, when the run measured it. */
    private static void addIterationAccuracy(ChartSpec.Builder chart, TrainResult result) {
        long[] at = result.history().iterationTrainAccuracyAt();
        if (at.length == 0) {
            return;
        }
        double[] epochs = new double[at.length];
        for (int k = 0; k < at.length; k++) {
            epochs[k] = (double) at[k] / result.iterationsPerEpoch();
        }
        chart.series("train (sample) every " + at[0] + " iterations", epochs, result.history().iterationTrainAccuracy(),
                ChartSpec.Style.LINE);
    }

    private static void markDivergence(ChartSpec.Builder chart, TrainResult result) {
        if (result.divergence().isPresent()) {
            chart.marker(result.divergence().get().iteration(), "diverged");
        }
    }

    /** A line of {@code y} against its index, keeping finite positive values (every line here is on a log axis). */
    private static void addLine(ChartSpec.Builder chart, String name, double[] y) {
        double[] positive = Arrays.stream(y).map(v -> v > 0 ? v : Double.NaN).toArray();
        double[][] xy = ChartData.finitePoints(ChartData.indices(0, y.length), positive);
        chart.line(name, xy[0], xy[1]);
    }
}
