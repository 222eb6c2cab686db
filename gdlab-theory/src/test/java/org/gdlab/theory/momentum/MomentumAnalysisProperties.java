package org.gdlab.theory.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.gdlab.theory.spectrum.IterationCount;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/** The spectrum-level closed forms of {@link MomentumAnalysis} against brute force over random spectra. */
class MomentumAnalysisProperties {

    private static LeastSquaresSpectrum spectrum(List<Double> logs) {
        return LeastSquaresSpectrum.ofSquaredSingularValues("s", logs.stream().mapToDouble(l -> Math.pow(10, l)).toArray());
    }

    private static double worstOverAll(LeastSquaresSpectrum s, MomentumParameters p) {
        double worst = 0;
        for (int i = 0; i < s.size(); i++) {
            worst = Math.max(worst, MomentumMatrix.of(s.sigma2(i), p).spectralRadius());
        }
        return worst;
    }

    @Property
    void theWorstRadiusIsAtAnExtremeSingularValue(@ForAll @Size(min = 1, max = 30) List<@Scale(6) @DoubleRange(min = -2, max = 2) Double> logs,
                                                   @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1) double beta,
                                                   @ForAll @Scale(6) @DoubleRange(min = -4, max = 1) double logEtaFraction) {
        LeastSquaresSpectrum s = spectrum(logs);
        MomentumParameters p = MomentumParameters.ema(Math.pow(10, logEtaFraction) * MomentumMatrix.etaStableMax(s.largest(), beta), beta);
        assertEquals(worstOverAll(s, p), MomentumAnalysis.worstRadius(s, p), 0);
    }

    @Property
    void theMinimaxSetMinimizesTheWorstRadius(@ForAll @Size(min = 1, max = 30) List<@Scale(6) @DoubleRange(min = -2, max = 2) Double> logs,
                                              @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1) double beta,
                                              @ForAll @Scale(6) @DoubleRange(min = -4, max = 0.5) double logEtaFraction,
                                              @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double position) {
        LeastSquaresSpectrum s = spectrum(logs);
        MomentumAnalysis.Minimax mm = MomentumAnalysis.minimax(s, beta);
        double eta = Math.pow(10, logEtaFraction) * MomentumMatrix.etaStableMax(s.largest(), beta);
        assertTrue(worstOverAll(s, MomentumParameters.ema(eta, beta)) >= mm.rate() - 1e-12);
        double inside = mm.etaLow() + position * (mm.etaHigh() - mm.etaLow());
        // at an end of the set one R_i has a double eigenvalue, which moves by sqrt(rounding) ~ 1e-8
        assertEquals(mm.rate(), worstOverAll(s, MomentumParameters.ema(inside, beta)), 1e-7);
        double central = MomentumAnalysis.centralEta(s, beta);
        assertTrue(central >= mm.etaLow() * (1 - 1e-12) && central <= mm.etaHigh() * (1 + 1e-12));
        assertEquals(mm.rate(), worstOverAll(s, MomentumParameters.ema(central, beta)), 1e-7);
        assertTrue(mm.rate() >= Math.sqrt(1 - beta) - 1e-12, "no eta beats sqrt(det R)");
    }

    @Property(tries = 200)
    void theJointOptimumIsTheClassicalHeavyBall(@ForAll @Scale(6) @DoubleRange(min = -2, max = 2) double logMax,
                                               @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 3) double logRatio) {
        LeastSquaresSpectrum s = LeastSquaresSpectrum.ofSquaredSingularValues("s",
                new double[] {Math.pow(10, logMax), Math.pow(10, logMax - logRatio)});
        double k = s.conditionNumber();
        double classicalRate = (k - 1) / (k + 1);
        MomentumParameters classical = MomentumAnalysis.classicalOptimum(s);
        // both extremes sit at double eigenvalues there: agreement to sqrt(rounding)
        assertEquals(classicalRate, MomentumAnalysis.worstRadius(s, classical), 1e-7);
        MomentumParameters searched = MomentumAnalysis.jointlyBest(s);
        assertEquals(classicalRate, MomentumAnalysis.worstRadius(s, searched), 1e-7);
        assertEquals(classical.beta(), searched.beta(), 1e-4);
    }

    @Property(tries = 300)
    void prunedWorstCountEqualsRunningEveryCoordinate(@ForAll @Size(min = 1, max = 40) List<@Scale(6) @DoubleRange(min = -1.5, max = 1.5) Double> logs,
                                                      @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 1) double beta,
                                                      @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double position) {
        LeastSquaresSpectrum s = spectrum(logs);
        MomentumAnalysis.Minimax mm = MomentumAnalysis.minimax(s, beta);
        double eta = mm.etaLow() + position * (mm.etaHigh() - mm.etaLow());
        MomentumParameters p = MomentumParameters.ema(eta, beta);
        IterationCount all = IterationCount.reached(0);
        for (IterationCount c : MomentumAnalysis.exactIterationsOfEach(s, p, 1e-3, 1_000_000)) {
            all = all.worse(c);
        }
        assertEquals(all, MomentumAnalysis.exactIterations(s, p, 1e-3, 1_000_000));
    }
}
