package org.gdlab.report;

import java.util.Locale;

/** How the answers, explanations and chart labels write a measured number. */
public final class NumberText {
    private NumberText() {
    }

    /**
     * Four significant digits without the zeros after the decimal point, e.g. {@code 0.001}, {@code 0.8725},
     * {@code 1e-05}; the zeros of an integer stay ({@code 1200}).
     *
     * @param v any double; NaN and infinities as {@code %.4g} writes them
     * @return the shortest text of {@code v} to 4 significant digits
     */
    public static String number(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        return (mantissa.indexOf('.') < 0 ? mantissa : mantissa.replaceFirst("\\.?0+$", "")) + exponent;
    }

    /**
     * A fraction as a percentage with one decimal, e.g. {@code 87.3%}; {@code n/a} for NaN.
     *
     * @param fraction a fraction, 1 for 100%
     * @return {@code 100 * fraction} with one decimal and a {@code %} sign, or {@code n/a}
     */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
