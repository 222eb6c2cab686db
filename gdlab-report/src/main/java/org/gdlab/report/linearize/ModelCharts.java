package org.gdlab.report.linearize;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.model.ModelSpectrum;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;

/**
 * The charts of a trained classifier's kernel spectrum: {@code singular-values} (before and
 * after training, log scale; the same colour, dashed after training) and {@code eigenvectors-init}, {@code eigenvectors-trained} (the top
 * three {@code u_k} over the inputs, in the order the inputs were taken).
 */
public final class ModelCharts {
    private ModelCharts() {
    }

    /**
     * The charts of {@code r} by file name.
     *
     * @param r the kernel features of a trained net, before and after training
     * @return {@code singular-values}, {@code eigenvectors-init} and {@code eigenvectors-trained}
     */
    public static Map<String, ChartSpec> of(ModelSpectrum r) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        String title = r.network() + ", " + r.output() + ", " + r.inputs() + " inputs";
        ChartSpec.Builder sv = ChartSpec.builder(title + ": singular values of Phi", "index k", "s_k").logY();
        addValues(sv, "at initialization", r.before(), Look.solid(Hue.slot(0)));
        addValues(sv, "after training", r.after(), Look.dashed(Hue.slot(0)));
        charts.put("singular-values", sv.build());
        charts.put("eigenvectors-init", vectors(title + ": top eigenvectors at initialization", r.before()));
        charts.put("eigenvectors-trained", vectors(title + ": top eigenvectors after training", r.after()));
        return charts;
    }

    private static void addValues(ChartSpec.Builder b, String name, FeatureSpectrum s, Look look) {
        if (s != null) {
            double[][] xy = ChartData.finitePoints(ChartData.indices(1, s.singularValues().length), s.singularValues());
            b.series(name, xy[0], xy[1], look);
        }
    }

    private static ChartSpec vectors(String title, FeatureSpectrum s) {
        ChartSpec.Builder b = ChartSpec.builder(title, "input index i", "u_k,i");
        if (s != null) {
            for (int c = 0; c < Math.min(3, s.count()); c++) {
                double[] u = s.leftVectors()[c];
                b.line("u_" + (c + 1), ChartData.indices(0, u.length), u, c);
            }
        }
        return b.build();
    }
}
