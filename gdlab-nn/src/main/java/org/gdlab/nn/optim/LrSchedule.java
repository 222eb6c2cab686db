package org.gdlab.nn.optim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gdlab.core.validate.Check;

/**
 * The learning rate of each epoch, which the trainer asks before the epoch's first step:
 * {@code eta_e = rate(eta_0, e, E)} for epoch {@code e} (from 0) of {@code E}, from the
 * optimizer's configured rate {@code eta_0}.
 * <ul>
 *   <li>{@link Constant}: {@code eta_e = eta_0};</li>
 *   <li>{@link StepDecay}: {@code eta_e = eta_0 d^e}, computed as {@code e} multiplications by
 *       {@code d} (the bits of the trainer's old in-place decay);</li>
 *   <li>{@link Cosine}: {@code eta_e = eta_0 (1 + cos(pi e / E)) / 2};</li>
 *   <li>{@link Warmup}: {@code eta_e = after(e) (e + 1) / (W + 1)} for the first {@code W}
 *       epochs, then {@code after(e)}: a linear ramp composed with any of the others.</li>
 * </ul>
 * A schedule is a value: it is written in config.json as its {@link #spec()} ({@code constant},
 * {@code step:0.6}, {@code cosine}, {@code warmup:2+cosine}) and read back by {@link #parse}.
 */
public sealed interface LrSchedule permits LrSchedule.Constant, LrSchedule.StepDecay, LrSchedule.Cosine,
        LrSchedule.Warmup {
    /** The valid command-line forms, for help and errors. */
    String FORMS = "constant, step:D (D in (0, 1]), cosine";

    /** No decay. */
    LrSchedule CONSTANT = new Constant();

    /**
     * The learning rate of epoch {@code epoch} (from 0) of {@code epochs}.
     *
     * @param base the optimizer's configured learning rate {@code eta_0} (> 0)
     * @param epoch the epoch, from 0
     * @param epochs the number of epochs of the run (for cosine)
     * @return {@code eta_e}, the learning rate for every step of that epoch
     */
    double rate(double base, int epoch, int epochs);

    /**
     * The text {@link #parse} turns back into this schedule.
     *
     * @return e.g. {@code constant}, {@code step:0.95}, {@code warmup:5+cosine}
     */
    @JsonValue
    String spec();

    /**
     * {@code eta_0 d^e}; the constant schedule when {@code d = 1}.
     *
     * @param d the factor per epoch, in (0, 1]
     * @return the step-decay schedule, or {@link #CONSTANT} when {@code d = 1}
     */
    static LrSchedule stepDecay(double d) {
        return d == 1 ? CONSTANT : new StepDecay(d);
    }

    /**
     * This schedule after a linear warm-up over the first {@code epochs} epochs; itself when 0.
     *
     * @param epochs the warm-up length {@code W}, {@code >= 0}
     * @return a {@link Warmup} ramping up to this schedule (or to the schedule after an existing warm-up), or
     *     this schedule when {@code epochs = 0}
     */
    default LrSchedule withWarmup(int epochs) {
        if (epochs < 0) {
            throw Check.invalid("warmup", epochs, "must be >= 0 epochs (0 for none)");
        }
        if (this instanceof Warmup w) {
            return w.after().withWarmup(epochs);
        }
        return epochs == 0 ? this : new Warmup(epochs, this);
    }

    /**
     * Parses {@code constant}, {@code step:D}, {@code cosine}, or {@code warmup:W+} followed by
     * one of those.
     *
     * @param what the name of the option or field being read, for the error message
     * @param text the schedule's text; null is rejected
     * @return the schedule {@code text} names
     * @throws IllegalArgumentException naming {@code what}, the text and the forms
     */
    static LrSchedule parse(String what, String text) {
        if (text == null) {
            throw Check.invalid(what, null, "must be one of " + FORMS);
        }
        String t = text.trim();
        if (t.startsWith(Warmup.PREFIX) && t.indexOf('+') > 0) {
            int plus = t.indexOf('+');
            int w = whole(what, text, t.substring(Warmup.PREFIX.length(), plus));
            return parse(what, t.substring(plus + 1)).withWarmup(Check.positive(what, w));
        }
        if (t.equals("constant")) {
            return CONSTANT;
        }
        if (t.equals("cosine")) {
            return new Cosine();
        }
        if (t.startsWith(StepDecay.PREFIX)) {
            try {
                return stepDecay(Double.parseDouble(t.substring(StepDecay.PREFIX.length())));
            } catch (NumberFormatException e) {
                throw Check.invalid(what, text, "the factor after 'step:' must be a number in (0, 1], e.g. step:0.6");
            } catch (IllegalArgumentException e) {
                throw Check.invalid(what, text, "the factor after 'step:' must be in (0, 1], e.g. step:0.6");
            }
        }
        throw Check.invalid(what, text, "must be one of " + FORMS + ", optionally after warmup:W+ (e.g. warmup:2+cosine)");
    }

    /**
     * Reads config.json's form.
     *
     * @param spec a form {@link #parse} reads, e.g. {@code step:0.95}
     * @return the schedule {@code spec} names
     */
    @JsonCreator
    static LrSchedule fromSpec(String spec) {
        return parse("schedule", spec);
    }

    private static int whole(String what, String text, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw Check.invalid(what, text, "the epochs after 'warmup:' must be a whole number >= 1");
        }
    }

    /** {@code eta_e = eta_0}. */
    record Constant() implements LrSchedule {
        @Override
        public double rate(double base, int epoch, int epochs) {
            return base;
        }

        @Override
        public String spec() {
            return "constant";
        }
    }

    /**
     * {@code eta_e = eta_0 d^e} (multiply by {@code d} after every epoch), {@code --lr-decay D}.
     *
     * @param factor {@code d} in (0, 1]
     */
    record StepDecay(double factor) implements LrSchedule {
        static final String PREFIX = "step:";

        /**
         * Checks {@code 0 < d <= 1}.
         *
         * @param factor {@code d} in (0, 1]
         */
        public StepDecay {
            Check.inHalfOpenRange("lr decay", factor, 0, 1);
        }

        @Override
        public double rate(double base, int epoch, int epochs) {
            double lr = base;
            for (int e = 0; e < epoch; e++) {
                lr *= factor;
            }
            return lr;
        }

        @Override
        public String spec() {
            return PREFIX + factor;
        }
    }

    /** {@code eta_e = eta_0 (1 + cos(pi e / E)) / 2}: from {@code eta_0} at the first epoch towards 0 after the last. */
    record Cosine() implements LrSchedule {
        @Override
        public double rate(double base, int epoch, int epochs) {
            return base * (1 + Math.cos(Math.PI * epoch / epochs)) / 2;
        }

        @Override
        public String spec() {
            return "cosine";
        }
    }

    /**
     * A linear warm-up before another schedule: {@code eta_e = after(e) (e + 1) / (W + 1)} for
     * {@code e < W}, then {@code after(e)}.
     *
     * @param epochs {@code W >= 1}
     * @param after the schedule ramped up to, not itself a warm-up
     */
    record Warmup(int epochs, LrSchedule after) implements LrSchedule {
        static final String PREFIX = "warmup:";

        /**
         * Checks {@code W >= 1} and that {@code after} is not a warm-up.
         *
         * @param epochs {@code W >= 1}
         * @param after the schedule ramped up to, not itself a warm-up
         */
        public Warmup {
            Check.positive("warmup", epochs);
            if (after == null || after instanceof Warmup) {
                throw Check.invalid("warmup", after, "must ramp up to constant, step or cosine");
            }
        }

        @Override
        public double rate(double base, int epoch, int total) {
            double r = after.rate(base, epoch, total);
            return epoch < epochs ? r * (epoch + 1) / (epochs + 1) : r;
        }

        @Override
        public String spec() {
            return PREFIX + epochs + "+" + after.spec();
        }
    }
}
