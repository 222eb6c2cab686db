package org.gdlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where an axis puts its ticks and what it writes there: at most {@value #MAX_MAJOR} labelled
 * ticks per axis at nice values ({@code 1, 2, 5 x 10^k}); on a log axis at decades (every
 * {@code 1, 2, 5, 10, ...} decades), with unlabelled minor ticks at {@code 2..9 x 10^k} when
 * every decade is labelled. Labels have at most 4 significant digits.
 */
public final class Ticks {
    /** The most labelled ticks on one axis. */
    public static final int MAX_MAJOR = 8;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Ticks() {
    }

    /**
     * A tick.
     *
     * @param value where it is, in data units
     * @param label what it says; empty for a minor tick
     * @param major whether it is labelled (minor ticks carry only a light grid line)
     */
    public record Tick(double value, String label, boolean major) {
    }

    /**
     * Ticks of a linear axis over {@code [lo, hi]}: multiples of {@link #niceStep}.
     *
     * @param lo the axis's lower end
     * @param hi its upper end, {@code > lo}, both finite
     * @return the ticks in {@code [lo, hi]}, ascending, all labelled
     */
    public static List<Tick> linear(double lo, double hi) {
        double step = niceStep(lo, hi, MAX_MAJOR);
        List<Tick> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) {
            double v = k * step;
            ticks.add(new Tick(v, linearLabel(v, step), true));
        }
        return ticks;
    }

    /**
     * The smallest step from {@code 1, 2, 5 x 10^k} whose multiples in {@code [lo, hi]} are at most
     * {@code maxMajor}.
     *
     * @param lo the axis's lower end
     * @param hi its upper end, {@code > lo}, both finite
     * @param maxMajor the most ticks allowed, {@code >= 1}
     * @return the step
     * @throws IllegalArgumentException when {@code [lo, hi]} is empty or not finite
     */
    public static double niceStep(double lo, double hi, int maxMajor) {
        if (!(hi > lo) || !Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("axis range [" + lo + ", " + hi + "] is not allowed: must be finite with lo < hi");
        }
        double step = Math.pow(10, Math.floor(Math.log10((hi - lo) / maxMajor)));
        double[] factors = {1, 2, 5};
        for (int i = 0; ; i = (i + 1) % 3) {
            double s = step * factors[i];
            if (Math.floor(hi / s + 1e-9) - Math.ceil(lo / s - 1e-9) + 1 <= maxMajor) {
                return s;
            }
            if (i == 2) {
                step *= 10;
            }
        }
    }

    /**
     * Ticks of a log axis over {@code [lo, hi]}, {@code 0 < lo < hi}: decades, and minor ticks
     * between them (at 2..9 x 10^k when every decade is labelled, else at the unlabelled decades
     * when there are at most {@value #MINOR_DECADES}). An axis with fewer than two decades in range
     * is labelled at 1, 2 and 5 x 10^k instead.
     *
     * @param lo the axis's lower end, {@code > 0}
     * @param hi its upper end, {@code > lo} and finite
     * @return the major and minor ticks in {@code [lo, hi]}, ascending
     * @throws IllegalArgumentException unless {@code 0 < lo < hi} and {@code hi} is finite
     */
    public static List<Tick> decades(double lo, double hi) {
        if (!(lo > 0 && hi > lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("log axis range [" + lo + ", " + hi + "] is not allowed: must have 0 < lo < hi, finite");
        }
        int first = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int last = (int) Math.floor(Math.log10(hi) + 1e-9);
        int every = 1;
        for (int i = 0; count(first, last, every) > MAX_MAJOR; i++) {
            every = (int) Math.round(Math.pow(10, i / 3) * new int[] {2, 5, 10}[i % 3]);
        }
        boolean oneTwoFive = last - first + 1 < 2;
        boolean plain = true;
        for (int k = first - 1; k <= last; k++) {
            boolean labelled = oneTwoFive || (k >= first && k % every == 0);
            if (labelled && (k < -3 || k > 3)) {
                plain = false;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int k = first - 1; k <= last; k++) {
            double decade = Math.pow(10, k);
            if (k >= first && k % every == 0) {
                ticks.add(new Tick(decade, plain ? NumberText.number(decade) : power(k), true));
            } else if (k >= first && last - first <= MINOR_DECADES) {
                ticks.add(new Tick(decade, "", false));
            }
            if (every == 1) {
                for (int m = 2; m <= 9; m++) {
                    double v = m * decade;
                    if (v >= lo && v <= hi) {
                        boolean labelled = oneTwoFive && (m == 2 || m == 5);
                        ticks.add(new Tick(v, labelled ? (plain ? NumberText.number(v) : m + "×" + power(k)) : "", labelled));
                    }
                }
            }
        }
        return ticks;
    }

    /** The most decades that get a minor tick each when not every decade is labelled. */
    static final int MINOR_DECADES = 30;

    private static int count(int first, int last, int every) {
        return (int) (Math.floor((double) last / every) - Math.ceil((double) first / every) + 1);
    }

    /** {@code 10^k} with the exponent in superscript digits, e.g. {@code 10⁻⁵}. */
    static String power(int k) {
        StringBuilder s = new StringBuilder("10");
        if (k < 0) {
            s.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(k)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    /**
     * A linear tick's label: as many decimals as the step needs ({@code 0.05 -> 2}); far from 1
     * ({@code >= 1e5} or a step below {@code 1e-4}), as {@code m×10^k}.
     */
    static String linearLabel(double v, double step) {
        boolean scientific = Math.max(Math.abs(v), step) >= 1e5 || step < 1e-4;
        if (Math.abs(v) < step * 1e-6) {
            v = 0;
            if (scientific) {
                return "0";
            }
        } else if (scientific) {
            int e = (int) Math.floor(Math.log10(Math.abs(v)));
            double mantissa = v / Math.pow(10, e);
            if (Math.abs(mantissa) >= 9.9995) {
                mantissa /= 10;
                e++;
            }
            String m = NumberText.number(Math.round(mantissa * 1000) / 1000.0);
            return (m.equals("1") ? "" : m.equals("-1") ? "-" : m + "×") + power(e);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
