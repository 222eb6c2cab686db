package org.gdlab.theory.momentum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The regime map's boundary curves, held to the 2x2 matrix of the EMA recurrence on one singular
 * value written out here ({@code a' = (1 - beta) a + 2 beta s2 x}, {@code x' = x - eta a'}):
 * trace {@code T = 2 - beta - 2 eta beta s2}, determinant {@code D = 1 - beta}. On a repeated-root
 * curve {@code T^2 = 4 D}; at the stability edge an eigenvalue is -1, {@code 1 + T + D = 0}.
 */
class RegimeBoundariesTest {
    private static double trace(double s2, double eta, double beta) {
        double[][] r = {{1 - beta, 2 * beta * s2}, {-eta * (1 - beta), 1 - 2 * eta * beta * s2}};
        return r[0][0] + r[1][1];
    }

    private static double determinant(double s2, double eta, double beta) {
        double[][] r = {{1 - beta, 2 * beta * s2}, {-eta * (1 - beta), 1 - 2 * eta * beta * s2}};
        return r[0][0] * r[1][1] - r[0][1] * r[1][0];
    }

    /** The spectral radius of the 2x2 matrix from its trace and determinant. */
    private static double radius(double s2, double eta, double beta) {
        double t = trace(s2, eta, beta);
        double d = determinant(s2, eta, beta);
        double disc = t * t - 4 * d;
        return disc < 0 ? Math.sqrt(d) : Math.max(Math.abs(t + Math.sqrt(disc)), Math.abs(t - Math.sqrt(disc))) / 2;
    }

    @Test
    void theCurvesAreWhereTheRootsRepeatAndWhereAnEigenvalueReachesMinusOne() {
        double s2max = 5;
        double s2min = 0.05;
        MomentumResult.RegimeBoundaries b = MomentumChartData.boundaries(s2max, s2min, 0.04);
        assertEquals(MomentumChartData.BOUNDARY_POINTS, b.beta().length);
        assertEquals(0.02, b.beta()[0], 1e-15, "from half the map's first beta");
        assertEquals(1, b.beta()[b.beta().length - 1], 1e-15);
        for (int i = 0; i < b.beta().length; i++) {
            double beta = b.beta()[i];
            double d = 1 - beta;
            for (double[] curve : new double[][] {b.largestRepeatedLow(), b.largestRepeatedHigh()}) {
                double t = trace(s2max, curve[i], beta);
                assertEquals(4 * d, t * t, 1e-9, "repeated roots of sigma_max at beta " + beta);
            }
            for (double[] curve : new double[][] {b.smallestRepeatedLow(), b.smallestRepeatedHigh()}) {
                double t = trace(s2min, curve[i], beta);
                assertEquals(4 * d, t * t, 1e-9, "repeated roots of sigma_min at beta " + beta);
            }
            double edge = b.stabilityEdge()[i];
            assertEquals(0, 1 + trace(s2max, edge, beta) + determinant(s2max, edge, beta), 1e-9);
            assertTrue(radius(s2max, 0.999 * edge, beta) < 1 && radius(s2max, 1.001 * edge, beta) > 1,
                    "stable just below the edge, not just above, at beta " + beta);
            assertTrue(b.largestRepeatedLow()[i] <= b.largestRepeatedHigh()[i] && b.largestRepeatedHigh()[i] <= edge);
        }
        assertEquals(1 / s2max, b.stabilityEdge()[b.beta().length - 1], 1e-15, "beta = 1 is GD: problem 1's 1/sigma_max^2");
    }

    @Test
    void oneSingularValueHasNoSecondPairOfCurves() {
        MomentumResult.RegimeBoundaries b = MomentumChartData.boundaries(2, 2, 0.04);
        assertEquals(0, b.smallestRepeatedLow().length);
        assertEquals(0, b.smallestRepeatedHigh().length);
        assertEquals(MomentumChartData.BOUNDARY_POINTS, b.largestRepeatedHigh().length);
    }

    /**
     * Each cell's regime at sigma_max and sigma_min is the sign of the discriminant {@code T^2 - 4D}
     * of the matrix written out above: complex below zero, real (distinct) above.
     */
    @Test
    void eachCellOfTheMapHasTheRegimeOfItsOwnMatrixAtTheExtremeSingularValues() {
        org.gdlab.theory.spectrum.LeastSquaresSpectrum s =
                org.gdlab.theory.spectrum.LeastSquaresSpectrum.ofSquaredSingularValues("sigma2", new double[] {5, 0.05});
        MomentumResult.RegimeMap map = MomentumChartData.regimeMap(s, MomentumParameters.ema(1, 0.1), 1e-3);
        int complex = 0;
        for (int b = 0; b < map.beta().length; b++) {
            for (int e = 0; e < map.eta().length; e++) {
                for (double s2 : new double[] {5, 0.05}) {
                    double t = trace(s2, map.eta()[e], map.beta()[b]);
                    double disc = t * t - 4 * determinant(s2, map.eta()[e], map.beta()[b]);
                    Regime r = (s2 == 5 ? map.largestRegime() : map.smallestRegime())[b][e];
                    if (Math.abs(disc) > 1e-9) {
                        assertEquals(disc < 0 ? Regime.COMPLEX : Regime.REAL_DISTINCT, r,
                                "sigma^2 " + s2 + ", eta " + map.eta()[e] + ", beta " + map.beta()[b]);
                        complex += disc < 0 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(complex > 0 && complex < 2 * map.beta().length * map.eta().length, "both regimes appear: " + complex);
    }
}
