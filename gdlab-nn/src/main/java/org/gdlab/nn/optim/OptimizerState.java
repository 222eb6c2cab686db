package org.gdlab.nn.optim;

import java.util.Map;

/**
 * A snapshot of an optimizer's state, for checkpoints.
 *
 * @param optimizer the optimizer's {@link Optimizer#describe()}
 * @param steps the number of steps taken
 * @param learningRate the current learning rate (after any decay)
 * @param buffers the per-element state by name (e.g. {@code "m"}, {@code "v"}); empty before the first step
 */
public record OptimizerState(String optimizer, long steps, double learningRate, Map<String, double[]> buffers) {
}
