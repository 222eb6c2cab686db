package org.gdlab.report.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartStyle;
import org.gdlab.report.HeatMapSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;
import org.gdlab.sweep.PointRecord;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.RankMetric;
import org.gdlab.sweep.Setting;
import org.gdlab.sweep.SweepRecord;

/**
 * The charts of a sweep, from its completed points: for each axis (but the seed) with two values
 * or more, the metric against it, one line per setting of the other axes (the mean over seeds,
 * with the band from the smallest to the largest seed); and a heat map over the first two such
 * axes, each cell the mean over seeds, best over the other axes.
 */
final class SweepCharts {
    private SweepCharts() {
    }

    /** The axes the charts are drawn over: every axis but the seed with at least two values among the completed points. */
    static List<AxisValues> axes(SweepRecord r) {
        List<PointRecord> done = completed(r);
        return r.axes().stream().filter(s -> s != Setting.SEED).map(s -> AxisValues.of(s, done))
                .filter(a -> a.values().size() >= 2).toList();
    }

    /** The metric against {@code axis}. */
    static ChartSpec againstAxis(SweepRecord r, AxisValues axis) {
        RankMetric m = r.metric();
        List<Setting> others = r.axes().stream().filter(s -> s != axis.setting() && s != Setting.SEED).toList();
        Map<String, List<PointRecord>> groups = new LinkedHashMap<>();
        for (PointRecord p : completed(r)) {
            groups.computeIfAbsent(others.stream().map(s -> s.label() + "=" + p.value(s))
                    .collect(Collectors.joining(", ")), k -> new ArrayList<>()).add(p);
        }
        List<Map.Entry<String, List<PointRecord>>> shown = new ArrayList<>(groups.entrySet());
        shown.sort(Comparator.comparingDouble(e -> -(m.higherIsBetter() ? 1 : -1) * best(m, e.getValue())));
        shown = shown.subList(0, Math.min(shown.size(), ChartStyle.paletteSize()));
        String title = name(m) + " against " + axis.setting().label() + " (mean over seeds, band from min to max)"
                + (groups.size() > shown.size() ? ", the " + shown.size() + " best of " + groups.size() + " settings" : "");
        ChartSpec.Builder b = ChartSpec.builder(title, axis.setting().label(), name(m));
        if (axis.log()) {
            b.logX();
        }
        for (int k = 0; k < shown.size(); k++) {
            double[] x = axis.positions();
            double[] mean = new double[x.length];
            double[] low = new double[x.length];
            double[] high = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                String v = axis.values().get(i);
                double[] seeds = shown.get(k).getValue().stream().filter(p -> v.equals(p.value(axis.setting())))
                        .mapToDouble(p -> m.of(p.metrics())).filter(Double::isFinite).toArray();
                mean[i] = seeds.length == 0 ? Double.NaN : java.util.Arrays.stream(seeds).average().orElseThrow();
                low[i] = seeds.length == 0 ? Double.NaN : java.util.Arrays.stream(seeds).min().orElseThrow();
                high[i] = seeds.length == 0 ? Double.NaN : java.util.Arrays.stream(seeds).max().orElseThrow();
            }
            String name = shown.get(k).getKey().isEmpty() ? "all points" : shown.get(k).getKey();
            Hue hue = Hue.slot(k);
            b.band(name + ": min to max over seeds", x, low, high, hue);
            b.series(name, x, mean, Look.solid(hue).withMark(Look.Mark.CIRCLE));
        }
        return b.build();
    }

    /** The two axes of the heat map, x first: the first two chart axes, the log one along x. */
    static Optional<List<AxisValues>> heatMapAxes(SweepRecord r) {
        List<AxisValues> axes = axes(r);
        if (axes.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(axes.get(1).log() && !axes.get(0).log() ? List.of(axes.get(1), axes.get(0)) : axes.subList(0, 2));
    }

    /** The heat map over {@link #heatMapAxes}, when there are two. */
    static Optional<HeatMapSpec> heatMap(SweepRecord r) {
        Optional<List<AxisValues>> xy = heatMapAxes(r);
        if (xy.isEmpty()) {
            return Optional.empty();
        }
        AxisValues x = xy.get().get(0);
        AxisValues y = xy.get().get(1);
        RankMetric m = r.metric();
        double[][] cells = new double[y.values().size()][x.values().size()];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<Setting> rest = r.axes().stream().filter(s -> s != Setting.SEED).toList();
        for (int row = 0; row < cells.length; row++) {
            for (int col = 0; col < cells[row].length; col++) {
                String xv = x.values().get(col);
                String yv = y.values().get(row);
                Setting xs = x.setting();
                Setting ys = y.setting();
                Map<String, double[]> bySetting = completed(r).stream()
                        .filter(p -> xv.equals(p.value(xs)) && yv.equals(p.value(ys)) && Double.isFinite(m.of(p.metrics())))
                        .collect(Collectors.groupingBy(p -> rest.stream().map(p::value).collect(Collectors.joining(",")),
                                Collectors.collectingAndThen(Collectors.toList(),
                                        l -> l.stream().mapToDouble(p -> m.of(p.metrics())).toArray())));
                double cell = Double.NaN;
                for (double[] seeds : bySetting.values()) {
                    double mean = java.util.Arrays.stream(seeds).average().orElseThrow();
                    if (Double.isNaN(cell) || (m.higherIsBetter() ? mean > cell : mean < cell)) {
                        cell = mean;
                    }
                }
                cells[row][col] = cell;
                if (!Double.isNaN(cell)) {
                    lo = Math.min(lo, cell);
                    hi = Math.max(hi, cell);
                }
            }
        }
        if (!(lo <= hi)) {
            return Optional.empty();
        }
        if (lo == hi) {
            lo -= 0.5e-3;
            hi += 0.5e-3;
        }
        String best = rest.size() > 2 ? ", the best over the other axes" : "";
        return Optional.of(new HeatMapSpec(name(m) + " over " + x.setting().label() + " and " + y.setting().label()
                + " (mean over seeds" + best + ")", x.setting().label(), y.setting().label(), x.log(), x.positions(), y.positions(), cells,
                lo, hi, name(m), false, "no completed point", List.of()));
    }

    /** E.g. {@code validation accuracy}. */
    static String name(RankMetric m) {
        return m.label().replace('_', ' ');
    }

    private static List<PointRecord> completed(SweepRecord r) {
        return r.points().stream().filter(p -> p.status() == PointStatus.COMPLETED).toList();
    }

    private static double best(RankMetric m, List<PointRecord> points) {
        return points.stream().mapToDouble(p -> m.of(p.metrics())).filter(Double::isFinite)
                .reduce(m.higherIsBetter() ? Double::max : Double::min).orElse(m.higherIsBetter() ? -1e300 : 1e300);
    }
}
