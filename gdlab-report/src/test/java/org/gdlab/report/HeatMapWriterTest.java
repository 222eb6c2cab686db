package org.gdlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatMapWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesPngAndSvgLeavingNanCellsBlank() throws Exception {
        HeatMapSpec spec = new HeatMapSpec("map", "eta", "beta", new String[] {"0.1", "1"}, new String[] {"0.5", "1"},
                new double[][] {{0.2, Double.NaN}, {0.9, 1.5}}, 0, 1);
        var files = HeatMapWriter.write(spec, dir, "map");
        assertEquals(2, files.size());
        assertTrue(Files.size(dir.resolve("map.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("map.svg")).contains("<svg"));
        assertEquals(3, HeatMapWriter.draw(spec).getHeatMapSeries().getHeatData().size());
    }

    @Test
    void aGridThatDoesNotMatchItsLabelsIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> new HeatMapSpec("map", "x", "y", new String[] {"a"},
                new String[] {"b"}, new double[][] {{1, 2}}, 0, 1));
        assertTrue(e.getMessage().contains("a row of 2 values but 1 x labels"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HeatMapSpec("map", "x", "y", new String[] {"a"},
                new String[] {"b"}, new double[][] {{1}}, 1, 1));
    }
}
