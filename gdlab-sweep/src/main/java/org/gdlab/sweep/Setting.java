package org.gdlab.sweep;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.train.TrainConfig;

/**
 * One setting of a run that a sweep's base or axis names, in the form {@code gdlab train}'s flag
 * of the same name takes (a learning rate as {@code 1e-3}, an initializer as {@code he:uniform},
 * a schedule as {@code warmup:1+cosine}). A point's settings are applied to the base run config
 * in the order of this enum, so that {@code optim} (which resets the learning rate to the rule's
 * default, as {@code gdlab train --optim} does) comes before {@code lr}.
 */
public enum Setting {
    /** The data source, e.g. {@code fashion-mnist} or {@code csv:FILE}. */
    DATA("data", false, (c, v) -> with(c, c.data().withSource(DataSource.parse(v)))),
    /** Validation examples, the last of the training file. */
    VALIDATION_SIZE("validation_size", true, (c, v) -> with(c, c.data().withValidationSize(whole("validation_size", v)))),
    /** Training examples, the first of the rest. */
    TRAIN_SIZE("train_size", true, (c, v) -> with(c, c.data().withTrainSize(whole("train_size", v)))),
    /** Hidden widths, e.g. {@code 100x5}. */
    HIDDEN("hidden", false, (c, v) -> with(c, hidden(c.network(), NetConfig.parseHidden("hidden", v)))),
    /** relu, leaky-relu or tanh. */
    ACTIVATION("activation", false, (c, v) -> with(c, c.network().withActivation(Nonlinearity.parse("activation", v)))),
    /** The initializer. */
    INIT("init", false, (c, v) -> new RunConfig(c.data(), c.network(), Initializers.parse("init", v), c.optimizer(),
            c.training(), c.threads(), c.stages())),
    /** The optimizer's rule; its learning rate becomes the rule's default unless {@code lr} is set too. */
    OPTIM("optim", false, (c, v) -> {
        OptimizerKind kind = OptimizerKind.parse("optim", v);
        return with(c, new OptimizerConfig(kind, kind.defaultLearningRate(), c.optimizer().momentum()));
    }),
    /** The learning rate, finite and {@code > 0}. */
    LR("lr", false, (c, v) -> with(c, new OptimizerConfig(c.optimizer().kind(),
            Check.finite("lr", Check.positive("lr", number("lr", v))), c.optimizer().momentum()))),
    /** Momentum in {@code [0, 1)} (ema's beta is 1 - momentum). */
    MOMENTUM("momentum", false, (c, v) -> {
        double m = number("momentum", v);
        if (!(m >= 0 && m < 1)) {
            throw Check.invalid("momentum", v, "must be in [0, 1)");
        }
        return with(c, new OptimizerConfig(c.optimizer().kind(), c.optimizer().learningRate(), m));
    }),
    /** The minibatch size. */
    BATCH("batch", true, (c, v) -> {
        TrainConfig t = c.training();
        return with(c, new TrainConfig(whole("batch", v), t.epochs(), t.schedule(), t.reg(), t.seed(),
                t.accuracySample(), t.evalBatch(), t.accuracyEvery(), t.sharpness()));
    }),
    /** The epochs. */
    EPOCHS("epochs", true, (c, v) -> with(c, c.training().withEpochs(whole("epochs", v)))),
    /** The learning-rate schedule: constant, step:D, cosine, optionally after warmup:W+. */
    SCHEDULE("schedule", false, (c, v) -> with(c, c.training().withSchedule(LrSchedule.parse("schedule", v)))),
    /** The L2 strength, {@code >= 0}. */
    REG("reg", false, (c, v) -> with(c, c.training().withReg(number("reg", v)))),
    /** The seed of initialization, shuffles, dropout and the accuracy sample. */
    SEED("seed", true, (c, v) -> {
        TrainConfig t = c.training();
        return with(c, new TrainConfig(t.batchSize(), t.epochs(), t.schedule(), t.reg(), whole("seed", v),
                t.accuracySample(), t.evalBatch(), t.accuracyEvery(), t.sharpness()));
    }),
    /** The run's training threads (part of the run: the rounding depends on it). */
    THREADS("threads", true, (c, v) -> new RunConfig(c.data(), c.network(), c.initializer(), c.optimizer(), c.training(),
            Check.inRange("threads", whole("threads", v), 1, FullyConnectedNet.MAX_TEAM), c.stages()));

    /** Every setting's name, for messages. */
    public static final String NAMES = Arrays.stream(values()).map(Setting::label).collect(Collectors.joining(", "));

    private final String label;
    private final boolean whole;
    private final BiFunction<RunConfig, String, RunConfig> apply;

    Setting(String label, boolean whole, BiFunction<RunConfig, String, RunConfig> apply) {
        this.label = label;
        this.whole = whole;
        this.apply = apply;
    }

    /**
     * The name a spec uses, e.g. {@code train_size}.
     *
     * @return the setting's name in snake case, as spec files and {@code --axis NAME=...} use it
     */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * Whether the values are whole numbers (then an axis may be a range {@code A..B}).
     *
     * @return true for the settings that take whole numbers (sizes, batch, epochs, seed, threads)
     */
    public boolean whole() {
        return whole;
    }

    /**
     * {@code config} with this setting at {@code value}.
     *
     * @param config the run config to change
     * @param value the value in {@code gdlab train}'s form for this setting's flag
     * @return a new config, equal to {@code config} but for this setting
     * @throws IllegalArgumentException naming the setting, the value and what is allowed
     */
    public RunConfig apply(RunConfig config, String value) {
        return apply.apply(config, value);
    }

    /**
     * The setting named {@code name}.
     *
     * @param what what the name was given as, for the message (e.g. {@code --axis name})
     * @param name the setting's name; case and {@code -} for {@code _} do not matter ({@code Train-Size} is {@code train_size})
     * @return the setting named {@code name}
     * @throws IllegalArgumentException naming {@code what}, the name and every setting
     */
    public static Setting named(String what, String name) {
        for (Setting s : values()) {
            if (s.label.equals(name.toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return s;
            }
        }
        throw Check.invalid(what, name, "must be one of " + NAMES);
    }

    private static RunConfig with(RunConfig c, DataConfig d) {
        return new RunConfig(d, c.network(), c.initializer(), c.optimizer(), c.training(), c.threads(), c.stages());
    }

    private static RunConfig with(RunConfig c, NetSpec n) {
        return new RunConfig(c.data(), n, c.initializer(), c.optimizer(), c.training(), c.threads(), c.stages());
    }

    private static RunConfig with(RunConfig c, OptimizerConfig o) {
        return new RunConfig(c.data(), c.network(), c.initializer(), o, c.training(), c.threads(), c.stages());
    }

    private static RunConfig with(RunConfig c, TrainConfig t) {
        return new RunConfig(c.data(), c.network(), c.initializer(), c.optimizer(), t, c.threads(), c.stages());
    }

    private static NetSpec hidden(NetSpec n, int[] widths) {
        return new NetSpec(widths, n.activation(), n.leakySlope(), n.dropout(), n.batchNorm(), n.precision());
    }

    /** {@code text} as a finite or infinite double. */
    static double number(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw Check.invalid(name, text, "must be a number");
        }
    }

    /** {@code text} as a whole number that fits an int (a seed too: seeds of a sweep are small). */
    static int whole(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw Check.invalid(name, text, "must be a whole number");
        }
    }
}
