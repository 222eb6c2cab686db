package org.gdlab.report;

import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.init.NormalInitializer;
import org.gdlab.nn.init.UniformInitializer;
import org.gdlab.nn.init.XavierInitializer;
import org.gdlab.nn.init.ZeroInitializer;
import org.gdlab.nn.optim.OptimizerKind;

/**
 * The colour of a series, named by what the series means, so that one meaning has one colour in
 * every chart of a run and of the lab: the k-th shown singular value, an optimizer, an
 * initializer. {@link ChartStyle} turns a hue into a colour; this class is the one table from
 * meanings to hues.
 *
 * @param kind categorical (a palette slot), ordered (a position on a sequential scale) or a reference line
 * @param index the palette slot, or the position {@code 0 <= index < of} on the sequential scale
 * @param of the number of ordered positions (0 unless ordered)
 */
public record Hue(Kind kind, int index, int of) {
    /** How the colour is chosen. */
    public enum Kind {
        /** Slot {@code index} of the categorical palette (cycled). */
        CATEGORY,
        /** Position {@code index} of {@code of} on the sequential scale (layers 1..L, say). */
        ORDER,
        /** Near-black: thresholds, bounds, "max over all", predictions drawn as references. */
        REFERENCE
    }

    /**
     * Checks the index range.
     *
     * @param kind categorical (a palette slot), ordered (a position on a sequential scale) or a reference line
     * @param index the palette slot, or the position {@code 0 <= index < of} on the sequential scale
     * @param of the number of ordered positions (0 unless ordered)
     */
    public Hue {
        if (index < 0 || (kind == Kind.ORDER && index >= of)) {
            throw new IllegalArgumentException("hue index = " + index + " is not allowed: must be >= 0"
                    + (kind == Kind.ORDER ? " and < " + of : ""));
        }
    }

    /** The near-black of reference lines. */
    public static final Hue REFERENCE = new Hue(Kind.REFERENCE, 0, 0);

    /**
     * Palette slot {@code slot}: for series whose only meaning is their order in one chart (psi_1, psi_2, ...).
     *
     * @param slot the slot, {@code >= 0}; slots past {@link ChartStyle#paletteSize()} repeat its colours (a solid line is then drawn dotted)
     * @return the categorical hue
     */
    public static Hue slot(int slot) {
        return new Hue(Kind.CATEGORY, slot, 0);
    }

    /**
     * Position {@code k} of {@code n} on the sequential scale: layers, epochs, any ordered family.
     *
     * @param k the position, in {@code [0, n)}
     * @param n the family's size, {@code >= 1}
     * @return the ordered hue, drawn from dark purple ({@code k = 0}) towards yellow
     */
    public static Hue ordered(int k, int n) {
        return new Hue(Kind.ORDER, k, n);
    }

    /**
     * The k-th shown singular value ({@code k = 0} is sigma_max): the same in the contraction, error,
     * spectral-radius and trajectory charts, under GD and under momentum.
     *
     * @param k the singular value's rank among those shown, from 0
     * @return {@link #slot slot(k)}
     */
    public static Hue sigma(int k) {
        return slot(k);
    }

    /**
     * An optimizer: SGD blue, momentum vermillion, RMSProp green, Adam purple, Nesterov
     * orange, EMA sky blue, AdamW dark yellow, in every chart.
     *
     * @param kind the optimizer's rule
     * @return that rule's hue
     */
    public static Hue optimizer(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> slot(0);
            case MOMENTUM -> slot(1);
            case RMSPROP -> slot(2);
            case ADAM -> slot(3);
            case NESTEROV -> slot(4);
            case EMA -> slot(5);
            case ADAMW -> slot(6);
        };
    }

    /**
     * An initializer by kind: small random weights (scale below 1) blue, large random weights
     * vermillion, He green, zero orange, Xavier purple; the same in the lab's init experiment and
     * in the linearization suite.
     *
     * @param init an initializer; any other kind than those named gets slot 5
     * @return that kind's hue
     */
    public static Hue initializer(Initializer init) {
        if (init instanceof ZeroInitializer) {
            return slot(4);
        } else if (init instanceof HeInitializer) {
            return slot(2);
        } else if (init instanceof XavierInitializer) {
            return slot(3);
        } else if (init instanceof NormalInitializer n) {
            return slot(n.std() < 1 ? 0 : 1);
        } else if (init instanceof UniformInitializer u) {
            return slot(u.bound() < 1 ? 0 : 1);
        }
        return slot(5);
    }
}
