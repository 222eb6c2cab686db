package org.gdlab.cli;

import org.gdlab.core.validate.Check;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;

/** The optimizer that {@code --optim}, {@code --lr} and {@code --momentum} choose (train, linearize). */
final class OptimizerChoice {
    private OptimizerChoice() {
    }

    /**
     * The validated optimizer config, each value checked under its option's name.
     *
     * @param optim the name of an {@link OptimizerKind}
     * @param lr the learning rate, finite and {@code > 0}; null for the kind's default
     * @param momentum in {@code [0, 1)}
     */
    static OptimizerConfig of(String optim, Double lr, double momentum) {
        OptimizerKind kind = OptimizerKind.parse("--optim", optim);
        double learningRate = lr == null ? kind.defaultLearningRate() : Check.finite("--lr", Check.positive("--lr", lr));
        if (!(momentum >= 0 && momentum < 1)) {
            throw Check.invalid("--momentum", momentum, "must be in [0, 1)");
        }
        return new OptimizerConfig(kind, learningRate, momentum);
    }
}
