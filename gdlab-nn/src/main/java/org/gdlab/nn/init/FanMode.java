package org.gdlab.nn.init;

import java.util.Locale;

/** Which fan a variance-scaling initializer divides by, for a {@code fanIn x fanOut} weight. */
public enum FanMode {
    /** {@code fan = fanIn}: keeps the forward activations' variance. */
    FAN_IN,
    /** {@code fan = fanOut}: keeps the backward gradients' variance. */
    FAN_OUT,
    /** {@code fan = (fanIn + fanOut) / 2}: the compromise of Glorot and Bengio. */
    FAN_AVG;

    /**
     * The fan of a {@code fanIn x fanOut} weight.
     *
     * @param fanIn the number of inputs of the layer (the weight's rows)
     * @param fanOut the number of outputs of the layer (the weight's columns)
     * @return {@code fanIn}, {@code fanOut} or their mean, as this mode says
     */
    public double fan(int fanIn, int fanOut) {
        return switch (this) {
            case FAN_IN -> fanIn;
            case FAN_OUT -> fanOut;
            case FAN_AVG -> (fanIn + fanOut) / 2.0;
        };
    }

    /**
     * The command-line name, e.g. {@code fan_in}.
     *
     * @return {@code fan_in}, {@code fan_out} or {@code fan_avg}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
