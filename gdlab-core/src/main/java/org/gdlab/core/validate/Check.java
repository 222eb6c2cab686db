package org.gdlab.core.validate;

/**
 * Boundary checks that turn a bad value into an {@link IllegalArgumentException} whose message
 * names the parameter, the value and what is allowed, e.g. {@code "eta = -1.0 is not allowed:
 * must be > 0"}. Every comparison is written so that NaN fails it.
 */
public final class Check {
    private Check() {
    }

    /** Requires {@code value > 0} (NaN fails). */
    public static double positive(String name, double value) {
        if (!(value > 0)) {
            throw invalid(name, value, "must be > 0");
        }
        return value;
    }

    /** Requires {@code value >= 0} (NaN fails). */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw invalid(name, value, "must be >= 0");
        }
        return value;
    }

    /** Requires a finite value. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw invalid(name, value, "must be a finite number");
        }
        return value;
    }

    /** Requires {@code low <= value <= high} (NaN fails). */
    public static double inClosedRange(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw invalid(name, value, "must be in [" + low + ", " + high + "]");
        }
        return value;
    }

    /** Requires {@code low < value <= high} (NaN fails). */
    public static double inHalfOpenRange(String name, double value, double low, double high) {
        if (!(value > low && value <= high)) {
            throw invalid(name, value, "must be in (" + low + ", " + high + "]");
        }
        return value;
    }

    /** Requires {@code value >= 1}. */
    public static int positive(String name, int value) {
        if (value < 1) {
            throw invalid(name, value, "must be >= 1");
        }
        return value;
    }

    /** Requires {@code low <= value <= high}. */
    public static int inRange(String name, int value, int low, int high) {
        if (value < low || value > high) {
            throw invalid(name, value, "must be in [" + low + ", " + high + "]");
        }
        return value;
    }

    /**
     * The value among {@code choices} whose label ({@code label}, lower case) is {@code text},
     * trimmed and in any case; otherwise an error listing the labels, e.g.
     * {@code "--optim = lbfgs is not allowed: must be one of [sgd, momentum, ...]"}.
     */
    public static <T> T oneOf(String name, String text, T[] choices, java.util.function.Function<T, String> label) {
        String key = text.trim().toLowerCase(java.util.Locale.ROOT);
        for (T choice : choices) {
            if (label.apply(choice).equals(key)) {
                return choice;
            }
        }
        throw invalid(name, text, "must be one of " + java.util.Arrays.stream(choices).map(label).toList());
    }

    /** The exception every check throws: {@code "<name> = <value> is not allowed: <rule>"}. */
    public static IllegalArgumentException invalid(String name, Object value, String rule) {
        return new IllegalArgumentException(name + " = " + value + " is not allowed: " + rule);
    }
}
