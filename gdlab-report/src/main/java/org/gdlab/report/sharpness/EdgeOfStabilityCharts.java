package org.gdlab.report.sharpness;

import static org.gdlab.report.NumberText.number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment.Run;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;

/**
 * The charts of the edge-of-stability experiment: for each network {@code sharpness-NAME} (the
 * sharpness against the GD step, one line per step size, each with its {@code 2 / eta} as a dashed
 * line in the same order) and {@code loss-NAME} (the training loss, log y); and
 * {@code least-squares-sharpness} and {@code least-squares-loss} for least squares.
 */
public final class EdgeOfStabilityCharts {
    private EdgeOfStabilityCharts() {
    }

    /**
     * The charts by file name.
     *
     * @param r the edge-of-stability experiment's results
     * @return {@code sharpness-NET} and {@code loss-NET} for each network, then {@code least-squares-sharpness} and {@code least-squares-loss}
     */
    public static Map<String, ChartSpec> of(EdgeOfStabilityExperiment.Result r) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        Map<String, List<Run>> byNet = new LinkedHashMap<>();
        for (Run run : r.runs()) {
            byNet.computeIfAbsent(run.network(), k -> new java.util.ArrayList<>()).add(run);
        }
        int images = r.config().trainSize();
        String loss = r.config().loss().label();
        byNet.forEach((net, runs) -> {
            String key = net.substring(net.lastIndexOf(' ') + 1);
            charts.put("sharpness-" + key, sharpness(net + ", " + loss + ", full-batch GD on " + images
                    + " images: sharpness and 2/eta", runs));
            charts.put("loss-" + key, loss(net + ", " + loss + ": training loss", runs));
        });
        if (!r.leastSquares().isEmpty()) {
            ChartSpec.Builder b = builder("Least squares (" + r.leastSquares().get(0).network().replace(" least squares", "")
                    + ", MSE): sharpness " + number(r.leastSquaresSharpness()) + " = 2 sigma_max^2/(n k), constant", r.leastSquares());
            charts.put("least-squares-sharpness", b.build());
            charts.put("least-squares-loss", loss("Least squares: training loss at fractions of the edge 2/lambda_1",
                    r.leastSquares()));
        }
        return charts;
    }

    private static ChartSpec sharpness(String title, List<Run> runs) {
        return builder(title, runs).build();
    }

    private static ChartSpec.Builder builder(String title, List<Run> runs) {
        ChartSpec.Builder b = ChartSpec.builder(title, "GD step", "sharpness lambda_1");
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            double[] x = java.util.Arrays.stream(run.sharpnessSteps()).asDoubleStream().toArray();
            b.line("eta " + number(run.learningRate()), x, run.sharpness(), i);
        }
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            double end = Math.max(1, run.stoppedAt());
            b.series("2/eta = " + number(run.edge()), new double[] {0, end}, new double[] {run.edge(), run.edge()},
                    Look.dashed(Hue.slot(i)));
        }
        return b;
    }

    private static ChartSpec loss(String title, List<Run> runs) {
        ChartSpec.Builder b = ChartSpec.builder(title, "GD step", "training loss").logY();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            double[] y = ChartData.finitePrefix(run.loss());
            b.line("eta " + number(run.learningRate()) + (run.diverged() ? " (diverged)" : ""), ChartData.indices(0, y.length),
                    y, i);
        }
        return b.build();
    }
}
