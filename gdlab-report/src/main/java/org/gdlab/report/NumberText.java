package org.gdlab.report;

import java.util.Locale;

/** How the answers, explanations and chart labels write a measured number. */
public final class NumberText {
    private NumberText() {
    }

    /** Four significant digits without trailing zeros, e.g. {@code 0.001}, {@code 0.8725}, {@code 1e-05}. */
    public static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("\\.?0+(e|$)", "$1");
    }

    /** A fraction as a percentage with one decimal, e.g. {@code 87.3%}; {@code n/a} for NaN. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }
}
