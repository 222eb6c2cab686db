package org.gdlab.nn.init;

import org.gdlab.core.validate.Check;

/**
 * The command-line names of the initializers:
 * <ul>
 *   <li>{@code zero}</li>
 *   <li>{@code random:STD} (normal, e.g. {@code random:0.01}), {@code uniform:S} (in (-S, S))</li>
 *   <li>{@code he} and {@code xavier}, optionally followed by {@code :normal} or {@code :uniform},
 *       {@code :fan_in}, {@code :fan_out} or {@code :fan_avg}, and for xavier {@code :gain}
 *       (in any order), e.g. {@code he:uniform:fan_out}, {@code xavier:normal:gain}</li>
 * </ul>
 */
public final class Initializers {
    /** What every error message lists. */
    public static final String FORMS = "zero, random:STD, uniform:S, he[:normal|:uniform][:fan_in|:fan_out|:fan_avg], "
            + "xavier[:normal|:uniform][:fan_in|:fan_out|:fan_avg][:gain]";

    private Initializers() {
    }

    /**
     * The initializer named {@code text}.
     *
     * @param what the name of the option or field being read, for the error message
     * @param text one of the forms of {@link #FORMS}; case and surrounding blanks do not matter
     * @return the initializer, with the defaults of {@code he} (normal, fan_in) and {@code xavier} (uniform,
     *     fan_avg, no gain) for the options not given
     * @throws IllegalArgumentException naming {@code what} and listing the valid forms
     */
    public static Initializer parse(String what, String text) {
        String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split(":", -1);
        switch (parts[0]) {
            case "zero":
                if (parts.length == 1) {
                    return new ZeroInitializer();
                }
                break;
            case "random":
            case "uniform":
                if (parts.length == 2) {
                    double v = number(what, text, parts[1]);
                    return parts[0].equals("random") ? new NormalInitializer(v) : new UniformInitializer(v);
                }
                break;
            case "he":
            case "xavier":
                return scaled(what, text, parts);
            default:
                break;
        }
        throw Check.invalid(what, text, "must be one of " + FORMS);
    }

    private static Initializer scaled(String what, String text, String[] parts) {
        boolean he = parts[0].equals("he");
        Distribution distribution = he ? Distribution.NORMAL : Distribution.UNIFORM;
        FanMode fan = he ? FanMode.FAN_IN : FanMode.FAN_AVG;
        boolean gain = false;
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i]) {
                case "normal" -> distribution = Distribution.NORMAL;
                case "uniform" -> distribution = Distribution.UNIFORM;
                case "fan_in" -> fan = FanMode.FAN_IN;
                case "fan_out" -> fan = FanMode.FAN_OUT;
                case "fan_avg" -> fan = FanMode.FAN_AVG;
                case "gain" -> {
                    if (he) {
                        throw Check.invalid(what, text, "he always uses the nonlinearity's gain; :gain is for xavier");
                    }
                    gain = true;
                }
                default -> throw Check.invalid(what, text, "'" + parts[i] + "' is not an option; must be one of " + FORMS);
            }
        }
        return he ? new HeInitializer(distribution, fan) : new XavierInitializer(distribution, fan, gain);
    }

    private static double number(String what, String text, String value) {
        try {
            double v = Double.parseDouble(value);
            if (v > 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Check.invalid(what, text, "the scale after ':' must be a number > 0, e.g. random:0.01");
    }
}
