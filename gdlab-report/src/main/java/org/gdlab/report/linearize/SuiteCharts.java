package org.gdlab.report.linearize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.linearize.suite.LinearizeSuite.SuiteResult;
import org.gdlab.linearize.suite.SuiteRun;
import org.gdlab.linearize.toy.LinearizationReport;
import org.gdlab.linearize.toy.ToyResult;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.NumberText;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;
import org.gdlab.nn.init.Initializers;

/**
 * The charts of {@code gdlab linearize suite}, for one folder: every run's own charts under its
 * label ({@code init-small-fit.png}, ...) and the comparisons side by side:
 * {@code compare-init-*} (small, large, He), {@code compare-depth-*} (shallow against deep) and
 * {@code compare-range-*} (trained on part of the range against all of it, the range left out shaded; the
 * ranges in the titles are the runs' own).
 */
public final class SuiteCharts {
    private SuiteCharts() {
    }

    /**
     * Every chart of the suite by file name.
     *
     * @param r the linearization suite's result, one toy run per {@link org.gdlab.linearize.suite.SuiteRun}
     * @return each run's {@link LinearizeCharts#of} charts, their names prefixed by the run's label and {@code -}, then the suite's own
     */
    public static Map<String, ChartSpec> of(SuiteResult r) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        for (SuiteRun run : SuiteRun.values()) {
            charts.putAll(LinearizeCharts.of(r.get(run), run.label() + "-", run.title()));
        }
        List<SuiteRun> inits = List.of(SuiteRun.SMALL_INIT, SuiteRun.LARGE_INIT, SuiteRun.HE_INIT);
        ChartSpec.Builder norms = ChartSpec.builder("weight gradient norms per layer at initialization", "layer",
                "||dL/dW_l||").logY();
        for (SuiteRun run : inits) {
            double[][] xy = LinearizeCharts.normsOf(r.get(run).initial(), "weight");
            norms.series(run.title(), xy[0], xy[1], Look.solid(hue(run)).withMark(Look.Mark.CIRCLE));
        }
        charts.put("compare-init-gradient-norms", norms.build());
        charts.put("compare-init-singular-values-init", LinearizeCharts.singularValues(
                "singular values at initialization: small, large and He init", at(r, inits, true)));
        charts.put("compare-init-singular-values-trained", LinearizeCharts.singularValues(
                "singular values after training: small, large (diverged: its last finite report) and He init",
                at(r, inits, false)));
        List<SuiteRun> depths = List.of(SuiteRun.SHALLOW, SuiteRun.HE_INIT);
        charts.put("compare-depth-singular-values", LinearizeCharts.singularValues(
                "singular values after training: shallow against deep", at(r, depths, false)));
        charts.put("compare-depth-fit", fits("fit after training: shallow against deep", r, depths, null));
        List<SuiteRun> ranges = List.of(SuiteRun.SHALLOW, SuiteRun.PARTIAL_RANGE);
        double[] partial = LinearizeCharts.trainRange(r.get(SuiteRun.PARTIAL_RANGE));
        double[] grid = r.get(SuiteRun.PARTIAL_RANGE).data().gridX();
        double[] outside = {partial[1], grid[grid.length - 1]};
        String trainedOn = "after training on " + interval(LinearizeCharts.trainRange(r.get(SuiteRun.SHALLOW))) + " and on "
                + interval(partial);
        charts.put("compare-range-fit", fits("fit " + trainedOn, r, ranges, outside));
        charts.put("compare-range-singular-values", LinearizeCharts.singularValues("singular values " + trainedOn,
                at(r, ranges, false)));
        return charts;
    }

    /** E.g. {@code [-1, 0.4]}. */
    private static String interval(double[] range) {
        return "[" + NumberText.number(range[0]) + ", " + NumberText.number(range[1]) + "]";
    }

    /**
     * The colour of a run in every comparison: the init runs take their initializer's
     * {@link Hue#initializer hue} (the lab's init experiment uses the same), shallow sky blue, the
     * partial range purple.
     */
    static Hue hue(SuiteRun run) {
        return switch (run) {
            case SMALL_INIT -> Hue.initializer(Initializers.parse("init", "uniform:0.03"));
            case LARGE_INIT -> Hue.initializer(Initializers.parse("init", "uniform:3"));
            case HE_INIT -> Hue.initializer(Initializers.parse("init", "he"));
            case SHALLOW -> Hue.slot(5);
            case PARTIAL_RANGE -> Hue.slot(3);
        };
    }

    private static List<LinearizeCharts.Drawn> at(SuiteResult r, List<SuiteRun> runs, boolean initial) {
        List<LinearizeCharts.Drawn> m = new java.util.ArrayList<>();
        for (SuiteRun run : runs) {
            ToyResult t = r.get(run);
            LinearizationReport rep = initial ? t.initial() : t.last();
            if (!initial && rep.spectrum() == null) {
                rep = t.reports().stream().filter(x -> x.spectrum() != null).reduce((a, b) -> b).orElse(t.initial());
            }
            m.add(new LinearizeCharts.Drawn(run.title() + ", step " + rep.step(), rep, Look.solid(hue(run))));
        }
        return m;
    }

    private static ChartSpec fits(String title, SuiteResult r, List<SuiteRun> runs, double[] shade) {
        ToyResult first = r.get(runs.get(0));
        ChartSpec.Builder b = ChartSpec.builder(title, "x", "y").series("truth", first.data().gridX(),
                first.data().gridTruth(), Look.reference());
        for (SuiteRun run : runs) {
            ToyResult t = r.get(run);
            double[][] xy = ChartData.finitePoints(t.data().gridX(), t.last().predictions());
            b.series(run.title(), xy[0], xy[1], Look.solid(hue(run)));
        }
        if (shade != null) {
            b.shade(shade[0], shade[1], "not in the partial training range");
        }
        return b.build();
    }
}
