package org.gdlab.nn.model;

import org.gdlab.nn.tensor.Precision;

/**
 * L2 regularization on the weights only (never biases, batch-norm shifts or scales):
 * <pre>
 *   R = 0.5 reg sum_l ||W_l||_F^2,        dR/dW_l = reg W_l.
 * </pre>
 */
final class L2Penalty {
    private final Parameter[] weights;

    /** The penalty on the {@link ParameterSpec.Kind#WEIGHT} parameters of {@code store}. */
    L2Penalty(ParameterStore store) {
        this.weights = store.parameters().stream().filter(p -> p.spec().kind() == ParameterSpec.Kind.WEIGHT)
                .toArray(Parameter[]::new);
    }

    /**
     * {@code loss + R}, adding {@code reg W_l} to each weight's gradient; {@code reg = 0} changes
     * nothing. The terms {@code 0.5 reg ||W_l||^2} are added to {@code loss} one layer at a time,
     * layer 1 first.
     *
     * @param reg the L2 strength, >= 0
     */
    double addTo(double loss, double reg) {
        double total = loss;
        if (reg != 0) {
            for (Parameter p : weights) {
                total += 0.5 * reg * Precision.dot(p.value(), p.value());
                Precision.axpy(reg, p.value(), p.gradient());
            }
        }
        return total;
    }
}
