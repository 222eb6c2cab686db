package org.gdlab.theory.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.bytedeco.openblas.global.openblas;
import org.gdlab.theory.gd.GdRecurrence;
import org.gdlab.theory.gd.GradientDescentAnalysis;
import org.gdlab.theory.spectrum.IterationCount;

/**
 * The closed forms of {@link MomentumMatrix} against the method itself and against LAPACK's
 * eigenvalues, over random sigma^2 (1e-3 .. 1e3), beta (0, 1] and eta (a fraction of the largest
 * stable eta, also beyond it), with the edges: beta = 1, repeated eigenvalues, eta at the boundary.
 */
class MomentumMatrixProperties {

    private static double sigma2(double log) {
        return Math.pow(10, log);
    }

    @Property
    void oneStepOfTheMethodIsR(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS, @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1) double beta,
                               @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1.5) double fraction,
                               @ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double w, @ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double z,
                               @ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double y) {
        double s2 = sigma2(logS);
        double sigma = Math.sqrt(s2);
        double eta = fraction * MomentumMatrix.etaStableMax(s2, beta);
        double wStar = y / sigma;
        // the method on the loss (y - sigma w)^2: g = 2 sigma (sigma w - y)
        double zNext = (1 - beta) * z + beta * 2 * sigma * (sigma * w - y);
        double wNext = w - eta * zNext;
        double[][] r = new MomentumMatrix(s2, eta, beta).entries();
        double x = w - wStar;
        double aExpected = r[0][0] * z + r[0][1] * x;
        double xExpected = r[1][0] * z + r[1][1] * x;
        assertEquals(aExpected, zNext, 1e-9 * (1 + Math.abs(zNext)));
        assertEquals(xExpected, wNext - wStar, 1e-9 * (1 + Math.abs(wNext - wStar) + eta * Math.abs(zNext)));
    }

    @Property
    void eigenvaluesMatchLapack(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS, @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1) double beta,
                                @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 1.5) double fraction) {
        double s2 = sigma2(logS);
        MomentumMatrix m = new MomentumMatrix(s2, fraction * MomentumMatrix.etaStableMax(s2, beta), beta);
        double[] a = Arrays.stream(m.entries()).flatMapToDouble(Arrays::stream).toArray();
        double[] wr = new double[2];
        double[] wi = new double[2];
        int info = openblas.LAPACKE_dgeev(openblas.LAPACK_ROW_MAJOR, (byte) 'N', (byte) 'N', 2, a, 2, wr, wi,
                new double[1], 1, new double[1], 1);
        assertEquals(0, info);
        Eigenvalue[] lapack = sorted(new Eigenvalue[] {new Eigenvalue(wr[0], wi[0]), new Eigenvalue(wr[1], wi[1])});
        Eigenvalue[] closed = sorted(m.eigenvalues());
        double scale = 1 + Math.abs(m.trace());
        // a repeated eigenvalue moves by sqrt(rounding) under perturbation: compare to 1e-6
        for (int k = 0; k < 2; k++) {
            assertEquals(lapack[k].re(), closed[k].re(), 1e-6 * scale, () -> Arrays.toString(lapack) + " vs " + Arrays.toString(closed));
            assertEquals(Math.abs(lapack[k].im()), Math.abs(closed[k].im()), 1e-6 * scale);
        }
        double lapackRadius = Math.max(lapack[0].modulus(), lapack[1].modulus());
        assertEquals(lapackRadius, m.spectralRadius(), 1e-6 * scale);
        assertEquals(m.trace(), closed[0].re() + closed[1].re(), 1e-9 * scale);
        // det R = 1 - beta is the product of LAPACK's eigenvalues (complex product, real part)
        double product = lapack[0].re() * lapack[1].re() - lapack[0].im() * lapack[1].im();
        assertEquals(product, m.determinant(), 1e-9 * scale * scale);
    }

    private static Eigenvalue[] sorted(Eigenvalue[] e) {
        Eigenvalue[] c = e.clone();
        Arrays.sort(c, Comparator.comparingDouble(Eigenvalue::re).thenComparingDouble(Eigenvalue::im));
        return c;
    }

    @Property
    void regimesChangeAtTheRepeatedEtas(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS,
                                        @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 0.99) double beta) {
        double s2 = sigma2(logS);
        double low = MomentumMatrix.etaRepeatedLow(s2, beta);
        double high = MomentumMatrix.etaRepeatedHigh(s2, beta);
        assertEquals(Regime.REPEATED, new MomentumMatrix(s2, low, beta).regime());
        assertEquals(Regime.REPEATED, new MomentumMatrix(s2, high, beta).regime());
        assertEquals(Math.sqrt(1 - beta), new MomentumMatrix(s2, low, beta).eigenvalues()[0].re(), 1e-9);
        assertEquals(-Math.sqrt(1 - beta), new MomentumMatrix(s2, high, beta).eigenvalues()[0].re(), 1e-9);
        assertEquals(Regime.REAL_DISTINCT, new MomentumMatrix(s2, low * 0.99, beta).regime());
        assertEquals(Regime.COMPLEX, new MomentumMatrix(s2, low * 1.01, beta).regime());
        assertEquals(Regime.COMPLEX, new MomentumMatrix(s2, high * 0.99, beta).regime());
        assertEquals(Regime.REAL_DISTINCT, new MomentumMatrix(s2, high * 1.01, beta).regime());
        assertEquals(Math.sqrt(1 - beta), new MomentumMatrix(s2, Math.sqrt(low * high), beta).spectralRadius(), 1e-12);
        assertTrue(new MomentumMatrix(s2, low * 0.5, beta).eigenvalues()[1].re() > 0);
    }

    @Property
    void stableExactlyBelowTheLargestStableEta(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS,
                                               @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1) double beta,
                                               @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 0.999) double fraction) {
        double s2 = sigma2(logS);
        double edge = MomentumMatrix.etaStableMax(s2, beta);
        assertEquals(1, new MomentumMatrix(s2, edge, beta).spectralRadius(), 1e-9);
        assertTrue(new MomentumMatrix(s2, edge * fraction, beta).spectralRadius() < 1);
        assertTrue(new MomentumMatrix(s2, edge / fraction, beta).spectralRadius() > 1);
    }

    @Property
    void betaOneIsPlainGradientDescent(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS,
                                       @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1.2) double fraction,
                                       @ForAll @Scale(6) @DoubleRange(min = 0.1, max = 10) double target) {
        double s2 = sigma2(logS);
        double eta = fraction / s2;
        MomentumParameters p = MomentumParameters.ema(eta, 1);
        assertEquals(GradientDescentAnalysis.contraction(eta, s2), MomentumMatrix.of(s2, p).spectralRadius(), 1e-12);
        assertEquals(1 / s2, MomentumMatrix.etaStableMax(s2, 1), 1e-12 / s2);
        double[][] momentum = MomentumRecurrence.trajectory(s2, target, p, 30);
        double[][] gd = GdRecurrence.trajectory(s2, target, eta, 30);
        for (int t = 1; t <= 30; t++) {
            assertEquals(gd[0][t], momentum[0][t], 1e-9 * (1 + Math.abs(gd[0][t])));
            assertEquals(gd[1][t - 1], momentum[1][t], 1e-9 * (1 + Math.abs(gd[1][t - 1])));
        }
        IterationCount a = MomentumRecurrence.iterationsToEps(s2, target, p, 1e-3, 100_000);
        IterationCount b = GdRecurrence.iterationsToEps(s2, target, eta, 1e-3, 100_000);
        if (b.isReached()) {
            assertEquals(b, a);
        } else {
            assertEquals(b.outcome(), a.outcome());
        }
    }

    @Property
    void theTrajectoryIsTheEigenExpansion(@ForAll @Scale(6) @DoubleRange(min = -2, max = 2) double logS,
                                          @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 1) double beta,
                                          @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 0.99) double fraction) {
        double s2 = sigma2(logS);
        MomentumParameters p = MomentumParameters.ema(fraction * MomentumMatrix.etaStableMax(s2, beta), beta);
        MomentumMatrix m = MomentumMatrix.of(s2, p);
        Assume.that(Math.abs(m.discriminant()) > 1e-4);
        double[] x = MomentumRecurrence.trajectory(s2, 1.3, p, 40)[0];
        Eigenvalue l1 = m.eigenvalues()[0];
        Eigenvalue l2 = m.eigenvalues()[1];
        // x_t = c1 l1^t + c2 l2^t with c1 + c2 = x_0, c1 l1 + c2 l2 = x_1 (complex arithmetic)
        double[] d = {l2.re() - l1.re(), l2.im() - l1.im()};
        double[] num = {x[1] - l1.re() * x[0], -l1.im() * x[0]};
        double[] c2 = div(num, d);
        double[] c1 = {x[0] - c2[0], -c2[1]};
        double[] p1 = {1, 0};
        double[] p2 = {1, 0};
        for (int t = 0; t <= 40; t++) {
            double expected = mul(c1, p1)[0] + mul(c2, p2)[0];
            assertEquals(expected, x[t], 1e-7 * (1 + Math.abs(x[0])));
            p1 = mul(p1, new double[] {l1.re(), l1.im()});
            p2 = mul(p2, new double[] {l2.re(), l2.im()});
        }
    }

    private static double[] mul(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    private static double[] div(double[] a, double[] b) {
        double n = b[0] * b[0] + b[1] * b[1];
        return new double[] {(a[0] * b[0] + a[1] * b[1]) / n, (a[1] * b[0] - a[0] * b[1]) / n};
    }

    @Property
    void theSequenceBoundHolds(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS, @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1) double beta,
                               @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 0.999) double fraction) {
        double s2 = sigma2(logS);
        MomentumMatrix m = new MomentumMatrix(s2, fraction * MomentumMatrix.etaStableMax(s2, beta), beta);
        double bound = m.sequenceBound();
        double previous = 0;
        double current = 1;
        for (int s = 1; s <= 5000; s++) {
            assertTrue(Math.abs(current) <= bound * (1 + 1e-9) + 1e-12, "alpha_" + s + " = " + current + " > " + bound);
            double next = m.trace() * current - m.determinant() * previous;
            previous = current;
            current = next;
        }
    }

    @Property(tries = 300)
    void theCertifiedCountIsTheBruteForceCount(@ForAll @Scale(6) @DoubleRange(min = -2, max = 2) double logS,
                                               @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 1) double beta,
                                               @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 0.99) double fraction,
                                               @ForAll @Scale(6) @DoubleRange(min = -5, max = -1) double logEps) {
        double s2 = sigma2(logS);
        MomentumParameters p = MomentumParameters.ema(fraction * MomentumMatrix.etaStableMax(s2, beta), beta);
        Assume.that(MomentumMatrix.of(s2, p).spectralRadius() < 0.995);
        double eps = Math.pow(10, logEps);
        int horizon = 30_000;
        double[] x = MomentumRecurrence.trajectory(s2, 2.0, p, horizon)[0];
        int last = -1;
        for (int t = 0; t <= horizon; t++) {
            if (Math.abs(x[t]) > eps * Math.abs(x[0])) {
                last = t;
            }
        }
        assertTrue(last < horizon - 1000);
        assertEquals(IterationCount.reached(last + 1), MomentumRecurrence.iterationsToEps(s2, 2.0, p, eps, 1_000_000));
    }

    @Property
    void theIterationBoundIsAtLeastTheCount(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS,
                                            @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 1) double beta,
                                            @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 0.99) double fraction,
                                            @ForAll @Scale(6) @DoubleRange(min = -6, max = -1) double logEps) {
        double s2 = sigma2(logS);
        MomentumParameters p = MomentumParameters.ema(fraction * MomentumMatrix.etaStableMax(s2, beta), beta);
        double eps = Math.pow(10, logEps);
        IterationCount count = MomentumRecurrence.iterationsToEps(s2, -0.7, p, eps, 10_000_000);
        assertTrue(count.isReached());
        long bound = MomentumMatrix.of(s2, p).iterationBound(eps);
        assertTrue(count.iterations() <= bound, count + " > bound " + bound);
    }

    @Property
    void theIterationBoundHoldsAtRepeatedEigenvalues(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS,
                                                     @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 0.99) double beta,
                                                     @ForAll boolean high) {
        double s2 = sigma2(logS);
        double eta = high ? MomentumMatrix.etaRepeatedHigh(s2, beta) : MomentumMatrix.etaRepeatedLow(s2, beta);
        MomentumParameters p = MomentumParameters.ema(eta, beta);
        IterationCount count = MomentumRecurrence.iterationsToEps(s2, 1, p, 1e-3, 10_000_000);
        assertTrue(count.isReached());
        assertTrue(count.iterations() <= MomentumMatrix.of(s2, p).iterationBound(1e-3));
    }

    @Property(tries = 300)
    void atTheStabilityBoundaryTheRunNeverGetsWithinEps(@ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double logS,
                                                       @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 1) double beta) {
        double s2 = sigma2(logS);
        MomentumParameters p = MomentumParameters.ema(MomentumMatrix.etaStableMax(s2, beta), beta);
        assertEquals(Regime.REAL_DISTINCT, MomentumMatrix.of(s2, p).regime());
        assertEquals(-1, MomentumMatrix.of(s2, p).eigenvalues()[0].re(), 1e-9);
        IterationCount count = MomentumRecurrence.iterationsToEps(s2, 1, p, 1e-3, 2000);
        assertTrue(!count.isReached(), count.toString());
    }
}
