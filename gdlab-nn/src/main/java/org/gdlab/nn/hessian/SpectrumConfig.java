package org.gdlab.nn.hessian;

import org.gdlab.core.validate.Check;

/**
 * What {@link HessianSpectrum#measure} computes.
 *
 * @param top the number of largest eigenvalues (>= 1)
 * @param lanczosSteps Lanczos steps for them (>= top; capped at the dimension)
 * @param traceProbes Hutchinson probes for the trace (>= 0; 0 skips the trace)
 * @param densityProbes stochastic Lanczos quadrature probes (>= 0; 0 skips the density)
 * @param densitySteps Lanczos steps per density probe (>= 1)
 * @param seed the probes' and the start vector's seed
 */
public record SpectrumConfig(int top, int lanczosSteps, int traceProbes, int densityProbes, int densitySteps,
                             long seed) {
    /** The points of the density's grid. */
    public static final int DENSITY_POINTS = 400;

    /**
     * Validates every field, naming it.
     *
     * @param top the number of largest eigenvalues, {@code >= 1}
     * @param lanczosSteps the Lanczos steps for them, {@code >= top}
     * @param traceProbes the Hutchinson probes, {@code >= 0}
     * @param densityProbes the density's probes, {@code >= 0}
     * @param densitySteps the Lanczos steps per density probe, {@code >= 1}
     * @param seed the probes' and the start vector's seed
     */
    public SpectrumConfig {
        Check.positive("--top", top);
        if (lanczosSteps < top) {
            throw Check.invalid("--lanczos-steps", lanczosSteps, "must be >= --top (" + top + ")");
        }
        Check.nonNegative("--trace-probes", traceProbes);
        Check.nonNegative("--density-probes", densityProbes);
        Check.positive("--density-steps", densitySteps);
    }

    /**
     * The top eigenvalue only, by {@code steps} Lanczos steps (sharpness tracking).
     *
     * @param steps the Lanczos steps, {@code >= 1}
     * @param seed the start vector's seed
     * @return a config of one eigenvalue, no trace and no density
     */
    public static SpectrumConfig sharpness(int steps, long seed) {
        return new SpectrumConfig(1, steps, 0, 0, 1, seed);
    }
}
