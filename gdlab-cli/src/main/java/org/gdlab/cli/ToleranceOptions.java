package org.gdlab.cli;

import org.gdlab.core.validate.Check;
import org.gdlab.theory.gd.GdConfig;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import picocli.CommandLine.Option;

/** The tolerance {@code --eps} and step budget {@code --max-iter} of the least-squares simulations of {@code gd} and {@code momentum}. */
final class ToleranceOptions {
    @Option(names = "--eps", defaultValue = "1e-3", paramLabel = "EPS",
            description = "Tolerance in (0, 1): within eps when |w_t - w*| <= eps |w*| in every coordinate. Default: ${DEFAULT-VALUE}.")
    double eps;

    @Option(names = "--max-iter", defaultValue = "1000000", paramLabel = "N",
            description = "Step budget of each simulation (>= 1; all simulations together at most 1e10 steps). "
                    + "Default: ${DEFAULT-VALUE}.")
    long maxIterations;

    /** The validated {@code --eps}. */
    double eps() {
        return GdConfig.requireEps("--eps", eps);
    }

    /**
     * The validated {@code --max-iter} of an analysis that runs {@code perCoordinate} recurrences
     * on each coordinate of {@code spectrum} (see {@link IterationCount#requireAffordable}).
     */
    long maxIterations(LeastSquaresSpectrum spectrum, long perCoordinate) {
        if (maxIterations < 1) {
            throw Check.invalid("--max-iter", maxIterations, "must be >= 1");
        }
        return IterationCount.requireAffordable("--max-iter", maxIterations, perCoordinate * spectrum.size());
    }
}
