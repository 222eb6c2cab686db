package org.gdlab.report.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.report.ChartSpec;
import org.gdlab.report.HeatMapSpec;
import org.gdlab.sweep.Setting;
import org.junit.jupiter.api.Test;

class SweepChartsTest {
    @Test
    void theMetricAgainstAnAxisIsTheMeanOverSeedsWithItsMinAndMaxOneLinePerOtherSetting() {
        var r = SweepFixture.record();
        var axes = SweepCharts.axes(r);
        assertEquals(2, axes.size(), "lr and batch; the seed is not charted");
        ChartSpec lr = SweepCharts.againstAxis(r, axes.get(0));
        assertTrue(lr.logX());
        assertEquals(2, lr.series().size(), "one line per batch");
        ChartSpec.Series batch200 = lr.series().stream().filter(s -> s.name().equals("batch=200")).findFirst().orElseThrow();
        assertArrayEquals(new double[] {0.001, 0.003}, batch200.x());
        assertArrayEquals(new double[] {0.805 + 0.01 + 0.02, 0.805 + 0.03 + 0.02}, batch200.y(), 1e-12);
        ChartSpec.Band band = lr.bands().stream().filter(b -> b.name().startsWith("batch=200")).findFirst().orElseThrow();
        assertArrayEquals(new double[] {SweepFixture.accuracy(0.001, 200, 0), SweepFixture.accuracy(0.003, 200, 0)}, band.low(), 1e-12);
        assertArrayEquals(new double[] {SweepFixture.accuracy(0.001, 200, 1), SweepFixture.accuracy(0.003, 200, 1)}, band.high(), 1e-12);
    }

    @Test
    void theHeatMapHoldsTheMeanOverSeedsAtEachPairTheLogAxisAlongX() {
        HeatMapSpec h = SweepCharts.heatMap(SweepFixture.record()).orElseThrow();
        assertTrue(h.logX());
        assertArrayEquals(new double[] {0.001, 0.003}, h.x());
        assertArrayEquals(new double[] {100, 200}, h.y());
        assertEquals(0.805 + 0.03 + 0.01, h.values()[0][1], 1e-12, "lr 0.003, batch 100");
        assertEquals(0.805 + 0.01 + 0.02, h.values()[1][0], 1e-12, "lr 0.001, batch 200");
        assertEquals(h.values()[0][0], h.min(), 1e-12);
        assertEquals(h.values()[1][1], h.max(), 1e-12);
    }

    @Test
    void aCategoricalAxisIsPlacedAt1To2InTheSweepsOrderAndNamedByItsTicks() {
        var p = SweepFixture.record().points().get(0);
        AxisValues a = AxisValues.of(Setting.INIT, java.util.List.of(
                new org.gdlab.sweep.PointRecord(0, "a", java.util.List.of(new org.gdlab.sweep.Assignment(Setting.INIT, "xavier")),
                        p.status(), "", p.metrics(), false, 0),
                new org.gdlab.sweep.PointRecord(1, "b", java.util.List.of(new org.gdlab.sweep.Assignment(Setting.INIT, "he")),
                        p.status(), "", p.metrics(), false, 0)));
        assertArrayEquals(new double[] {1, 2}, a.positions());
        assertEquals(java.util.List.of("xavier", "he"), a.values());
        var chart = a.named(org.gdlab.report.ChartRenderer.xy(org.gdlab.report.ChartSpec.builder("t", "init", "y")
                .line("s", a.positions(), new double[] {0.5, 0.6}, 0).build()), true);
        var ticks = chart.getXYPlot().getDomainAxis().refreshTicks(null, null, new java.awt.geom.Rectangle2D.Double(0, 0, 900, 500),
                org.jfree.chart.ui.RectangleEdge.BOTTOM);
        assertEquals(java.util.List.of("xavier", "he"), ticks.stream().map(t -> ((org.jfree.chart.axis.NumberTick) t).getText()).toList());
    }
}
