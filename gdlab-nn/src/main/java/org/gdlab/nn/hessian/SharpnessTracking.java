package org.gdlab.nn.hessian;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.gdlab.core.validate.Check;

/**
 * How often and on what a training run measures its sharpness, the top eigenvalue
 * {@code lambda_max} of the training loss's Hessian ({@link SharpnessTracker}): before the first
 * step, then after every {@code every} iterations or epochs, on the first {@code examples}
 * training examples, by {@code lanczosSteps} Lanczos steps on exact Hessian-vector products.
 *
 * <p>Cost of one measurement: {@code lanczosSteps} Hessian-vector products on {@code examples}
 * examples, each about two gradient passes, so about {@code 2 lanczosSteps examples / batch}
 * training iterations' worth (the defaults at batch 100: 400 iterations), plus a float64 copy of
 * the net and the examples' activations.
 *
 * @param unit what {@code every} counts
 * @param every measure after every this many iterations or epochs (>= 1)
 * @param examples the first this many training examples are the fixed sample (in [1, {@link PearlmutterHessian#MAX_EXAMPLES}];
 *     fewer when the training split is smaller)
 * @param lanczosSteps Lanczos steps per measurement (>= 1; at most the parameter count is used)
 */
public record SharpnessTracking(Unit unit, int every, int examples, int lanczosSteps) {
    /** The default sample size. */
    public static final int DEFAULT_EXAMPLES = 1000;
    /** The default Lanczos steps. */
    public static final int DEFAULT_LANCZOS_STEPS = 20;

    /** What {@link #every} counts. */
    public enum Unit {
        /** Optimizer steps, counted over the whole run. */
        ITERATIONS("iterations"),
        /** Epochs, the measurement after the last step of the epoch. */
        EPOCHS("epochs");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        /**
         * The name in config.json.
         *
         * @return {@code iterations} or {@code epochs}
         */
        @JsonValue
        public String label() {
            return label;
        }

        /**
         * The unit of a label.
         *
         * @param label {@code iterations} or {@code epochs}
         * @return the unit of that label
         */
        @JsonCreator
        public static Unit of(String label) {
            for (Unit u : values()) {
                if (u.label.equals(label)) {
                    return u;
                }
            }
            throw Check.invalid("sharpness unit", label, "must be iterations or epochs");
        }
    }

    /**
     * Validates every field, naming it.
     *
     * @param unit what {@code every} counts, not null
     * @param every the cadence, {@code >= 1}
     * @param examples the sample's size, in [1, {@link PearlmutterHessian#MAX_EXAMPLES}]
     * @param lanczosSteps the Lanczos steps per measurement, {@code >= 1}
     */
    public SharpnessTracking {
        if (unit == null) {
            throw Check.invalid("sharpness unit", null, "must be iterations or epochs");
        }
        Check.positive("track sharpness", every);
        Check.inRange("sharpness examples", examples, 1, PearlmutterHessian.MAX_EXAMPLES);
        Check.positive("sharpness steps", lanczosSteps);
    }

    /**
     * {@code N} (every N iterations) or {@code epoch} (after every epoch), as {@code --track-sharpness} takes it.
     *
     * @param option the option's name, for the message
     * @param spec the cadence
     * @param examples the sample's size
     * @param lanczosSteps the Lanczos steps per measurement
     * @return every {@code N} iterations, or after every epoch
     * @throws IllegalArgumentException naming the option when {@code spec} is neither
     */
    public static SharpnessTracking parse(String option, String spec, int examples, int lanczosSteps) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("epoch")) {
            return new SharpnessTracking(Unit.EPOCHS, 1, examples, lanczosSteps);
        }
        int every;
        try {
            every = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw Check.invalid(option, spec, "must be a number of iterations >= 1 or epoch");
        }
        if (every < 1) {
            throw Check.invalid(option, spec, "must be a number of iterations >= 1 or epoch");
        }
        return new SharpnessTracking(Unit.ITERATIONS, every, examples, lanczosSteps);
    }

    /**
     * E.g. {@code every 50 iterations}, {@code every 1 epochs}.
     *
     * @return the cadence in words
     */
    public String describe() {
        return "every " + every + " " + unit.label();
    }

    /**
     * Whether a measurement is due after {@code iterations} steps of the run, {@code epochEnded}
     * telling whether the last of them ended epoch {@code epochsDone} (from 1).
     *
     * @param iterations the steps done in the run so far
     * @param epochEnded whether the last step ended an epoch
     * @param epochsDone the epochs done, from 1
     * @return true when the cadence divides the iterations, or (by epochs) an epoch just ended at a multiple
     *     of {@code every}
     */
    public boolean due(long iterations, boolean epochEnded, int epochsDone) {
        return unit == Unit.ITERATIONS ? iterations % every == 0 : epochEnded && epochsDone % every == 0;
    }
}
