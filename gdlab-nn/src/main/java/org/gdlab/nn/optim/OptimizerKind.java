package org.gdlab.nn.optim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.gdlab.core.validate.Check;

/** The optimizers by command-line name, with their default learning rates. */
public enum OptimizerKind {
    /** {@link Sgd}. */
    SGD("sgd", Sgd.DEFAULT_LR),
    /** {@link SgdMomentum}, PyTorch form. */
    MOMENTUM("momentum", Sgd.DEFAULT_LR),
    /** {@link SgdMomentum} with Nesterov's look-ahead. */
    NESTEROV("nesterov", Sgd.DEFAULT_LR),
    /** {@link EmaMomentum}, the EMA form of docs/questions.md section 2. */
    EMA("ema", Sgd.DEFAULT_LR),
    /** {@link RmsProp}. */
    RMSPROP("rmsprop", Sgd.DEFAULT_LR),
    /** {@link Adam}. */
    ADAM("adam", Adam.DEFAULT_LR),
    /** {@link Adam} with decoupled weight decay. */
    ADAMW("adamw", Adam.DEFAULT_LR);

    private final String label;
    private final double defaultLearningRate;

    OptimizerKind(String label, double defaultLearningRate) {
        this.label = label;
        this.defaultLearningRate = defaultLearningRate;
    }

    /**
     * The command-line name.
     *
     * @return e.g. {@code sgd}, {@code nesterov}, {@code adamw}
     */
    @JsonValue
    public String label() {
        return label;
    }

    /**
     * The default learning rate: 1e-2 for the SGD family and RMSProp, 1e-3 for Adam and AdamW.
     *
     * @return 1e-2 or 1e-3
     */
    public double defaultLearningRate() {
        return defaultLearningRate;
    }

    /**
     * The optimizer named {@code name}; the error lists the valid names.
     *
     * @param what the name of the option or field being read, for the error message
     * @param name an optimizer's label
     * @return the optimizer kind of that label
     */
    public static OptimizerKind parse(String what, String name) {
        return Check.oneOf(what, name, values(), OptimizerKind::label);
    }

    /** Reads the JSON form, the label. */
    @JsonCreator
    static OptimizerKind fromLabel(String label) {
        return parse("optimizer", label);
    }
}
