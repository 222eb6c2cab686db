package org.gdlab.theory.noise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.theory.ridge.RegressionData;

/** The Monte Carlo mean of noisy SGD follows the recurrence of E[w_t], for any small problem and noise. */
class NoisySgdProperties {
    @Property(tries = 30)
    void theEmpiricalMeanFollowsTheRecurrence(@ForAll @IntRange(min = 2, max = 10) int m,
                                              @ForAll @IntRange(min = 1, max = 4) int d,
                                              @ForAll @DoubleRange(min = 0, max = 1) double noiseVariance,
                                              @ForAll @IntRange(min = 1, max = 60) int steps,
                                              @ForAll long seed) {
        RegressionData data = RegressionData.generate(m, d, seed);
        double maxRowNorm2 = 0;
        for (int i = 0; i < m; i++) {
            double norm2 = 0;
            for (int j = 0; j < d; j++) {
                norm2 += data.x().get(i, j) * data.x().get(i, j);
            }
            maxRowNorm2 = Math.max(maxRowNorm2, norm2);
        }
        // a step well inside the mean-square stable range, so that the Monte Carlo error is small
        double eta = 0.3 / (maxRowNorm2 + 3 * d * noiseVariance + 1e-3);
        int trials = 3000;
        VectorNoiseResult r = NoisySgd.run(data.x(), data.y(), new VectorNoiseConfig(noiseVariance, eta, steps, trials, seed));
        double error = NoisySgd.distance(r.empiricalMean(), r.predictedMean());
        double se = r.standardError()[steps];
        assertTrue(error <= 5.5 * se + 1e-12, "||mean - E[w_T]|| = " + error + " > 5.5 se = " + 5.5 * se);
    }
}
