package org.gdlab.theory.spectrum;

/**
 * The facts about a spectrum a report shows.
 *
 * @param source what the spectrum was made from
 * @param size the number n of positive singular values
 * @param sigma2 the squared singular values, descending
 * @param sigmaMax the largest singular value
 * @param sigmaMin the smallest positive singular value
 * @param conditionNumber {@code k = sigma_max / sigma_min}
 * @param zeroDirections directions of a given X with a zero singular value (GD never moves there)
 * @param targetsGiven whether the rotated targets came from a given y (else every {@code w*_i = 1})
 */
public record SpectrumSummary(String source, int size, double[] sigma2, double sigmaMax, double sigmaMin,
                              double conditionNumber, int zeroDirections, boolean targetsGiven) {

    /**
     * The summary of a spectrum.
     *
     * @param s the spectrum to summarise
     * @return its source, size, extreme singular values, condition number and flags
     */
    public static SpectrumSummary of(LeastSquaresSpectrum s) {
        return new SpectrumSummary(s.source(), s.size(), s.sigma2(), s.sigma(0), s.sigma(s.size() - 1),
                s.conditionNumber(), s.zeroDirections(), s.targetsGiven());
    }
}
