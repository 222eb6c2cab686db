package org.gdlab.theory.momentum;

import java.util.Arrays;
import java.util.Objects;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * The parts of a {@link MomentumResult} that do not depend on eta: the minimax set at beta with
 * its simulation, plain GD at its best eta {@code 1/(sigma_max^2 + sigma_min^2)}, and the joint
 * optimum when asked. A caller that moves eta alone (the explorer's slider) computes them once
 * with {@link MomentumAnswers#etaFreeParts} and passes them to
 * {@link MomentumAnswers#of(LeastSquaresSpectrum, MomentumConfig, EtaFreeParts, MomentumAnswers.Coordinates)}; for a spectrum
 * of 1,000 values they are about half of the answer's work.
 *
 * @param key what they were computed for
 * @param optimal the minimax set at {@code key.beta()} and its simulation
 * @param gd plain GD at its best eta
 * @param joint the jointly best (eta, beta) and the classical heavy-ball optimum, or null when
 *     {@code key.optimizeBeta()} is false
 */
public record EtaFreeParts(Key key, MomentumResult.OptimalSet optimal, MomentumResult.GdBest gd,
                           MomentumResult.JointOptimum joint) {

    /**
     * Requires the key and the two parts always present.
     *
     * @param key what they were computed for, not null
     * @param optimal the minimax set at {@code key.beta()} and its simulation, not null
     * @param gd plain GD at its best eta, not null
     * @param joint the joint optimum, or null when {@code key.optimizeBeta()} is false
     */
    public EtaFreeParts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(optimal, "optimal");
        Objects.requireNonNull(gd, "gd");
    }

    /**
     * What the eta-free parts depend on: the spectrum's values and targets and every setting of
     * the config but eta. Two keys are equal when all of these are, value for value (the
     * spectra's squared singular values and targets compared element by element; their names
     * and zero directions do not count), so a key made from a new request equals the key of an
     * earlier request of the same problem.
     *
     * @param spectrum the problem (immutable)
     * @param beta the EMA weight of the new gradient, in (0, 1]
     * @param eps the tolerance, in (0, 1)
     * @param maxIterations the step budget of each simulation
     * @param scanPoints how many etas of the minimax set are simulated
     * @param optimizeBeta whether the joint optimum is searched
     */
    public record Key(LeastSquaresSpectrum spectrum, double beta, double eps, long maxIterations, int scanPoints,
                      boolean optimizeBeta) {

        /**
         * The key of a spectrum and a config.
         *
         * @param spectrum the problem
         * @param config the question; its eta is not part of the key
         * @return the key of the parts that {@code spectrum} and {@code config} need
         */
        public static Key of(LeastSquaresSpectrum spectrum, MomentumConfig config) {
            return new Key(spectrum, config.parameters().beta(), config.eps(), config.maxIterations(), config.scanPoints(),
                    config.optimizeBeta());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(spectrum.sigma2(), k.spectrum.sigma2())
                    && Arrays.equals(spectrum.targets(), k.spectrum.targets())
                    && Double.compare(beta, k.beta) == 0 && Double.compare(eps, k.eps) == 0
                    && maxIterations == k.maxIterations && scanPoints == k.scanPoints && optimizeBeta == k.optimizeBeta;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(spectrum.sigma2()), Arrays.hashCode(spectrum.targets()), beta, eps,
                    maxIterations, scanPoints, optimizeBeta);
        }

        @Override
        public String toString() {
            return "EtaFreeParts.Key[n=" + spectrum.size() + ", beta=" + beta + ", eps=" + eps + ", maxIterations="
                    + maxIterations + ", scanPoints=" + scanPoints + ", optimizeBeta=" + optimizeBeta + "]";
        }
    }
}
