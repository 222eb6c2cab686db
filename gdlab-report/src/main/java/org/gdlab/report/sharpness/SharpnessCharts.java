package org.gdlab.report.sharpness;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.lab.sharpness.SharpnessMeasurement;
import org.gdlab.nn.hessian.HessianSpectrum;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;

/**
 * The charts of {@code gdlab sharpness}: {@code top-eigenvalues} (the largest Hessian eigenvalues
 * by index) and, when measured, {@code spectral-density} (the stochastic Lanczos quadrature
 * density, log y down to 1e-6 of its peak, with the sharpness marked).
 */
public final class SharpnessCharts {
    private SharpnessCharts() {
    }

    /**
     * The charts of {@code m} by file name.
     *
     * @param m a Hessian spectrum measurement
     * @return {@code top-eigenvalues} and, when the density was estimated, {@code spectral-density}
     */
    public static Map<String, ChartSpec> of(SharpnessMeasurement m) {
        HessianSpectrum s = m.spectrum();
        String title = m.network() + ", " + m.loss() + ", " + m.examples() + " examples";
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        charts.put("top-eigenvalues", ChartSpec.builder(title + ": top Hessian eigenvalues", "index i", "lambda_i")
                .series("Lanczos", ChartData.indices(1, s.top().length), s.top(), Look.points(Hue.slot(0), Look.Mark.CIRCLE))
                .build());
        if (s.density().length > 0) {
            double[][] xy = visible(s.densityGrid(), s.density());
            charts.put("spectral-density", ChartSpec.builder(title + ": Hessian spectral density (SLQ)", "eigenvalue",
                            "density").logY()
                    .line("density (Gaussian width " + String.format(java.util.Locale.ROOT, "%.3g", s.densityWidth())
                            + ")", xy[0], xy[1], 0)
                    .marker(s.top()[0], "sharpness " + String.format(java.util.Locale.ROOT, "%.4g", s.top()[0]), Look.reference())
                    .build());
        }
        return charts;
    }

    /** The points whose density is at least {@code 1e-6} of the largest (below, the log axis would show only Gaussian tails). */
    private static double[][] visible(double[] grid, double[] density) {
        double max = java.util.Arrays.stream(density).max().orElse(0);
        return ChartData.finitePoints(grid, java.util.Arrays.stream(density).map(d -> d >= 1e-6 * max ? d : Double.NaN)
                .toArray());
    }
}
