package org.gdlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class TicksTest {
    private static List<String> labels(List<Ticks.Tick> ticks) {
        return ticks.stream().filter(Ticks.Tick::major).map(Ticks.Tick::label).toList();
    }

    @Test
    void anIterationAxisGetsRoundStepsNotEveryFewUnits() {
        assertEquals(List.of("0", "50", "100", "150", "200", "250", "300", "350"), labels(Ticks.linear(-15, 393)));
        assertEquals(List.of("2", "4", "6", "8", "10"), labels(Ticks.linear(0.6, 11.4)));
        assertEquals(List.of("0.2", "0.4", "0.6", "0.8", "1.0"), labels(Ticks.linear(0.02, 1.02)));
        assertEquals(List.of("-6", "-4", "-2", "0", "2", "4", "6"), labels(Ticks.linear(-7.6, 7.6)));
    }

    @Test
    void farFromOneLabelsUsePowersOfTen() {
        assertEquals(List.of("0", "5×10⁵", "10⁶", "1.5×10⁶"), labels(Ticks.linear(-1e4, 1.6e6)));
        assertEquals("10⁻⁵", Ticks.power(-5));
        assertEquals("10¹²", Ticks.power(12));
    }

    @Test
    void aLogAxisOverFortyFourDecadesLabelsAtMostEightOfThem() {
        List<String> l = labels(Ticks.decades(1e8, 1e51));
        assertEquals(List.of("10¹⁰", "10²⁰", "10³⁰", "10⁴⁰", "10⁵⁰"), l);
    }

    @Test
    void aShortLogAxisLabelsEveryDecadeInPlainNumbersWithMinorTicksBetween() {
        List<Ticks.Tick> t = Ticks.decades(1e-3, 1);
        assertEquals(List.of("0.001", "0.01", "0.1", "1"), labels(t));
        assertEquals(4 + 3 * 8, t.size(), "2..9 x each decade below 1");
        assertTrue(t.stream().filter(x -> !x.major()).allMatch(x -> x.label().isEmpty()));
    }

    @Test
    void lessThanTwoDecadesAreLabelledAtOneTwoAndFive() {
        assertEquals(List.of("100", "200", "500"), labels(Ticks.decades(90, 600)));
        assertEquals(List.of("2×10⁵", "5×10⁵", "10⁶"), labels(Ticks.decades(1.5e5, 1.2e6)));
    }

    @Test
    void manyDecadesGetNoMinorGrid() {
        assertTrue(Ticks.decades(1e-10, 1e120).stream().allMatch(Ticks.Tick::major), "130 decades: labels only");
    }

    @Property
    void linearTicksAreFewAndNice(@ForAll @DoubleRange(min = -1e6, max = 1e6) double lo,
                                  @ForAll @DoubleRange(min = 1e-6, max = 1e6) @Scale(9) double width) {
        double hi = lo + width;
        // four digits label a range down to a hundredth of its magnitude (narrower ones would need an offset)
        Assume.that(width >= Math.max(Math.abs(lo), Math.abs(hi)) / 100);
        double step = Ticks.niceStep(lo, hi, Ticks.MAX_MAJOR);
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
        assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                "step " + step);
        List<Ticks.Tick> ticks = Ticks.linear(lo, hi);
        assertTrue(ticks.size() <= Ticks.MAX_MAJOR && ticks.size() >= 2, ticks.size() + " ticks on [" + lo + ", " + hi + "]");
        for (Ticks.Tick t : ticks) {
            assertTrue(t.value() >= lo - step * 1e-6 && t.value() <= hi + step * 1e-6);
            assertTrue(significantDigits(t.label()) <= 4, t.label());
        }
    }

    @Property
    void decadeTicksAreAtMostEight(@ForAll @DoubleRange(min = -300, max = 300) double a, @ForAll @DoubleRange(min = 0.01, max = 300) double span) {
        List<String> l = labels(Ticks.decades(Math.pow(10, a), Math.pow(10, Math.min(a + span, 307))));
        assertTrue(l.size() <= Ticks.MAX_MAJOR, l.toString());
    }

    /** The significant digits of a label such as {@code 0.25}, {@code 1.5×10⁶} or {@code 350}. */
    static int significantDigits(String label) {
        String mantissa = label.contains("×") ? label.substring(0, label.indexOf('×')) : label.startsWith("10") && !label.matches("[0-9.-]+")
                ? "1" : label;
        String digits = mantissa.replace("-", "").replace(".", "").replaceFirst("^0+", "");
        if (!mantissa.contains(".")) {
            digits = digits.replaceFirst("0+$", "");
        }
        return Math.max(1, digits.length());
    }
}
