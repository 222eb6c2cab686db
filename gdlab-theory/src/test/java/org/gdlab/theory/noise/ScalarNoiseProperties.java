package org.gdlab.theory.noise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Theory and simulation of E[w_t] agree for any point, noise and (mean-square stable) learning rate. */
class ScalarNoiseProperties {
    @Property(tries = 40)
    void theEmpiricalMeanFollowsTheRecurrence(@ForAll @DoubleRange(min = 0.2, max = 3) double x,
                                              @ForAll @DoubleRange(min = -3, max = 3) double y,
                                              @ForAll @DoubleRange(min = 0, max = 2) double noiseVariance,
                                              @ForAll @DoubleRange(min = 0.05, max = 0.5) double etaFraction,
                                              @ForAll long seed) {
        double m2 = x * x + noiseVariance;
        double m4 = x * x * x * x + 6 * x * x * noiseVariance + 3 * noiseVariance * noiseVariance;
        double eta = etaFraction * 2 * m2 / m4;
        ScalarNoiseResult r = ScalarNoisyGd.run(new ScalarNoiseConfig(x, y, noiseVariance, eta, 30, 4000, seed));
        for (int t : new int[] {1, 10, 30}) {
            double se = Math.sqrt(r.empiricalVariance()[t] / 4000);
            double error = Math.abs(r.empiricalMean()[t] - r.predictedMean()[t]);
            assertTrue(error <= 5.5 * se + 1e-12 * (1 + Math.abs(r.limit())),
                    "t = " + t + ": |mean - E[w_t]| = " + error + " > 5.5 se = " + 5.5 * se);
        }
    }
}
