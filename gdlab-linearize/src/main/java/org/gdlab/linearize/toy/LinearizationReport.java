package org.gdlab.linearize.toy;

import java.util.List;
import org.gdlab.linearize.FeatureSpectrum;

/**
 * What the toy reports about the network after {@code step} optimizer steps.
 *
 * @param step the optimizer steps taken (0 at initialization)
 * @param trainLoss the mean squared error on the noisy training points
 * @param testLoss the mean squared error against the noiseless truth on the test grid
 * @param gradientNorms the norm of the training-loss gradient for each weight and bias
 * @param predictions the network's output on the test grid
 * @param spectrum the singular values and principal features, or null when the features are not finite
 * @param stableLearningRate {@code n / s_1^2}: full-batch gradient descent on the linearized training
 *     loss {@code (1/n) ||f + Phi d - y||^2}, whose Hessian is {@code (2/n) Phi^T Phi}, is stable for
 *     learning rates below {@code 2 / (2 s_1^2 / n)} (docs/questions.md section 1); NaN without a spectrum
 * @param note why the spectrum is missing, or empty
 */
public record LinearizationReport(long step, double trainLoss, double testLoss, List<ParameterGradientNorm> gradientNorms,
                                  double[] predictions, FeatureSpectrum spectrum, double stableLearningRate,
                                  String note) {
}
