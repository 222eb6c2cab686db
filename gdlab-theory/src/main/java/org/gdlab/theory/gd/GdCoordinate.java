package org.gdlab.theory.gd;

import org.gdlab.theory.spectrum.IterationCount;

/**
 * Gradient descent on one scalar problem {@code (y'_i - sigma_i x_i)^2} at a given eta.
 *
 * @param index i, 0 for the largest singular value
 * @param sigma {@code sigma_i}
 * @param sigma2 {@code sigma_i^2}
 * @param stableEtaMax the stable range is {@code 0 < eta < 1 / sigma_i^2}
 * @param contraction {@code |1 - 2 eta sigma_i^2|}, the factor the error shrinks by per step
 * @param asymptotic {@code ceil(ln eps / ln contraction)}
 * @param exact the count from running the recurrence
 */
public record GdCoordinate(int index, double sigma, double sigma2, double stableEtaMax, double contraction,
                           IterationCount asymptotic, IterationCount exact) {
}
