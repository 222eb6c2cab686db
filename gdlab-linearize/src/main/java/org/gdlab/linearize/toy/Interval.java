package org.gdlab.linearize.toy;

import org.gdlab.core.validate.Check;

/**
 * A closed interval {@code [low, high]} of the input axis.
 *
 * @param low finite
 * @param high finite, {@code > low}
 */
public record Interval(double low, double high) {
    /**
     * Checks that the interval is finite and not empty.
     *
     * @param low the lower end, finite
     * @param high the upper end, finite and {@code > low}
     */
    public Interval {
        if (!isInterval(low, high)) {
            throw Check.invalid("interval", low + "," + high, "must be two finite numbers LOW,HIGH with LOW < HIGH");
        }
    }

    /**
     * The form {@code LOW,HIGH}, e.g. {@code -1,0.4}; the error names {@code what}.
     *
     * @param what the option, for the message
     * @param text the command-line text
     * @return {@code [LOW, HIGH]}
     */
    public static Interval parse(String what, String text) {
        String[] parts = text.split(",");
        if (parts.length == 2) {
            try {
                double low = Double.parseDouble(parts[0].trim());
                double high = Double.parseDouble(parts[1].trim());
                if (isInterval(low, high)) {
                    return new Interval(low, high);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw Check.invalid(what, text, "must be two finite numbers LOW,HIGH with LOW < HIGH, e.g. -1,0.4");
    }

    /** Whether {@code low} and {@code high} are finite with {@code low < high} (NaN fails). */
    private static boolean isInterval(double low, double high) {
        return Double.isFinite(low) && Double.isFinite(high) && high > low;
    }

    /**
     * True when {@code other} lies inside this interval.
     *
     * @param other the interval to test
     * @return whether {@code low <= other.low} and {@code other.high <= high}
     */
    public boolean contains(Interval other) {
        return other.low >= low && other.high <= high;
    }

    /**
     * The width {@code high - low}.
     *
     * @return {@code high - low > 0}
     */
    public double length() {
        return high - low;
    }

    @Override
    public String toString() {
        return "[" + low + ", " + high + "]";
    }
}
