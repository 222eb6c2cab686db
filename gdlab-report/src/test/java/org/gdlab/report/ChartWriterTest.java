package org.gdlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWriterTest {
    @TempDir
    Path tmp;

    private static ChartSpec sample() {
        double[] x = {0.1, 0.2, 0.3, 0.4};
        return ChartSpec.builder("contraction", "eta", "|1 - 2 eta sigma^2|").logY()
                .line("sigma^2 = 5", x, new double[] {0.0, 1.0, 2.0, 3.0}, 0)
                .series("points", x, new double[] {0.5, 0.4, 0.3, 0.2}, Look.points(Hue.slot(1), Look.Mark.CIRCLE))
                .series("bound", x, new double[] {1, 1, 1, 1}, Look.reference())
                .band("band", x, new double[] {0.4, 0.3, 0.2, 0.1}, new double[] {0.6, 0.5, 0.4, 0.3}, Hue.slot(1))
                .marker(0.198, "optimal eta", new Look(Hue.REFERENCE, Look.Line.SOLID, Look.Mark.DIAMOND))
                .shade(0.1, 0.2, "stable")
                .build();
    }

    @Test
    void writesAPngAtTwiceTheSizeAndAnSvg() throws IOException {
        List<Path> files = ChartWriter.write(sample(), tmp.resolve("charts"), "gd");
        assertEquals(List.of(tmp.resolve("charts/gd.png"), tmp.resolve("charts/gd.svg")), files);
        var image = ImageIO.read(files.get(0).toFile());
        assertEquals(ChartStyle.PNG_SCALE * ChartWriter.WIDTH, image.getWidth());
        assertEquals(ChartStyle.PNG_SCALE * ChartWriter.HEIGHT, image.getHeight());
        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("<svg") && svg.contains("width='" + ChartWriter.WIDTH + "'"), svg.substring(0, Math.min(300, svg.length())));
    }

    @Test
    void aLogAxisDropsNonPositiveValuesInsteadOfFailing() {
        XYPlot plot = ChartRenderer.xy(sample()).getXYPlot();
        XYDataset lines = plot.getDataset(1);
        assertEquals(3, lines.getItemCount(0), "0.0 is not drawn on the log axis");
        assertEquals(1.0, lines.getYValue(0, 0));
    }

    @Test
    void aNanInsideASeriesBreaksTheLineOnce() {
        ChartSpec spec = ChartSpec.builder("t", "x", "y")
                .line("s", new double[] {1, 2, 3, 4, 5}, new double[] {1, Double.NaN, Double.NaN, 4, 5}, 0).build();
        XYDataset lines = ChartRenderer.xy(spec).getXYPlot().getDataset(1);
        assertEquals(4, lines.getItemCount(0));
        assertTrue(Double.isNaN(lines.getYValue(0, 1)));
    }

    @Test
    void aSeriesWithFarMorePointsThanPixelsStaysUnder200KilobytesOfSvg() throws IOException {
        Random random = new Random(1);
        int n = 200_000;
        double[] x = ChartData.indices(0, n);
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(i / 3.0) * Math.exp(-i / 50_000.0) + 0.1 * random.nextGaussian();
            z[i] = Math.cos(i / 5.0) * 0.5;
        }
        ChartSpec spec = ChartSpec.builder("noisy oscillation, 200000 points", "t", "x_t")
                .series("x_t", x, y, Look.solid(Hue.sigma(0))).series("GD x_t", x, z, Look.dashed(Hue.sigma(0))).build();
        ChartWriter.write(spec, tmp, "big");
        long size = Files.size(tmp.resolve("big.svg"));
        assertTrue(size < 200_000, "SVG of " + size + " bytes");
    }

    @Test
    void seriesLengthsMustAgree() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ChartSpec.builder("t", "x", "y").line("s", new double[] {1, 2}, new double[] {1}, 0));
        assertTrue(e.getMessage().contains("2 x values but 1 y values"), e.getMessage());
    }

    @Test
    void aHeatMapLeavesNanCellsBlankAndChecksItsGrid() throws IOException {
        HeatMapSpec spec = new HeatMapSpec("map", "eta", "beta", true, new double[] {0.1, 1}, new double[] {0.5, 1},
                new double[][] {{0.2, Double.NaN}, {0.9, 1.5}}, 0, 1, "iterations", true, "unstable", List.of());
        ChartWriter.write(spec, tmp, "map");
        assertTrue(Files.size(tmp.resolve("map.png")) > 1000);
        assertTrue(Files.readString(tmp.resolve("map.svg")).contains("<svg"));
        var e = assertThrows(IllegalArgumentException.class, () -> new HeatMapSpec("map", "x", "y", false, new double[] {1},
                new double[] {2}, new double[][] {{1, 2}}, 0, 1, "z", false, "blank", List.of()));
        assertTrue(e.getMessage().contains("a row of 2 values but 1 x values"), e.getMessage());
        var order = assertThrows(IllegalArgumentException.class, () -> new HeatMapSpec("map", "x", "y", true, new double[] {1, 0.5},
                new double[] {2}, new double[][] {{1, 2}}, 0, 1, "z", false, "blank", List.of()));
        assertTrue(order.getMessage().contains("x[1] = 0.5"), order.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HeatMapSpec("map", "x", "y", false, new double[] {1},
                new double[] {2}, new double[][] {{1}}, 1, 1, "z", false, "blank", List.of()));
    }

    @Test
    void cellEdgesAreGeometricMidpointsOnALogAxis() {
        double[] e = ChartRenderer.edges(new double[] {1, 10, 100}, true);
        assertEquals(4, e.length);
        assertEquals(Math.sqrt(0.1 * 1) * Math.sqrt(10), e[0] * Math.sqrt(10), 1e-12);
        assertEquals(Math.sqrt(10), e[1], 1e-12);
        assertEquals(Math.sqrt(1000), e[2], 1e-9);
        assertEquals(Math.sqrt(100 * 1000), e[3], 1e-9);
        double[] linear = ChartRenderer.edges(new double[] {0.1, 0.2, 0.3}, false);
        assertEquals(0.05, linear[0], 1e-12);
        assertEquals(0.35, linear[3], 1e-12);
    }
}
