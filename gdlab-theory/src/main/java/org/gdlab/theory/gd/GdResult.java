package org.gdlab.theory.gd;

import java.util.List;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.SpectrumSummary;

/**
 * The answers of docs/questions.md section 1 for one spectrum and one eta.
 *
 * @param spectrum the problem
 * @param config eta, eps and the step budget
 * @param coordinates one entry per singular value, largest first
 * @param limitingSigma {@code sigma_max}, the singular value that limits eta
 * @param largestStableEta {@code 1 / sigma_max^2} (exclusive)
 * @param stable whether {@code eta < 1 / sigma_max^2}
 * @param slowestIndex the coordinate with the largest contraction factor at eta (the smallest index on ties)
 * @param rate the largest contraction factor at eta
 * @param asymptotic {@code ceil(ln eps / ln rate)}
 * @param exact the worst exact count over the coordinates at eta
 * @param optimalEta {@code 1 / (sigma_max^2 + sigma_min^2)}
 * @param optimalRate {@code (k^2 - 1) / (k^2 + 1)}, {@code k = sigma_max / sigma_min}
 * @param optimalRateOverAll {@code max_i |1 - 2 eta_opt sigma_i^2|} over every singular value:
 *     equal to {@code optimalRate}, since interior singular values change neither eta_opt nor the rate
 * @param optimalAsymptotic {@code ceil(ln eps / ln optimalRate)}
 * @param optimalExact the worst exact count over the coordinates at the optimal eta
 * @param curves the contraction factors against eta, for the minimax chart
 * @param trajectories the error of shown coordinates against t at eta
 */
public record GdResult(SpectrumSummary spectrum, GdConfig config, List<GdCoordinate> coordinates,
                         double limitingSigma, double largestStableEta, boolean stable, int slowestIndex, double rate,
                         IterationCount asymptotic, IterationCount exact, double optimalEta, double optimalRate,
                         double optimalRateOverAll, IterationCount optimalAsymptotic, IterationCount optimalExact,
                         ContractionCurves curves, ErrorTrajectories trajectories) {

    /**
     * {@code |1 - 2 eta sigma_i^2|} sampled over eta.
     *
     * @param eta the sampled learning rates
     * @param shown the indices of the singular values drawn
     * @param shownSigma2 their squared singular values
     * @param factors {@code factors[k][j]} for coordinate {@code shown[k]} at {@code eta[j]}
     * @param worst the maximum over every coordinate at each eta
     */
    public record ContractionCurves(double[] eta, int[] shown, double[] shownSigma2, double[][] factors, double[] worst) {
    }

    /**
     * Relative errors {@code |w_t,i - w*_i| / |w*_i|} against t, from running the recurrence.
     *
     * @param eta the learning rate they were run at
     * @param shown the indices of the singular values drawn
     * @param shownSigma2 their squared singular values
     * @param errors {@code errors[k][t]} for coordinate {@code shown[k]}
     */
    public record ErrorTrajectories(double eta, int[] shown, double[] shownSigma2, double[][] errors) {
    }
}
