package org.gdlab.theory.momentum;

import org.gdlab.theory.spectrum.IterationCount;

/**
 * Momentum on one singular value: its matrix R_i at the given (eta, beta), the eigenvalues, and the
 * closed-form regime boundaries in eta.
 *
 * @param index i, 0 for the largest singular value
 * @param sigma {@code sigma_i}
 * @param sigma2 {@code sigma_i^2}
 * @param matrix R_i as rows
 * @param trace {@code 2 - beta - 2 eta beta sigma_i^2}
 * @param determinant {@code 1 - beta}
 * @param discriminant {@code trace^2 - 4 determinant}
 * @param eigenvalues the two eigenvalues, larger modulus first
 * @param spectralRadius {@code max |lambda|}
 * @param regime real distinct, repeated or complex at this eta
 * @param etaRepeatedLow {@code (1 - sqrt(1-beta))^2 / (2 beta sigma_i^2)}: below, real positive eigenvalues (always stable)
 * @param etaRepeatedHigh {@code (1 + sqrt(1-beta))^2 / (2 beta sigma_i^2)}: between the two, complex with modulus sqrt(1-beta) (always stable)
 * @param etaStableMax {@code (2 - beta) / (beta sigma_i^2)}: above etaRepeatedHigh, real negative eigenvalues, stable below this eta
 * @param asymptotic {@code ceil(ln eps / ln spectralRadius)}
 * @param exact the count from running the method
 */
public record MomentumCoordinate(int index, double sigma, double sigma2, double[][] matrix, double trace,
                                 double determinant, double discriminant, Eigenvalue[] eigenvalues,
                                 double spectralRadius, Regime regime, double etaRepeatedLow, double etaRepeatedHigh,
                                 double etaStableMax, IterationCount asymptotic, IterationCount exact) {
}
