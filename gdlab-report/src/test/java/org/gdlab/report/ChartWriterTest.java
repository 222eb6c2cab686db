package org.gdlab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWriterTest {
    @TempDir
    Path tmp;

    private static ChartSpec sample() {
        double[] x = {0.1, 0.2, 0.3, 0.4};
        return ChartSpec.builder("contraction", "eta", "|1 - 2 eta sigma^2|").logY()
                .line("sigma^2 = 5", x, new double[] {0.0, 1.0, 2.0, 3.0})
                .series("points", x, new double[] {0.5, 0.4, 0.3, 0.2}, ChartSpec.Style.SCATTER)
                .series("bound", x, new double[] {1, 1, 1, 1}, ChartSpec.Style.DASHED)
                .marker(0.198, "optimal eta")
                .shade(0.1, 0.2, "stable")
                .build();
    }

    @Test
    void writesAReadablePngAndAnSvg() throws IOException {
        List<Path> files = ChartWriter.write(sample(), tmp.resolve("charts"), "gd");
        assertEquals(List.of(tmp.resolve("charts/gd.png"), tmp.resolve("charts/gd.svg")), files);
        var image = ImageIO.read(files.get(0).toFile());
        assertEquals(ChartWriter.WIDTH, image.getWidth());
        assertEquals(ChartWriter.HEIGHT, image.getHeight());
        String svg = Files.readString(files.get(1));
        assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
    }

    @Test
    void aLogAxisDropsNonPositiveValuesInsteadOfFailing() {
        var chart = ChartWriter.draw(sample());
        double[] drawn = chart.getSeriesMap().get("sigma^2 = 5").getYData();
        assertArrayEquals(new double[] {1, 2, 3}, drawn);
    }

    @Test
    void seriesLengthsMustAgree() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ChartSpec.builder("t", "x", "y").line("s", new double[] {1, 2}, new double[] {1}));
        assertTrue(e.getMessage().contains("2 x values but 1 y values"), e.getMessage());
    }
}
