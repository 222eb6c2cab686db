package org.gdlab.web.api;

import org.gdlab.core.validate.Check;
import org.gdlab.theory.gd.GdConfig;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.gd.GradientDescentAnalysis;
import org.gdlab.theory.momentum.EtaFreeParts;
import org.gdlab.theory.momentum.MomentumAnalysis;
import org.gdlab.theory.momentum.MomentumAnswers;
import org.gdlab.theory.momentum.MomentumConfig;
import org.gdlab.theory.momentum.MomentumForm;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * Panel 1: GD and momentum on a spectrum (docs/questions.md sections 1 and 2). The hyperparameters come in
 * the EMA form (eta, beta) or the heavy-ball form (lr, m), as {@code gdlab momentum --form} takes them.
 *
 * @param spectrum the problem
 * @param form {@code ema} (default) or {@code heavy-ball}
 * @param eta the EMA learning rate (default: {@link MomentumAnalysis#centralEta}); only with ema
 * @param beta the EMA weight of the new gradient, in (0, 1] (default 0.1); only with ema
 * @param m the heavy-ball momentum, in [0, 1); only with heavy-ball, required there
 * @param lr the heavy-ball learning rate (default: the central eta times beta); only with heavy-ball
 * @param eps the tolerance, in (0, 1) (default 0.001)
 * @param maxIterations the step budget of each simulated coordinate (default and most {@link Bounds#MAX_ITERATIONS})
 * @param optimizeBeta whether to search the jointly best (eta, beta) as well
 */
public record MomentumRequest(SpectrumRequest spectrum, String form, Double eta, Double beta, Double m, Double lr,
                              Double eps, Long maxIterations, Boolean optimizeBeta) {

    /**
     * The answer: momentum at (eta, beta) (its regime map holds, per cell, the regimes of the extreme
     * singular values that the page shows on hover; its coordinates are the drawn ones,
     * {@code momentum.curves().shown()}) and plain GD at its best eta. The server writes the results
     * without their full trajectories and GD's per-coordinate list (see {@code AnswerViews}); the
     * drawn points of the trajectories are here.
     *
     * @param momentum the analysis of {@code gdlab momentum}, listing the drawn coordinates
     * @param gd the analysis of {@code gdlab gd} at GD's best eta {@code 1/(sigma_max^2 + sigma_min^2)}
     * @param momentumX {@code x_t} of the drawn coordinates under momentum, as charts draw them
     * @param momentumA {@code a_t} likewise
     * @param gdX {@code x_t} under GD at its best eta
     * @param gdGradient {@code g_t} under GD
     * @param seconds the server's time for the whole answer
     */
    public record Answer(MomentumResult momentum, GdResult gd, DrawnSeries[] momentumX, DrawnSeries[] momentumA,
                         DrawnSeries[] gdX, DrawnSeries[] gdGradient, double seconds) {
    }

    /**
     * Validates the request through the theory's config records and answers it.
     *
     * @param uploads the uploaded matrices a spectrum may name
     * @param memo the eta-free parts of earlier answers, reused when only eta changed
     * @return the answer
     */
    public Answer answer(Uploads uploads, EtaFreeMemo memo) {
        long start = System.nanoTime();
        LeastSquaresSpectrum s = Bounds.required("spectrum", spectrum).toSpectrum(uploads);
        MomentumForm chosen = MomentumForm.parse("form", form == null ? "ema" : form);
        double tolerance = GdConfig.requireEps("eps", eps == null ? 1e-3 : eps);
        long budget = Bounds.atMost("maxIterations", maxIterations == null ? Bounds.MAX_ITERATIONS : maxIterations,
                Bounds.MAX_ITERATIONS);
        int scan = s.size() <= Bounds.FINE_SCAN_SIZE ? Bounds.FINE_SCAN_POINTS : Bounds.COARSE_SCAN_POINTS;
        MomentumConfig config = new MomentumConfig(parameters(chosen, s), chosen, tolerance, budget, scan,
                Boolean.TRUE.equals(optimizeBeta));
        EtaFreeMemo.Entry fixed = memo.get(EtaFreeParts.Key.of(s, config), key -> {
            EtaFreeParts parts = MomentumAnswers.etaFreeParts(s, config);
            return new EtaFreeMemo.Entry(parts, GradientDescentAnalysis.analyze(s, new GdConfig(parts.gd().eta(), tolerance, budget)));
        });
        MomentumResult result = MomentumAnswers.of(s, config, fixed.parts(), MomentumAnswers.Coordinates.SHOWN);
        GdResult gd = fixed.gd();
        MomentumResult.Trajectories t = result.trajectories();
        return new Answer(result, gd, DrawnSeries.ofRows(t.momentumX()), DrawnSeries.ofRows(t.momentumA()),
                DrawnSeries.ofRows(t.gdX()), DrawnSeries.ofRows(t.gdGradient()),
                (System.nanoTime() - start) / 1e9);
    }

    private MomentumParameters parameters(MomentumForm chosen, LeastSquaresSpectrum s) {
        if (chosen == MomentumForm.EMA) {
            if (m != null || lr != null) {
                throw Check.invalid(m != null ? "m" : "lr", m != null ? m : lr, "only with form heavy-ball");
            }
            double b = beta == null ? 0.1 : MomentumParameters.requireBeta("beta", beta);
            return MomentumParameters.ema(eta == null ? MomentumAnalysis.centralEta(s, b) : eta, b);
        }
        if (beta != null || eta != null) {
            throw Check.invalid(beta != null ? "beta" : "eta", beta != null ? beta : eta, "with form heavy-ball give m and lr");
        }
        double momentum = Bounds.required("m", m);
        if (lr != null) {
            return MomentumParameters.heavyBall(lr, momentum);
        }
        // the default lr is the central eta of beta = 1 - m times beta
        double b = 1 - MomentumParameters.requireM("m", momentum);
        return MomentumParameters.heavyBall(MomentumAnalysis.centralEta(s, b) * b, momentum);
    }
}
