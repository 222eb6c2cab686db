package org.gdlab.theory.momentum;

import org.gdlab.core.validate.Check;
import org.gdlab.theory.gd.GdConfig;

/**
 * What a momentum analysis is asked.
 *
 * @param parameters eta and beta (EMA form)
 * @param form the form the user wrote them in (reports print both)
 * @param eps the tolerance {@code |w_t - w*| <= eps |w*|}, in (0, 1)
 * @param maxIterations the step budget of each simulation, >= 1
 * @param scanPoints how many etas of the optimal set are simulated, in [1, {@link #MAX_SCAN_POINTS}]
 * @param optimizeBeta whether to search the jointly best (eta, beta)
 */
public record MomentumConfig(MomentumParameters parameters, MomentumForm form, double eps, long maxIterations,
                             int scanPoints, boolean optimizeBeta) {
    /** The most etas a scan simulates: far more than a chart can show, few enough to finish in seconds. */
    public static final int MAX_SCAN_POINTS = 1_000_000;

    /**
     * Validates every field.
     *
     * @param parameters eta and beta (EMA form), not null
     * @param form the form the user wrote them in, not null
     * @param eps the tolerance, in {@code (0, 1)}
     * @param maxIterations the step budget of each simulation, {@code >= 1}
     * @param scanPoints how many etas of the optimal set are simulated, in {@code [1,
     *     MAX_SCAN_POINTS]}
     * @param optimizeBeta whether to search the jointly best (eta, beta)
     */
    public MomentumConfig {
        if (parameters == null || form == null) {
            throw Check.invalid(parameters == null ? "parameters" : "form", null, "must be given");
        }
        GdConfig.requireEps("eps", eps);
        GdConfig.requireMaxIterations(maxIterations);
        Check.inRange("scanPoints", scanPoints, 1, MAX_SCAN_POINTS);
    }
}
