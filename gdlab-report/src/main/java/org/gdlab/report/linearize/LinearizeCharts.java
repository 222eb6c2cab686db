package org.gdlab.report.linearize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.toy.LinearizationReport;
import org.gdlab.linearize.toy.ParameterGradientNorm;
import org.gdlab.linearize.toy.ToyResult;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;

/**
 * The charts of one toy run, by file name: {@code gradient-norms}, {@code fit-init}, {@code fit},
 * {@code singular-values}, {@code features-init}, {@code features-trained} and {@code loss}; and
 * comparison charts across runs for the suite. Points that are not finite (a diverged run) are
 * left out of the drawing; the results file keeps them.
 */
public final class LinearizeCharts {
    private LinearizeCharts() {
    }

    /**
     * Every chart of {@code r}, named {@code prefix + name}; {@code label} heads each title.
     *
     * @param r one toy run's result
     * @param prefix put before every chart's file name, e.g. {@code "relu-"}
     * @param label the run's name at the start of each title
     * @return {@code gradient-norms}, {@code fit-init}, {@code fit}, {@code singular-values}, {@code features-init}, {@code features-trained} and {@code loss}, each after {@code prefix}, those {@code r} has data for
     */
    public static Map<String, ChartSpec> of(ToyResult r, String prefix, String label) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        charts.put(prefix + "gradient-norms", gradientNorms(label, r));
        charts.put(prefix + "fit-init", fit(label + ": fit at initialization", r, r.initial()));
        if (r.reports().size() > 1) {
            charts.put(prefix + "fit", fit(label + ": fit after " + r.last().step() + " steps", r, r.last()));
        }
        charts.put(prefix + "singular-values", singularValues(label + ": singular values of Phi", namedReports(r)));
        charts.put(prefix + "features-init", features(label + ": principal features at initialization", r, r.initial()));
        if (r.reports().size() > 1) {
            charts.put(prefix + "features-trained", features(label + ": principal features after " + r.last().step()
                    + " steps", r, r.last()));
        }
        if (r.training().loss().length > 0) {
            charts.put(prefix + "loss", loss(label, r));
        }
        return charts;
    }

    /**
     * The per-parameter gradient norms against the layer: weights blue with circles, biases
     * vermillion with squares; at init solid, after training dashed.
     */
    static ChartSpec gradientNorms(String label, ToyResult r) {
        ChartSpec.Builder b = ChartSpec.builder(label + ": norm of the loss gradient per layer", "layer",
                "||dL/dparameter||").logY();
        List<LinearizationReport> shown = r.reports().size() > 1 ? List.of(r.initial(), r.last()) : List.of(r.initial());
        for (LinearizationReport rep : shown) {
            for (String kind : List.of("weight", "bias")) {
                double[][] xy = normsOf(rep, kind);
                boolean weight = kind.equals("weight");
                Hue hue = Hue.slot(weight ? 0 : 1);
                Look look = (rep == r.initial() ? Look.solid(hue) : Look.dashed(hue))
                        .withMark(weight ? Look.Mark.CIRCLE : Look.Mark.SQUARE);
                b.series((weight ? "weights" : "biases") + ", step " + rep.step(), xy[0], xy[1], look);
            }
        }
        return b.build();
    }

    /** The truth on the grid, the training points, and the prediction of {@code rep}. */
    static ChartSpec fit(String title, ToyResult r, LinearizationReport rep) {
        ChartSpec.Builder b = ChartSpec.builder(title, "x", "y")
                .series("training points", r.data().trainX(), r.data().trainY(), Look.points(Hue.slot(5), Look.Mark.CIRCLE))
                .series("truth", r.data().gridX(), r.data().gridTruth(), Look.reference());
        double[][] xy = ChartData.finitePoints(r.data().gridX(), rep.predictions());
        b.series("network, step " + rep.step(), xy[0], xy[1], Look.solid(Hue.slot(0)));
        return b.build();
    }

    /**
     * A report drawn on a comparison chart.
     *
     * @param name its legend entry
     * @param report the report
     * @param look how its line is drawn
     */
    public record Drawn(String name, LinearizationReport report, Look look) {
    }

    /**
     * The singular values of several reports against their index, on a log scale.
     *
     * @param title the chart's title
     * @param reports the reports, each with its legend entry and look; a report without a spectrum is left out
     * @return {@code s_k} against {@code k} (from 1) on a log y axis
     */
    public static ChartSpec singularValues(String title, List<Drawn> reports) {
        ChartSpec.Builder b = ChartSpec.builder(title, "index k", "singular value s_k").logY();
        for (Drawn d : reports) {
            if (d.report().spectrum() != null) {
                double[] s = d.report().spectrum().singularValues();
                double[][] xy = ChartData.finitePoints(ChartData.indices(1, s.length), s);
                b.series(d.name(), xy[0], xy[1], d.look());
            }
        }
        return b.build();
    }

    /** The principal features {@code psi_k} of {@code rep} on the test grid, with the training range shaded. */
    static ChartSpec features(String title, ToyResult r, LinearizationReport rep) {
        ChartSpec.Builder b = ChartSpec.builder(title, "x", "psi_k(x) = phi(x) . v_k");
        FeatureSpectrum s = rep.spectrum();
        if (s == null) {
            return ChartSpec.builder(title + " (" + rep.note() + ")", "x", "psi_k(x)").build();
        }
        for (int c = 0; c < s.count(); c++) {
            double[][] xy = ChartData.finitePoints(r.data().gridX(), s.features()[c]);
            b.line("psi_" + (c + 1), xy[0], xy[1], c);
        }
        double[] train = trainRange(r);
        return b.shade(train[0], train[1], "training range").build();
    }

    /** The minibatch training loss against the step, with the divergence marked. */
    static ChartSpec loss(String label, ToyResult r) {
        double[] steps = new double[r.training().lossSteps().length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = r.training().lossSteps()[i];
        }
        double[][] xy = ChartData.finitePoints(steps, r.training().loss());
        ChartSpec.Builder b = ChartSpec.builder(label + ": training loss (" + r.training().status() + ")", "step",
                "minibatch MSE").logY().line("loss", xy[0], xy[1], 0);
        if (r.training().diverged()) {
            b.marker(r.training().divergedStep(), "diverged at step " + r.training().divergedStep(),
                    new Look(Hue.REFERENCE, Look.Line.DASHED, Look.Mark.CROSS));
        }
        return b.build();
    }

    /** The reports of {@code r}, named {@code step N}, coloured in the order of their steps. */
    static List<Drawn> namedReports(ToyResult r) {
        List<Drawn> m = new java.util.ArrayList<>();
        for (int k = 0; k < r.reports().size(); k++) {
            LinearizationReport rep = r.reports().get(k);
            m.add(new Drawn("step " + rep.step(), rep, Look.solid(Hue.ordered(k, r.reports().size()))));
        }
        return m;
    }

    /**
     * The training range {@code [low, high]} of a run's config: a {@code double[]} in a result just
     * computed, a list of numbers in one read back from results.json.
     */
    static double[] trainRange(ToyResult r) {
        Object range = r.config().get("train_range");
        if (range instanceof List<?> list) {
            return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        return (double[]) range;
    }

    /** The finite points (layer, gradient norm) of the parameters of {@code kind} ({@code weight} or {@code bias}). */
    static double[][] normsOf(LinearizationReport rep, String kind) {
        List<ParameterGradientNorm> of = rep.gradientNorms().stream().filter(n -> n.kind().equals(kind)).toList();
        return ChartData.finitePoints(of.stream().mapToDouble(ParameterGradientNorm::layer).toArray(),
                of.stream().mapToDouble(ParameterGradientNorm::norm).toArray());
    }
}
