package org.gdlab.report.html;

import static org.gdlab.report.NumberText.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdlab.lab.suite.TheorySteps;
import org.gdlab.theory.gd.GdCoordinate;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.MomentumCoordinate;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.noise.NoiseIdentity;
import org.gdlab.theory.noise.ScalarNoiseResult;
import org.gdlab.theory.noise.VectorNoiseResult;
import org.gdlab.theory.ridge.RidgeAnalysis;
import org.gdlab.theory.ridge.RidgeSolution;

/** The answers and explanations of the theory sections, every number from the step's results record. */
final class TheoryText {
    private TheoryText() {
    }

    /** How to ask the same question by hand: the explorer's panel of this section. */
    static String inExplorer(String panel) {
        return "To ask this question by hand, run gdlab explore and move the knobs of its panel " + panel
                + ": the same analysis answers as you drag them.";
    }

    static List<String> gdAnswer(GdResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("sigma^2 = " + list(r.spectrum().sigma2()) + ", within eps = " + number(r.config().eps())
                + " of w* in every coordinate (within " + number(100 * (1 - r.config().eps())) + "%).");
        lines.add("Stable learning rates: 0 < eta < 1/sigma_max^2 = " + number(r.largestStableEta()) + "; sigma_max = "
                + number(r.limitingSigma()) + " limits eta.");
        lines.add("Fastest: eta = 1/(sigma_max^2 + sigma_min^2) = " + number(r.optimalEta()) + ", rate (k^2-1)/(k^2+1) = "
                + number(r.optimalRate()) + " (k = " + number(r.spectrum().conditionNumber()) + "); iterations to eps: "
                + r.optimalExact().describe() + " by running the recurrence, " + r.optimalAsymptotic().describe()
                + " by ln eps / ln rate.");
        GdCoordinate slow = r.coordinates().get(r.slowestIndex());
        lines.add("At that eta the slowest coordinate is sigma^2 = " + number(slow.sigma2()) + " (contraction "
                + number(slow.contraction()) + "); every sigma in between would contract faster: the worst contraction over all "
                + "singular values, " + number(r.optimalRateOverAll()) + ", equals the rate from sigma_max and sigma_min alone.");
        lines.add(inExplorer("1 (GD and momentum)"));
        return lines;
    }

    static List<String> gdExplanation(GdResult r) {
        List<String> lines = new ArrayList<>();
        for (GdCoordinate c : r.coordinates()) {
            lines.add(String.format(Locale.ROOT, "sigma^2 = %s: w_t - w* shrinks by |1 - 2 eta sigma^2| = %s per step at eta = %s, "
                            + "stable for eta < %s; iterations to eps %s.", number(c.sigma2()), number(c.contraction()),
                    number(r.config().eta()), number(c.stableEtaMax()), c.exact().describe()));
        }
        lines.add("The optimal eta balances the two extremes: the largest singular value's factor 2 eta sigma_max^2 - 1 "
                + "equals the smallest one's 1 - 2 eta sigma_min^2. In SVD coordinates x' = V^T w, y' = U^T y the same "
                + "holds for any X with these singular values.");
        return lines;
    }

    static List<String> momentumAnswer(MomentumResult r) {
        List<String> lines = new ArrayList<>();
        lines.add("EMA momentum z <- (1-beta) z + beta g, w <- w - eta z with beta = " + number(r.config().parameters().beta())
                + "; in SVD coordinates (a, x)_{t+1} = R_i (a, x)_t with R_i = " + r.symbolicMatrix() + ".");
        MomentumResult.OptimalSet o = r.optimal();
        lines.add((o.interval() ? "The etas in [" + number(o.etaLow()) + ", " + number(o.etaHigh()) + "] minimize" : "eta* = " + number(o.etaLow())
                + " minimizes") + " the worst spectral radius, " + number(o.rate()) + "; the fewest iterations to within "
                + number(100 * (1 - r.config().eps())) + "% are " + o.bestExact().describe() + " at eta = " + number(o.bestEta()) + ".");
        lines.add("Plain GD at its best eta " + number(r.gd().eta()) + " (rate " + number(r.gd().rate()) + ") needs "
                + r.gd().exact().describe() + " iterations: "
                + (Double.isNaN(r.iterationRatio()) ? "no ratio (a count is missing)."
                        : number(r.iterationRatio()) + " times as many as momentum's best."));
        lines.add("Largest stable eta at this beta: (2 - beta)/(beta sigma_max^2) = " + number(r.largestStableEta()) + ".");
        lines.add(inExplorer("1 (GD and momentum)"));
        return lines;
    }

    static List<String> momentumExplanation(MomentumResult r) {
        List<String> lines = new ArrayList<>();
        for (MomentumCoordinate c : r.coordinates()) {
            lines.add(String.format(Locale.ROOT, "sigma^2 = %s at eta = %s: %s eigenvalues, spectral radius %s; repeated "
                            + "eigenvalues at eta = %s and %s (complex between them), stable for eta < %s; iterations to eps %s.",
                    number(c.sigma2()), number(r.config().parameters().eta()), c.regime().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    number(c.spectralRadius()), number(c.etaRepeatedLow()), number(c.etaRepeatedHigh()), number(c.etaStableMax()),
                    c.exact().describe()));
        }
        String verdict = Double.isNaN(r.iterationRatio()) ? "a count is missing, so no comparison with GD is made"
                : r.iterationRatio() > 1 ? "so momentum needs " + number(r.iterationRatio()) + " times fewer iterations than GD here"
                : "yet GD is not slower here (ratio " + number(r.iterationRatio()) + ")";
        lines.add("In the complex regime every coordinate contracts at |lambda| = sqrt(1 - beta) = "
                + number(Math.sqrt(1 - r.config().parameters().beta()))
                + " whatever its sigma: the ill-conditioned coordinate no longer sets the pace, " + verdict + ".");
        return lines;
    }

    static List<String> noiseAnswer(TheorySteps.NoiseResult r) {
        List<String> lines = new ArrayList<>();
        NoiseIdentity.IdentityCheck id = r.identity();
        lines.add("lambda = sigma^2 = " + number(id.lambda()) + " in (1/m)||Xw - y||^2 + lambda ||w||^2 (m sigma^2 = "
                + number(id.lambdaUnnormalized()) + " without the 1/m).");
        lines.add(String.format(Locale.ROOT, "Checked on a %d x %d problem at w = ridge's solution: ||Xw - y||^2 + m sigma^2 ||w||^2 = "
                        + "%s; Monte Carlo over %d noise draws %s +- %s (z = %s).", id.m(), id.d(), number(id.exact()), id.trials(),
                number(id.monteCarloMean()), number(id.standardError()), number(id.zScore())));
        ScalarNoiseResult s = r.scalar();
        lines.add(String.format(Locale.ROOT, "Scalar point x = %s, y = %s, sigma^2 = %s, eta = %s: E[w_{t+1}] = %s E[w_t] + %s; "
                        + "it converges iff eta < 2/(x^2 + sigma^2) = %s (%s); its limit %s against the noise-free optimum y/x = %s "
                        + "(shrunk by x^2/(x^2 + sigma^2) = %s).", number(s.config().x()), number(s.config().y()), number(s.config().noiseVariance()),
                number(s.config().eta()), number(s.meanFactor()), number(s.meanOffset()), number(s.maxEtaMean()),
                s.meanConverges() ? "it does here" : "it does NOT here", number(s.limit()), number(s.noiseFreeOptimum()), number(s.shrinkage())));
        lines.add(inExplorer("2 (noise)"));
        return lines;
    }

    static List<String> noiseExplanation(TheorySteps.NoiseResult r) {
        List<String> lines = new ArrayList<>();
        ScalarNoiseResult s = r.scalar();
        int last = s.empiricalMean().length - 1;
        lines.add(String.format(Locale.ROOT, "Monte Carlo of the scalar case, %d runs x %d steps: the predicted E[w_t] lies inside the "
                        + "95%% band of the mean at %s%% of the steps (largest gap %s standard errors); at t = %d the mean is %s, "
                        + "the prediction %s.", s.config().trials(), s.config().steps(), number(100 * s.bandCoverage()),
                number(s.maxStandardizedError()), last, number(s.empiricalMean()[last]), number(s.predictedMean()[last])));
        VectorNoiseResult v = r.vector();
        int end = v.distanceToRidge().length - 1;
        lines.add(String.format(Locale.ROOT, "SGD over the rows with fresh noise (%d runs): after %d steps the mean is %s from ridge "
                        + "(lambda = sigma^2) and %s from least squares, with a standard error of %s.", v.config().trials(), end,
                number(v.distanceToRidge()[end]), number(v.distanceToLeastSquares()[end]), number(v.standardError()[end])));
        return lines;
    }

    static List<String> ridgeAnswer(RidgeAnalysis a) {
        RidgeSolution s = a.solution();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "X is %d x %d, lambda = %s: the primal (X^T X + lambda I)^{-1} X^T y (a %d x %d system) "
                        + "and the kernel form X^T (X X^T + lambda I)^{-1} y (a %d x %d system) differ by at most %s.", s.n(), s.d(),
                number(s.lambda()), s.d(), s.d(), s.n(), s.n(), number(s.maxDifference())));
        if (a.posterior() != null) {
            lines.add("The posterior mean S_WY S_YY^{-1} y under W ~ N(0, I), Y = XW + sqrt(lambda) N differs from the primal form "
                    + "by " + number(a.posteriorMeanMinusPrimal()) + " and from the kernel form by " + number(a.posteriorMeanMinusKernel()) + ".");
        }
        lines.add("The cheaper form is used: " + s.chosen().name().toLowerCase(Locale.ROOT) + ", because " + s.reason() + ".");
        lines.add(inExplorer("3 (ridge)"));
        return lines;
    }

    private static String list(double[] values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(number(values[i]));
        }
        return s.toString();
    }
}
