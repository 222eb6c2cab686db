package org.gdlab.report.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.nn.hessian.SharpnessPoint;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.RunResult;
import org.gdlab.nn.train.TrainHistory;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartWriter;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;

/**
 * The charts of a training run: {@code loss} (per iteration, log scale), {@code accuracy} (train
 * and, when the run had a validation set, validation per epoch with the best epoch marked; and the train accuracy measured every {@code N} iterations if the run
 * did, at the fractional epoch {@code iteration / iterationsPerEpoch}) and {@code gradient-norms}
 * (the mean in black and each layer's on the sequential scale, per iteration, log scale); train
 * solid, validation dashed; when the run tracked it, {@code sharpness} (the top Hessian eigenvalue
 * against the iteration, with the rule's stability edge at the learning rate in force, 2/lr for
 * SGD, dashed). Non-finite values (a diverged run's last
 * iteration) are left out of the lines, and a diverged run gets a marker at the iteration where it
 * stopped.
 */
public final class TrainCharts {
    private TrainCharts() {
    }

    /**
     * Draws the charts of the run folder {@code folder} from its results.json (read back, so a
     * folder's charts can be drawn again at any time) into the folder, as PNG and SVG.
     *
     * @param folder a run folder with its results.json
     * @return the charts' names
     */
    public static List<String> drawFolder(RunFolder folder) {
        RunResult r = folder.readResults(RunResult.class);
        List<String> names = new ArrayList<>();
        of(r.describeNetwork() + " " + r.config().lastStage().optimizer().kind().label(), r.training())
                .forEach((name, chart) -> {
                    ChartWriter.write(chart, folder.dir(), name);
                    names.add(name);
                });
        return names;
    }

    /**
     * The charts by file name (without extension).
     *
     * @param title the run's name at the start of each title, e.g. {@code 784-[100]-10 relu adam}
     * @param result the run's training history
     * @return {@code loss}, {@code accuracy}, {@code gradient-norms} and, when it was measured, {@code sharpness}
     */
    public static Map<String, ChartSpec> of(String title, TrainResult result) {
        TrainHistory h = result.history();
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        ChartSpec.Builder loss = ChartSpec.builder(title + ": training loss", "iteration", "loss").logY();
        addLine(loss, "loss", h.loss(), Look.solid(Hue.slot(0)));
        markDivergence(loss, result);
        charts.put("loss", loss.build());

        ChartSpec.Builder accuracy = ChartSpec.builder(title + ": accuracy", "epoch", "accuracy");
        double[] epochs = ChartData.indices(1, h.validationAccuracy().length);
        accuracy.series("train (sample)", epochs, h.trainAccuracy(), Look.solid(Hue.slot(0)).withMark(Look.Mark.CIRCLE));
        boolean validated = Arrays.stream(h.validationAccuracy()).anyMatch(Double::isFinite);
        if (validated) {
            accuracy.series("validation", epochs, h.validationAccuracy(), Look.dashed(Hue.slot(0)).withMark(Look.Mark.SQUARE));
        }
        addIterationAccuracy(accuracy, result);
        if (validated && result.bestEpoch() > 0) {
            accuracy.marker(result.bestEpoch(), "best", new Look(Hue.REFERENCE, Look.Line.DOTTED, Look.Mark.DIAMOND));
        }
        charts.put("accuracy", accuracy.build());

        ChartSpec.Builder norms = ChartSpec.builder(title + ": gradient norms", "iteration", "L2 norm of the gradient").logY();
        addLine(norms, "mean over layers", h.gradientNorm(), Look.solid(Hue.REFERENCE));
        int layers = h.layerGradientNorms().length;
        for (int l = 0; l < layers; l++) {
            addLine(norms, "layer " + (l + 1), h.layerGradientNorms()[l], Look.solid(Hue.ordered(l, layers)));
        }
        markDivergence(norms, result);
        charts.put("gradient-norms", norms.build());
        if (!h.sharpness().isEmpty()) {
            charts.put("sharpness", sharpness(title, h.sharpness()));
        }
        return charts;
    }

    /** The sharpness against the iteration, and the edge of the rule at the learning rate in force. */
    private static ChartSpec sharpness(String title, List<SharpnessPoint> points) {
        double[] at = points.stream().mapToDouble(SharpnessPoint::iteration).toArray();
        ChartSpec.Builder chart = ChartSpec.builder(title + ": sharpness", "iteration",
                "top eigenvalue of the loss's Hessian");
        double[][] lambda = ChartData.finitePoints(at, points.stream().mapToDouble(SharpnessPoint::lambdaMax).toArray());
        chart.series("sharpness (lambda_max)", lambda[0], lambda[1], Look.solid(Hue.slot(0)).withMark(Look.Mark.CIRCLE));
        chart.series("stability edge at the lr in force (sgd: 2/lr)", at,
                points.stream().mapToDouble(SharpnessPoint::edge).toArray(), Look.dashed(Hue.slot(0)));
        return chart.build();
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
                new Look(Hue.slot(0), Look.Line.DOTTED, Look.Mark.NONE));
    }

    private static void markDivergence(ChartSpec.Builder chart, TrainResult result) {
        if (result.divergence().isPresent()) {
            chart.marker(result.divergence().get().iteration(), "diverged",
                    new Look(Hue.REFERENCE, Look.Line.DASHED, Look.Mark.CROSS));
        }
    }

    /** A line of {@code y} against its index, keeping finite positive values (every line here is on a log axis). */
    private static void addLine(ChartSpec.Builder chart, String name, double[] y, Look look) {
        double[] positive = Arrays.stream(y).map(v -> v > 0 ? v : Double.NaN).toArray();
        double[][] xy = ChartData.finitePoints(ChartData.indices(0, y.length), positive);
        chart.series(name, xy[0], xy[1], look);
    }
}
