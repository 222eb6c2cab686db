package org.gdlab.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * Draws a {@link HeatMapSpec} with XChart's heat map and writes {@code NAME.png} and
 * {@code NAME.svg}, each atomically. Runs headless.
 */
public final class HeatMapWriter {
    private static final Color[] SCALE = {new Color(20, 40, 120), new Color(60, 150, 200), new Color(240, 230, 120),
        new Color(200, 60, 40)};

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private HeatMapWriter() {
    }

    /**
     * Writes {@code dir/NAME.png} and {@code dir/NAME.svg}.
     *
     * @return the two files written, PNG first
     */
    public static List<Path> write(HeatMapSpec spec, Path dir, String name) {
        return ChartWriter.writeFiles(draw(spec), dir, name);
    }

    /** The XChart heat map for a spec. */
    static HeatMapChart draw(HeatMapSpec spec) {
        HeatMapChart chart = new HeatMapChartBuilder().width(ChartWriter.WIDTH).height(ChartWriter.HEIGHT)
                .title(spec.title()).xAxisTitle(spec.xLabel()).yAxisTitle(spec.yLabel()).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setRangeColors(SCALE);
        styler.setMin(spec.min());
        styler.setMax(spec.max());
        styler.setShowValue(false);
        styler.setDrawBorder(false);
        styler.setXAxisLabelRotation(90);
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < spec.y().length; r++) {
            for (int c = 0; c < spec.x().length; c++) {
                double v = spec.values()[r][c];
                if (!Double.isNaN(v)) {
                    cells.add(new Number[] {c, r, Math.max(spec.min(), Math.min(spec.max(), v))});
                }
            }
        }
        chart.addSeries(spec.title(), Arrays.asList(spec.x()), Arrays.asList(spec.y()), cells);
        return chart;
    }
}
