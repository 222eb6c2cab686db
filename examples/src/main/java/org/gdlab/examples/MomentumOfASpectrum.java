package org.gdlab.examples;

import org.gdlab.theory.momentum.MomentumAnalysis;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/** README example 2: the momentum analysis of a least-squares spectrum. */
public final class MomentumOfASpectrum {
    private MomentumOfASpectrum() {
    }

    /**
     * The spectrum of singular values 1, 0.5 and 0.1 (condition number sigma_max / sigma_min = 10).
     *
     * @return the spectrum {@code {1, 0.5, 0.1}}
     */
    public static LeastSquaresSpectrum spectrum() {
        return LeastSquaresSpectrum.ofSingularValues("example", new double[] {1, 0.5, 0.1});
    }

    /**
     * The worst spectral radius at the classical heavy-ball optimum.
     *
     * @return the larger of the spectral radii of the heavy-ball iteration at {@code sigma_max = 1} and {@code sigma_min = 0.1}, at the classical optimum (eta, beta)
     */
    public static double classicalRate() {
        MomentumParameters p = MomentumAnalysis.classicalOptimum(spectrum());
        return MomentumAnalysis.worstRadius(spectrum(), p);
    }

    /**
     * Prints the classical optimum, its rate, and the minimax rate at the same beta.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        MomentumParameters p = MomentumAnalysis.classicalOptimum(spectrum());
        MomentumAnalysis.Minimax m = MomentumAnalysis.minimax(spectrum(), p.beta());
        System.out.printf("classical optimum eta %.4f, beta %.4f: worst rate %.6f; minimax at that beta: eta in "
                + "[%.4f, %.4f], rate %.6f%n", p.eta(), p.beta(), classicalRate(), m.etaLow(), m.etaHigh(), m.rate());
    }
}
