package org.gdlab.core.validate;

/**
 * Boundary checks that turn a bad value into an {@link IllegalArgumentException} whose message
 * names the parameter, the value and what is allowed, e.g. {@code "eta = -1.0 is not allowed:
 * must be > 0"}. Every comparison is written so that NaN fails it.
 */
public final class Check {
    private Check() {
    }

    /**
     * Requires {@code value > 0} (NaN fails).
     *
     * @param name the option or field, for the message
     * @param value the value to check
     * @return {@code value}
     */
    public static double positive(String name, double value) {
        if (!(value > 0)) {
            throw invalid(name, value, "must be > 0");
        }
        return value;
    }

    /**
     * Requires {@code value >= 0} (NaN fails).
     *
     * @param name the option or field, for the message
     * @param value the value to check
     * @return {@code value}
     */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw invalid(name, value, "must be >= 0");
        }
        return value;
    }

    /**
     * Requires a finite value.
     *
     * @param name the option or field, for the message
     * @param value the value to check
     * @return {@code value}
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw invalid(name, value, "must be a finite number");
        }
        return value;
    }

    /**
     * Requires {@code low <= value <= high} (NaN fails).
     *
     * @param name the option or field, for the message
     * @param value the value to check
     * @param low the lower bound, inclusive
     * @param high the upper bound, inclusive
     * @return {@code value}
     */
    public static double inClosedRange(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw invalid(name, value, "must be in [" + low + ", " + high + "]");
        }
        return value;
    }

    /**
     * Requires {@code low < value <= high} (NaN fails).
     *
     * @param name the option or field, for the message
     * @param value the value to check
     * @param low the lower bound, exclusive
     * @param high the upper bound, inclusive
     * @return {@code value}
     */
    public static double inHalfOpenRange(String name, double value, double low, double high) {
        if (!(value > low && value <= high)) {
            throw invalid(name, value, "must be in (" + low + ", " + high + "]");
        }
        return value;
    }

    /**
     * Requires {@code value >= 1}.
     *
     * @param name the option or field, for the message
     * @param value the value to check
     * @return {@code value}
     */
    public static int positive(String name, int value) {
        if (value < 1) {
            throw invalid(name, value, "must be >= 1");
        }
        return value;
    }

    /**
     * Requires {@code low <= value <= high}.
     *
     * @param name the option or field, for the message
     * @param value the value to check
     * @param low the lower bound, inclusive
     * @param high the upper bound, inclusive
     * @return {@code value}
     */
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
     *
     * @param <T> the type of the choices
     * @param name the option, for the message
     * @param text the text the user gave
     * @param choices the allowed values
     * @param label the label of a choice, matched against {@code text}
     * @return the choice whose label matches
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

    /**
     * The exception every check throws: {@code "<name> = <value> is not allowed: <rule>"}.
     *
     * @param name the option or field
     * @param value the rejected value
     * @param rule what the value must be
     * @return the exception, for the caller to throw
     */
    public static IllegalArgumentException invalid(String name, Object value, String rule) {
        return new IllegalArgumentException(name + " = " + value + " is not allowed: " + rule);
    }
}
