package org.gdlab.report.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gdlab.report.ChartRenderer;
import org.gdlab.sweep.PointRecord;
import org.gdlab.sweep.Setting;
import org.jfree.chart.JFreeChart;

/**
 * Where the values of one axis go on a chart: at their numbers, ascending, when every value is a
 * number; else at 1, 2, ... in the order of the sweep, the ticks naming them.
 *
 * @param setting the axis
 * @param values its values in chart order
 * @param positions each value's x
 * @param numeric whether the positions are the values themselves
 * @param log whether the axis is best drawn logarithmic (a learning rate or an L2 strength, all > 0)
 */
record AxisValues(Setting setting, List<String> values, double[] positions, boolean numeric, boolean log) {
    /** The values {@code setting} takes in {@code points}. */
    static AxisValues of(Setting setting, List<PointRecord> points) {
        Set<String> seen = new LinkedHashSet<>();
        points.forEach(p -> {
            if (p.value(setting) != null) {
                seen.add(p.value(setting));
            }
        });
        List<String> values = new ArrayList<>(seen);
        boolean numeric = values.stream().allMatch(AxisValues::isNumber);
        if (numeric) {
            values.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = numeric ? Double.parseDouble(values.get(i)) : i + 1;
        }
        boolean log = numeric && (setting == Setting.LR || setting == Setting.REG) && values.stream()
                .allMatch(v -> Double.parseDouble(v) > 0);
        return new AxisValues(setting, values, x, numeric, log);
    }

    /** The x of {@code value}. */
    double position(String value) {
        return positions[values.indexOf(value)];
    }

    /** The chart of {@code spec} with this axis's values named at their positions when they are not numbers. */
    JFreeChart named(JFreeChart chart, boolean xAxis) {
        return numeric ? chart : ChartRenderer.namePositions(chart, xAxis, values);
    }

    private static boolean isNumber(String v) {
        try {
            return Double.isFinite(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
