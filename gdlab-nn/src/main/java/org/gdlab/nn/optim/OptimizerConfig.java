package org.gdlab.nn.optim;

import org.gdlab.core.validate.Check;

/**
 * Which optimizer, with which learning rate and momentum; every other hyperparameter takes its
 * default (RMSProp decay 0.99, Adam betas 0.9 and 0.999, eps 1e-8, AdamW weight decay 1e-2).
 *
 * @param kind the rule
 * @param learningRate > 0 (eta for {@code ema})
 * @param momentum in [0, 1): {@code m} for momentum and Nesterov, and {@code beta = 1 - m} for
 *     ema (the same method); unused by the others
 */
public record OptimizerConfig(OptimizerKind kind, double learningRate, double momentum) {
    /**
     * Validates by building the optimizer once.
     *
     * @param kind the rule, not null
     * @param learningRate {@code > 0} (eta for {@code ema})
     * @param momentum in [0, 1); unused by the rules without momentum
     */
    public OptimizerConfig {
        if (kind == null) {
            throw Check.invalid("optimizer", null, "must be given");
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw Check.invalid("momentum", momentum, "must be in [0, 1)");
        }
        build(kind, learningRate, momentum);
    }

    /**
     * The kind with its default learning rate and momentum 0.9.
     *
     * @param kind the rule
     * @return the configuration of {@code kind} at {@link OptimizerKind#defaultLearningRate} and momentum 0.9
     */
    public static OptimizerConfig of(OptimizerKind kind) {
        return new OptimizerConfig(kind, kind.defaultLearningRate(), SgdMomentum.DEFAULT_MOMENTUM);
    }

    /**
     * A new optimizer with fresh state.
     *
     * @return a new optimizer of this rule, learning rate and momentum, other hyperparameters at their
     *     defaults
     */
    public Optimizer create() {
        return build(kind, learningRate, momentum);
    }

    private static Optimizer build(OptimizerKind kind, double learningRate, double momentum) {
        return switch (kind) {
            case SGD -> new Sgd(learningRate);
            case MOMENTUM -> new SgdMomentum(learningRate, momentum, false);
            case NESTEROV -> new SgdMomentum(learningRate, momentum, true);
            case EMA -> new EmaMomentum(learningRate, 1 - momentum);
            case RMSPROP -> new RmsProp(learningRate, RmsProp.DEFAULT_DECAY, Adam.DEFAULT_EPS);
            case ADAM -> new Adam(learningRate, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPS);
            case ADAMW -> Adam.adamW(learningRate, Adam.DEFAULT_WEIGHT_DECAY);
        };
    }
}
