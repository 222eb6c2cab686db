package org.gdlab.report.theory;

import java.util.Arrays;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;
import org.gdlab.theory.noise.NoisePath;
import org.gdlab.theory.noise.ScalarNoiseResult;
import org.gdlab.theory.noise.VectorNoiseResult;

/**
 * The charts of {@code gdlab noise}, drawn from its results: the prediction in blue, the Monte
 * Carlo measurement in vermillion with its 95% band shaded, the limits as black reference lines.
 */
public final class NoiseCharts {
    /** At most this many coordinates of w are drawn on a path chart. */
    static final int MAX_PATH_COORDINATES = 8;
    private static final Hue PREDICTED = Hue.slot(0);
    private static final Hue MEASURED = Hue.slot(1);

    private NoiseCharts() {
    }

    /**
     * Predicted E[w_t] against the Monte Carlo mean with its 95% band, and the two optima.
     *
     * @param r scalar GD with fresh input noise
     * @return {@code E[w_t]} predicted and measured against {@code t}, with the band and both optima
     */
    public static ChartSpec mean(ScalarNoiseResult r) {
        double[] t = ChartData.indices(0, r.empiricalMean().length);
        double[] predicted = ChartData.finitePrefix(r.predictedMean());
        double[] ends = {0, r.predictedMean().length - 1};
        return ChartSpec.builder("GD with fresh input noise: E[w_t] predicted vs Monte Carlo (" + r.config().trials() + " trials)",
                        "step t", "w_t")
                .band("95% band of the Monte Carlo mean", t, r.bandLow(), r.bandHigh(), MEASURED)
                .series("Monte Carlo mean", t, r.empiricalMean(), Look.points(MEASURED, Look.Mark.CIRCLE))
                .series("predicted E[w_t]", ChartData.indices(0, predicted.length), predicted, Look.solid(PREDICTED))
                .series("limit x y/(x^2+sigma^2)", ends, new double[] {r.limit(), r.limit()}, Look.reference())
                .series("noise-free y/x", ends, new double[] {r.noiseFreeOptimum(), r.noiseFreeOptimum()}, Look.reference2())
                .build();
    }

    /**
     * The Monte Carlo mean minus the predicted E[w_t], with the 95% band of the mean around it: the
     * band, invisible at the scale of w, is what the prediction must fall into.
     *
     * @param r scalar GD with fresh input noise
     * @return the measured mean minus the prediction against {@code t}, with the 95% band around it
     */
    public static ChartSpec meanError(ScalarNoiseResult r) {
        int count = Math.min(r.empiricalMean().length, ChartData.finitePrefix(r.predictedMean()).length);
        double[] t = ChartData.indices(0, count);
        double[] error = new double[count];
        double[] low = new double[count];
        double[] high = new double[count];
        for (int k = 0; k < count; k++) {
            error[k] = r.empiricalMean()[k] - r.predictedMean()[k];
            low[k] = r.bandLow()[k] - r.predictedMean()[k];
            high[k] = r.bandHigh()[k] - r.predictedMean()[k];
        }
        return ChartSpec.builder("Monte Carlo mean minus predicted E[w_t], with the 95% band of the mean", "step t",
                        "mean - E[w_t]")
                .band("95% band of the Monte Carlo mean", t, low, high, MEASURED)
                .series("mean - E[w_t]", t, error, Look.points(MEASURED, Look.Mark.CIRCLE))
                .series("0 (prediction)", new double[] {0, Math.max(count - 1, 1)}, new double[] {0, 0}, Look.solid(PREDICTED))
                .build();
    }

    /**
     * Predicted Var[w_t] against the Monte Carlo variance: the spread that does not vanish.
     *
     * @param r scalar GD with fresh input noise
     * @return {@code Var[w_t]} predicted and measured against {@code t}
     */
    public static ChartSpec variance(ScalarNoiseResult r) {
        double[] predicted = ChartData.finitePrefix(r.predictedVariance());
        return ChartSpec.builder("Spread of w_t: Var[w_t] predicted vs Monte Carlo", "step t", "Var[w_t]")
                .series("Monte Carlo variance", ChartData.indices(0, r.empiricalVariance().length), r.empiricalVariance(),
                        Look.points(MEASURED, Look.Mark.CIRCLE))
                .series("predicted Var[w_t]", ChartData.indices(0, predicted.length), predicted, Look.solid(PREDICTED))
                .build();
    }

    /**
     * Distances of the Monte Carlo mean of noisy SGD to ridge and to least squares over t (log scale).
     *
     * @param r noisy SGD over the rows of a regression problem
     * @return the distances of the mean to ridge (measured and predicted) and to least squares against {@code t}
     */
    public static ChartSpec vectorDistances(VectorNoiseResult r) {
        double[] t = ChartData.indices(0, r.distanceToRidge().length);
        double[] predicted = ChartData.finitePrefix(r.predictedDistanceToRidge());
        return ChartSpec.builder("Noisy SGD: distance of the mean to ridge (lambda = " + TheoryCharts.number(r.lambda())
                        + ") and to least squares", "step t", "distance")
                .logY()
                .series("||mean w_t - w_ridge|| (Monte Carlo)", t, r.distanceToRidge(), Look.solid(MEASURED))
                .series("||mean w_t - w_ls|| (Monte Carlo)", t, r.distanceToLeastSquares(), Look.solid(Hue.slot(2)))
                .series("||E[w_t] - w_ridge|| (recurrence)", ChartData.indices(0, predicted.length), predicted, Look.dashed(PREDICTED))
                .series("Monte Carlo standard error", t, r.standardError(), Look.reference2())
                .build();
    }

    /**
     * The final mean of noisy SGD against the noise variance, on ridge's path over lambda; coordinate j in slot j.
     *
     * @param p noisy SGD's final means over a range of noise variances, with ridge's path
     * @return {@code w_j} against {@code sigma^2 = lambda} on a log axis, the first coordinates only
     */
    public static ChartSpec path(NoisePath.Result p) {
        ChartSpec.Builder b = ChartSpec.builder("Regularization path: noisy SGD over sigma^2 (points) and ridge over lambda (lines)",
                "sigma^2 (noise) = lambda (ridge, 1/m form)", "w_j").logX();
        NoisePath.Point[] converged = p.points().stream().filter(q -> q.divergedAtStep() == null).toArray(NoisePath.Point[]::new);
        double[] noise = Arrays.stream(converged).mapToDouble(NoisePath.Point::noiseVariance).toArray();
        int d = p.ridgePath()[0].length;
        for (int j = 0; j < Math.min(d, MAX_PATH_COORDINATES); j++) {
            int coordinate = j;
            b.line("ridge w_" + j, p.lambdas(), Arrays.stream(p.ridgePath()).mapToDouble(w -> w[coordinate]).toArray(), j);
            if (converged.length > 0) {
                b.series("noisy SGD w_" + j, noise, Arrays.stream(converged).mapToDouble(q -> q.empiricalMean()[coordinate]).toArray(),
                        Look.points(Hue.slot(j), Look.Mark.CIRCLE));
            }
        }
        return b.build();
    }
}
