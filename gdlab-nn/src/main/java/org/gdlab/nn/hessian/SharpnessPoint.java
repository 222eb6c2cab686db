package org.gdlab.nn.hessian;

/**
 * One sharpness measurement during training.
 *
 * @param iteration the optimizer steps done when it was measured (0: at the start)
 * @param epoch the epochs done then, {@code iteration / iterationsPerEpoch} (fractional)
 * @param lambdaMax the top eigenvalue of the training loss's Hessian on the fixed sample (Lanczos's top Ritz value)
 * @param residual the Ritz residual bound of {@code lambdaMax}, {@code ||H x - lambda x|| <= residual}
 * @param learningRate the learning rate of the steps that led here (at 0, of the first step)
 * @param edge the largest curvature at which the optimizer's rule, at that learning rate, is
 *     stable on a quadratic: {@code 2/lr} for SGD (see {@code org.gdlab.nn.train.StabilityEdge})
 */
public record SharpnessPoint(long iteration, double epoch, double lambdaMax, double residual, double learningRate,
                             double edge) {
}
