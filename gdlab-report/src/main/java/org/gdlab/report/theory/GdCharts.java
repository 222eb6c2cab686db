package org.gdlab.report.theory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Look;
import org.gdlab.theory.gd.GdResult;

/** The charts of a gradient-descent analysis, drawn from its {@link GdResult}. */
public final class GdCharts {
    private GdCharts() {
    }

    /**
     * {@code contraction}: {@code |1 - 2 eta sigma_i^2|} against eta for the shown singular values
     * and their maximum over all (the minimax picture, the optimum marked); {@code error}: the
     * relative error of each shown coordinate against t at the given eta, on a log axis. The k-th
     * shown singular value has colour {@code Hue.sigma(k)} in both.
     *
     * @param r GD's analysis of a spectrum
     * @return {@code contraction} and {@code error}
     */
    public static Map<String, ChartSpec> of(GdResult r) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        GdResult.ContractionCurves c = r.curves();
        ChartSpec.Builder contraction = ChartSpec.builder("GD contraction factor |1 - 2 eta sigma^2| against eta",
                "eta", "contraction factor");
        for (int k = 0; k < c.shown().length; k++) {
            contraction.series(TheoryCharts.sigmaLabel(c.shownSigma2()[k], c.shown()[k]), c.eta(), c.factors()[k],
                    TheoryCharts.sigma(k));
        }
        contraction.series("max over all singular values", c.eta(), c.worst(), Look.reference())
                .shade(0, r.largestStableEta(), "stable: eta < 1/sigma_max^2 = " + TheoryCharts.number(r.largestStableEta()))
                .marker(r.optimalEta(), "optimal eta = " + TheoryCharts.number(r.optimalEta())
                        + ", rate " + TheoryCharts.number(r.optimalRate()), TheoryCharts.OPTIMAL)
                .marker(r.config().eta(), "given eta = " + TheoryCharts.number(r.config().eta()), TheoryCharts.GIVEN);
        charts.put("contraction", contraction.build());

        GdResult.ErrorTrajectories e = r.trajectories();
        ChartSpec.Builder error = ChartSpec.builder("GD relative error |w_t - w*| / |w*| at eta = "
                + TheoryCharts.number(e.eta()), "t", "relative error").logY();
        int length = e.errors().length == 0 ? 0 : e.errors()[0].length;
        double[] t = ChartData.indices(0, length);
        for (int k = 0; k < e.shown().length; k++) {
            double[] y = TheoryCharts.drawable(e.errors()[k]);
            error.series(TheoryCharts.sigmaLabel(e.shownSigma2()[k], e.shown()[k]), TheoryCharts.prefix(t, y), y,
                    TheoryCharts.sigma(k));
        }
        double[] epsLine = new double[length];
        Arrays.fill(epsLine, r.config().eps());
        error.series("eps = " + TheoryCharts.number(r.config().eps()), t, epsLine, Look.reference());
        charts.put("error", error.build());
        return charts;
    }
}
