package org.gdlab.theory.gd;

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

/** Gradient descent: the closed forms against the recurrence, over random problems. */
class GdProperties {

    @Property
    void theRecurrenceCountsWhatTheClosedFormPredicts(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logSigma2,
                                                      @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 0.99) double fraction,
                                                      @ForAll @Scale(6) @DoubleRange(min = -6, max = -1) double logEps,
                                                      @ForAll @Scale(6) @DoubleRange(min = 0.1, max = 10) double target) {
        double s2 = Math.pow(10, logSigma2);
        double eta = fraction / s2;
        double eps = Math.pow(10, logEps);
        double q = GradientDescentAnalysis.contraction(eta, s2);
        IterationCount exact = GdRecurrence.iterationsToEps(s2, target, eta, eps, 10_000_000);
        IterationCount closed = IterationCount.asymptotic(q, eps);
        double margin = Math.abs(closed.iterations() * Math.log(q) - Math.log(eps));
        if (margin > 1e-6) {
            assertEquals(closed, exact);
        } else {
            assertTrue(Math.abs(closed.iterations() - exact.iterations()) <= 1, closed + " vs " + exact);
        }
    }

    @Property
    void theErrorIsTheContractionFactorToThePowerT(@ForAll @Scale(6) @DoubleRange(min = -2, max = 2) double logSigma2,
                                                   @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1.2) double fraction) {
        double s2 = Math.pow(10, logSigma2);
        double eta = fraction / s2;
        double[][] tr = GdRecurrence.trajectory(s2, 1.5, eta, 40);
        double x0 = tr[0][0];
        double factor = 1 - 2 * eta * s2;
        for (int t = 0; t <= 40; t++) {
            double expected = Math.pow(factor, t) * x0;
            assertEquals(expected, tr[0][t], 1e-9 * Math.max(1, Math.abs(expected)));
            assertEquals(2 * s2 * tr[0][t], tr[1][t], 1e-9 * Math.max(1, Math.abs(tr[1][t])));
        }
    }

    @Property
    void theOptimalEtaMinimizesTheWorstContraction(@ForAll @Size(min = 1, max = 20) List<@Scale(6) @DoubleRange(min = -2, max = 2) Double> logs,
                                                   @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 1.5) double fraction) {
        double[] s2 = logs.stream().mapToDouble(l -> Math.pow(10, l)).toArray();
        LeastSquaresSpectrum spectrum = LeastSquaresSpectrum.ofSquaredSingularValues("s", s2);
        double eta = fraction / spectrum.largest();
        double worst = 0;
        double atOptimum = 0;
        for (int i = 0; i < spectrum.size(); i++) {
            worst = Math.max(worst, GradientDescentAnalysis.contraction(eta, spectrum.sigma2(i)));
            atOptimum = Math.max(atOptimum, GradientDescentAnalysis.contraction(GradientDescentAnalysis.optimalEta(spectrum), spectrum.sigma2(i)));
        }
        double rate = GradientDescentAnalysis.optimalRate(spectrum);
        double k = spectrum.conditionNumber();
        assertEquals((k * k - 1) / (k * k + 1), rate, 1e-12);
        assertEquals(rate, atOptimum, 1e-12);
        assertTrue(worst >= rate - 1e-12, worst + " < " + rate);
    }
}
