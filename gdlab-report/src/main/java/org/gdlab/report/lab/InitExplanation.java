package org.gdlab.report.lab;

import static org.gdlab.report.NumberText.number;
import static org.gdlab.report.NumberText.percent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gdlab.lab.experiment.InitExperiment;
import org.gdlab.nn.train.TrainHistory;

/**
 * The explanation of the initialization experiment, sentence by sentence from its measured
 * numbers: the weight scale each initializer gave, which layers got gradient at the first
 * iteration ({@link InitExperiment.Run#layersWithGradient()}), how the mean gradient norm evolved,
 * and where each run ended.
 */
public final class InitExplanation {
    private InitExplanation() {
    }

    /**
     * One paragraph per initializer, then a comparison.
     *
     * @param r the init experiment's results
     * @return one paragraph per run, then one comparing the best and worst validation accuracy
     */
    public static List<String> of(InitExperiment.Result r) {
        List<String> paragraphs = new ArrayList<>();
        int depth = r.config().hidden().length + 1;
        for (InitExperiment.Run run : r.runs()) {
            paragraphs.add(run(run, depth));
        }
        double best = r.runs().stream().mapToDouble(run -> run.run().bestValidationAccuracy()).max().orElseThrow();
        double worst = r.runs().stream().mapToDouble(run -> run.run().bestValidationAccuracy()).min().orElseThrow();
        paragraphs.add(String.format(Locale.ROOT, "After %d epochs of SGD on %d images, the best validation accuracy is "
                        + "%s (%s) and the worst %s (%s); chance is %s for %d classes.", r.config().epochs(),
                r.config().trainSize(), percent(best), reaching(r, best), percent(worst),
                reaching(r, worst), percent(1.0 / classes(r)), classes(r)));
        return paragraphs;
    }

    private static String run(InitExperiment.Run run, int depth) {
        TrainHistory h = run.run().history();
        StringBuilder s = new StringBuilder();
        s.append(label(run)).append(": weight std per layer at initialization ").append(stds(run.initialWeightStds()))
                .append(". ");
        if (h.loss().length == 0) {
            return s.append("No iteration ran.").toString();
        }
        double[] first = new double[depth];
        for (int k = 0; k < depth; k++) {
            first[k] = h.layerGradientNorms()[k][0];
        }
        double largest = Arrays.stream(first).max().orElse(0);
        List<Integer> getting = run.layersWithGradient();
        if (getting.isEmpty()) {
            s.append("At the first iteration no layer gets gradient (every layer's gradient norm is 0). ");
        } else if (getting.size() == depth) {
            s.append(String.format(Locale.ROOT, "At the first iteration every layer gets gradient; the norms range from %s "
                            + "(layer %d) to %s (layer %d). ", number(min(first)), argMin(first) + 1, number(largest),
                    argMax(first) + 1));
        } else {
            double rest = maxExcept(first, getting);
            s.append(String.format(Locale.ROOT, "At the first iteration only layer%s %s of %d get%s gradient (norm up to %s); "
                            + "%s. ", getting.size() == 1 ? "" : "s", list(getting), depth,
                    getting.size() == 1 ? "s" : "", number(largest),
                    rest == 0 ? "every other layer's gradient is exactly 0" : "the other layers' norms are at most " + number(rest)));
        }
        int n = h.gradientNorm().length;
        double g0 = h.gradientNorm()[0];
        double gEnd = h.gradientNorm()[n - 1];
        s.append(String.format(Locale.ROOT, "The mean gradient norm goes from %s at iteration 0 to %s at iteration %d (%s). ",
                number(g0), number(gEnd), n - 1, trend(g0, gEnd)));
        s.append(String.format(Locale.ROOT, "The loss goes from %s to %s; final training accuracy %s, validation accuracy %s",
                number(h.loss()[0]), number(h.loss()[h.loss().length - 1]), percent(run.run().finalTrainAccuracy()),
                percent(run.run().finalValidationAccuracy())));
        run.run().divergence().ifPresent(d -> s.append("; the run diverged: ").append(d.message()));
        return s.append('.').toString();
    }

    private static String reaching(InitExperiment.Result r, double accuracy) {
        return String.join(", ", r.runs().stream().filter(run -> run.run().bestValidationAccuracy() == accuracy)
                .map(InitExplanation::label).toList());
    }

    /** E.g. {@code he at lr 0.01}. */
    static String label(InitExperiment.Run run) {
        return run.initializer() + " at lr " + number(run.learningRate());
    }

    private static String trend(double from, double to) {
        if (from == 0 && to == 0) {
            return "it stays exactly 0";
        }
        if (from == 0) {
            return "it starts at exactly 0";
        }
        double ratio = to / from;
        return ratio >= 1 ? "a factor " + number(ratio) + " up" : "a factor " + number(1 / ratio) + " down";
    }

    private static String stds(double[] stds) {
        double min = min(stds);
        double max = Arrays.stream(stds).max().orElse(0);
        if (max == 0) {
            return "0 in every layer";
        }
        if (max - min <= 1e-3 * max) {
            return number(max) + " in every layer";
        }
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < stds.length; k++) {
            s.append(k == 0 ? "" : ", ").append(number(stds[k]));
        }
        return s.toString() + " (layer 1 to " + stds.length + ")";
    }

    private static int classes(InitExperiment.Result r) {
        return ((Number) r.data().get("classes")).intValue();
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static int argMin(double[] v) {
        int k = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[k]) {
                k = i;
            }
        }
        return k;
    }

    private static int argMax(double[] v) {
        int k = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[k]) {
                k = i;
            }
        }
        return k;
    }

    private static double maxExcept(double[] v, List<Integer> layers) {
        double m = 0;
        for (int k = 0; k < v.length; k++) {
            if (!layers.contains(k + 1)) {
                m = Math.max(m, v[k]);
            }
        }
        return m;
    }

    private static String list(List<Integer> layers) {
        return layers.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
