package org.gdlab.linearize.toy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetTest {
    @Property
    void theCourseTargetGoesThroughItsKnots(@ForAll @IntRange(min = -30, max = 30) int k) {
        assertEquals(Math.sin(12345.0 * k), new Target.Course().value(k / 10.0), 1e-12);
    }

    @Property
    void theCourseTargetIsLinearBetweenKnots(@ForAll @IntRange(min = -20, max = 19) int k,
                                             @ForAll @DoubleRange(min = 0, max = 1) double t) {
        double x = (k + t) / 10.0;
        double expected = (1 - t) * Math.sin(12345.0 * k) + t * Math.sin(12345.0 * (k + 1));
        assertEquals(expected, new Target.Course().value(x), 1e-9);
    }

    @Test
    void namesAndFiles(@TempDir Path dir) throws Exception {
        assertEquals(Math.sin(20 * 0.3), Target.parse("--target", "sin20").value(0.3), 0);
        Path file = dir.resolve("knots.csv");
        Files.writeString(file, "-1,0\n0,2\n1,0\n");
        Target t = Target.parse("--target", "file:" + file);
        assertEquals(1, t.value(-0.5), 1e-15);
        assertEquals(2, t.value(0), 0);
        assertEquals(0.5, t.value(0.75), 1e-15);
        var e = assertThrows(IllegalArgumentException.class, () -> ToyConfig.builder().target(t)
                .testRange(new Interval(-2, 1)).build());
        assertTrue(e.getMessage().startsWith("--target = file:" + file + " is not allowed: is defined on [-1.0, 1.0]"),
                e.getMessage());
        Files.writeString(file, "0,0\n0,1\n");
        e = assertThrows(IllegalArgumentException.class, () -> Target.parse("--target", "file:" + file));
        assertTrue(e.getMessage().contains("strictly increasing"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Target.parse("--target", "cos"));
        assertEquals("--target = cos is not allowed: must be one of " + Target.FORMS, e.getMessage());
    }
}
