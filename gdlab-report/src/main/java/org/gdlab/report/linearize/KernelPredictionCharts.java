package org.gdlab.report.linearize;

import static org.gdlab.report.NumberText.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gdlab.linearize.toy.KernelPrediction;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;

/**
 * The kernel prediction's chart and text: {@code kernel-prediction}, the residual along the
 * kernel's eigenvectors u_1, u_2, u_3 and the last reported one against the GD step (log y), the
 * linearized model's prediction dashed beside the network's measurement, down to 1e-6 of the
 * largest starting residual.
 */
public final class KernelPredictionCharts {
    private KernelPredictionCharts() {
    }

    /** The features drawn: the first three and the last. */
    private static int[] shown(KernelPrediction p) {
        int k = p.eigenvalues().length;
        return k <= 4 ? java.util.stream.IntStream.range(0, k).toArray() : new int[] {0, 1, 2, k - 1};
    }

    /**
     * The chart by file name.
     *
     * @param p the kernel prediction: the residual along each eigenvector {@code u_k} of {@code K = Phi Phi^T} per GD step, measured and predicted
     * @return {@code kernel-prediction}: {@code |u_k . r_t|} against the step, on a log axis
     */
    public static Map<String, ChartSpec> of(KernelPrediction p) {
        ChartSpec.Builder b = ChartSpec.builder(String.format(Locale.ROOT,
                "Residual along the kernel's eigenvectors, GD at eta = %s (N/s_1^2 = %s)", number(p.learningRate()),
                number(p.stableLearningRate())), "GD step", "|u_k . r_t|").logY();
        double[] x = java.util.Arrays.stream(p.steps()).asDoubleStream().toArray();
        double top = 0;
        for (double[] m : p.measured()) {
            top = Math.max(top, m[0]);
        }
        double floor = 1e-6 * top;
        int slot = 0;
        for (int k : shown(p)) {
            double[][] measured = above(x, p.measured()[k], floor);
            double[][] predicted = above(x, p.predicted()[k], floor);
            b.series("network, u_" + (k + 1), measured[0], measured[1], Look.solid(Hue.slot(slot)));
            b.series("kernel prediction, u_" + (k + 1), predicted[0], predicted[1], Look.dashed(Hue.slot(slot)));
            slot++;
        }
        return Map.of("kernel-prediction", b.build());
    }

    /** The points with {@code y >= floor} (1e-6 of the largest starting residual: below, a log axis shows only the fall). */
    private static double[][] above(double[] x, double[] y, double floor) {
        return ChartData.finitePoints(x, java.util.Arrays.stream(y).map(v -> v >= floor ? v : Double.NaN).toArray());
    }

    /**
     * The answer lines, every number from the record.
     *
     * @param p the kernel prediction
     * @return the answer's paragraphs, plain text
     */
    public static List<String> answer(KernelPrediction p) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Full-batch GD with MSE (mean over N = %d points) at eta = %s on the toy: the "
                        + "linearized model's residual along the k-th eigenvector u_k of K = Phi Phi^T shrinks by "
                        + "|1 - (2/N) eta lambda_k| per step; problem 1's bound in kernel form is eta < N/s_1^2 = %s.",
                p.samples(), number(p.learningRate()), number(p.stableLearningRate())));
        int slot = 0;
        for (int k : shown(p)) {
            double factor = Math.abs(1 - p.c() * p.learningRate() * p.eigenvalues()[k]);
            long part = p.partStep()[k];
            int last = p.steps().length - 1;
            lines.add(String.format(Locale.ROOT, "u_%d (lambda = %s): factor %s per step; after %d steps predicted %s, "
                            + "measured %s; %s", k + 1, number(p.eigenvalues()[k]), number(factor), p.steps()[last],
                    number(p.predicted()[k][last]), number(p.measured()[k][last]), part < 0
                            ? "they agree within " + Math.round(100 * KernelPrediction.PART) + "% throughout."
                            : "they part (by more than " + Math.round(100 * KernelPrediction.PART) + "%) at step " + part + "."));
        }
        lines.add("The large-lambda features are learned first and the small ones last, since their factors are closest "
                + "to 1; where the measurement leaves the prediction, the network's kernel has moved from the one at "
                + "initialization." + (p.diverged() ? " The network diverged; the measurement stops there." : ""));
        return lines;
    }
}
