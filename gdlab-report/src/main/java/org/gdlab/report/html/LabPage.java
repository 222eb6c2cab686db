package org.gdlab.report.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.gdlab.core.io.AtomicFiles;
import org.gdlab.lab.suite.LabRunner;
import org.gdlab.linearize.suite.LinearizeSuite;
import org.gdlab.lab.suite.LabStep;
import org.gdlab.lab.suite.LabSummary;
import org.gdlab.lab.suite.TheorySteps;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.ChartWriter;
import org.gdlab.report.lab.ExperimentCharts;
import org.gdlab.report.lab.ExperimentText;
import org.gdlab.report.linearize.KernelPredictionCharts;
import org.gdlab.report.linearize.SuiteCharts;
import org.gdlab.linearize.toy.KernelPrediction;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.ridge.RidgeAnalysis;
import org.gdlab.report.theory.GdCharts;
import org.gdlab.report.theory.MomentumCharts;
import org.gdlab.report.theory.NoiseCharts;
import org.gdlab.report.theory.RidgeCharts;

/**
 * Writes {@code index.html} into a lab folder from its {@code lab.json} and the steps' results
 * files: one section per question of docs/questions.md with the question, the computed answer, the
 * charts (PNG files drawn beside the results, referenced by relative paths) and an explanation.
 * A step that failed shows its error in its section. The page has no script and loads nothing
 * from outside the folder, so it works offline and from the file system.
 */
public final class LabPage {
    /** The page's file name. */
    public static final String FILE = "index.html";

    /**
     * A section of docs/questions.md.
     *
     * @param number its number
     * @param title its heading
     * @param question what it asks, in short
     */
    private record Question(int number, String title, String question) {
    }

    private static final List<Question> QUESTIONS = List.of(
            new Question(1, "Gradient descent on least squares: why the learning rate cannot be too big",
                    "For sigma*w = y with loss (y - sigma w)^2 and several independent sigmas sharing one eta: which learning "
                            + "rates are stable, which sigma limits eta, which eta converges fastest, at what rate, and how many "
                            + "iterations it needs to get within 99.9% of w*?"),
            new Question(2, "Momentum",
                    "For momentum as an average of gradients (z <- (1-beta) z + beta g, w <- w - eta z) on sigma^2 in {5, 0.05} "
                            + "with beta = 0.1: the 2x2 matrix R_i of each singular value, its eigenvalue regimes and stability, "
                            + "the fastest eta and its iterations to 99.9% against plain GD's best."),
            new Question(3, "Noise augmentation is regularization",
                    "With inputs x + N, N ~ N(0, sigma^2 I) drawn afresh at every use: which lambda makes the expected noisy "
                            + "loss a ridge loss, and for one scalar point, how E[w_t] of GD with fresh noise evolves, when it "
                            + "converges, and to what?"),
            new Question(4, "Ridge regression, two forms, one answer",
                    "Are (X^T X + lambda I)^{-1} X^T y and X^T (X X^T + lambda I)^{-1} y equal, and equal to the posterior "
                            + "mean under W ~ N(0, I), Y = XW + sqrt(lambda) N?"),
            new Question(5, "Initialization and optimizers on a real image task",
                    "A fully-connected ReLU network trained with a softmax loss: can it memorize a few images; how do SGD, "
                            + "momentum, RMSProp and Adam compare; at which batch size does plain SGD match momentum; what do "
                            + "zero, small random and He initialization do to a deep narrow net; and what is the best model?"),
            new Question(6, "Features from the local linearization of a network",
                    "For a small 1-D regression MLP: the per-layer gradient norms at initialization, the singular values and "
                            + "principal features of its Jacobian before and after training, shallow against deep, and "
                            + "extrapolation outside the training interval; and, with problem 1, which features GD learns "
                            + "first."),
            new Question(7, "Beyond the homework: problem 1 on real networks",
                    "Problem 1's bound eta < 2/lambda_max asked of networks: does full-batch GD drive the sharpness (the top "
                            + "Hessian eigenvalue) of a ReLU and a tanh MLP up to 2/eta, and what does the loss do there, beside "
                            + "least squares, whose sharpness 2 sigma_max^2 never moves?"));

    private static final Map<LabStep, String> STEP_TITLES = Map.of(
            LabStep.OVERFIT, "Overfitting a small training set",
            LabStep.OPTIMIZERS, "SGD, SGD+momentum, RMSProp and Adam",
            LabStep.BATCH_SIZE, "Momentum as a larger effective batch",
            LabStep.INIT, "Zero, small random and He initialization",
            LabStep.BEST_MODEL, "The best fully-connected model",
            LabStep.LINEARIZE, "Features before and after training",
            LabStep.KERNEL_PREDICTION, "Which features are learned first: the kernel's prediction against the network");

    /** The linearization charts the page shows: the side-by-side comparisons, the He run's features, the diverging run's loss. */
    private static final Pattern LINEARIZE_CHARTS = Pattern.compile("compare-.*|init-he-features-(init|trained)|init-large-loss");

    private LabPage() {
    }

    /**
     * Draws every step's charts into its run folder and writes {@code labDir/index.html}.
     *
     * @param labDir a lab folder that {@code gdlab lab} wrote, with its lab.json
     * @return the page's path
     */
    public static Path write(Path labDir) {
        LabSummary summary = LabRunner.readSummary(labDir);
        StringBuilder body = new StringBuilder();
        body.append(header(summary));
        for (Question q : QUESTIONS) {
            body.append("<section id=\"q").append(q.number()).append("\">\n<h2>").append(q.number()).append(". ")
                    .append(Html.escape(q.title())).append("</h2>\n");
            body.append("<p class=\"question\"><b>Question.</b> ").append(Html.escape(q.question())).append("</p>\n");
            List<LabStep> steps = new ArrayList<>();
            for (LabStep step : LabStep.values()) {
                if (step.section() == q.number()) {
                    steps.add(step);
                }
            }
            for (LabStep step : steps) {
                body.append(step(labDir, summary, step, steps.size() > 1));
            }
            body.append("</section>\n");
        }
        Path page = labDir.resolve(FILE);
        AtomicFiles.writeString(page, document(body.toString()));
        return page;
    }

    private static String header(LabSummary s) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>gdlab: the lab</h1>\n");
        long failed = s.steps().stream().filter(o -> !o.ok()).count();
        h.append(Html.p(String.format(Locale.ROOT, "%d steps in %.1f s%s, data: %s, seed %d; %s.", s.steps().size(), s.seconds(),
                s.quick() ? " with the reduced --quick sizes" : "", s.data(), s.seed(),
                failed == 0 ? "every step succeeded" : failed + " failed (see their sections)")));
        h.append("<table>\n<tr><th>step</th><th>section</th><th>status</th><th>seconds</th></tr>\n");
        for (LabSummary.Outcome o : s.steps()) {
            h.append(String.format(Locale.ROOT, "<tr><td><a href=\"#%s\">%s</a></td><td>%d</td><td class=\"%s\">%s</td><td>%.1f</td></tr>%n",
                    o.step().folder(), o.step().folder(), o.step().section(), o.ok() ? "ok" : "failed",
                    o.ok() ? "ok" : "failed", o.seconds()));
        }
        return h.append("</table>\n").toString();
    }

    private static String step(Path labDir, LabSummary summary, LabStep step, boolean subsection) {
        StringBuilder s = new StringBuilder("<div class=\"step\" id=\"" + step.folder() + "\">\n");
        if (subsection) {
            s.append("<h3>").append(Html.escape(STEP_TITLES.getOrDefault(step, step.folder()))).append(" (<code>")
                    .append(step.folder()).append("</code>)</h3>\n");
        }
        LabSummary.Outcome outcome = summary.outcome(step);
        if (outcome == null) {
            return s.append("<div class=\"missing\">").append(Html.p("This step did not run in this lab.")).append("</div>\n</div>\n")
                    .toString();
        }
        if (!outcome.ok()) {
            return s.append(error(outcome.error())).append("</div>\n").toString();
        }
        try {
            Object result = step.readResults(labDir);
            Path dir = labDir.resolve(step.folder());
            Content c = content(step, result, dir);
            s.append("<div class=\"answer\"><b>Answer.</b>\n").append(Html.ul(c.answer())).append("</div>\n");
            for (String chart : c.charts()) {
                s.append("<figure><img src=\"").append(step.folder()).append('/').append(chart).append(".png\" alt=\"")
                        .append(Html.escape(step.folder() + ": " + chart)).append("\" width=\"").append(ChartWriter.WIDTH)
                        .append("\"><figcaption>").append(Html.escape(chart)).append(" (<a href=\"").append(step.folder())
                        .append('/').append(chart).append(".svg\">SVG</a>)</figcaption></figure>\n");
            }
            if (!c.explanation().isEmpty()) {
                s.append("<div class=\"explanation\"><b>Why.</b>\n").append(Html.ul(c.explanation())).append("</div>\n");
            }
            s.append(Html.p(String.format(Locale.ROOT, "Computed in %.1f s; results: %s/results.json, config: %s/config.json.",
                    outcome.seconds(), step.folder(), step.folder())).replace("<p>", "<p class=\"source\">"));
        } catch (RuntimeException e) {
            s.append(error("the results could not be read or drawn: " + e.getMessage()));
        }
        return s.append("</div>\n").toString();
    }

    /** What a step's part of the page shows. */
    private record Content(List<String> answer, List<String> charts, List<String> explanation) {
    }

    private static Content content(LabStep step, Object result, Path dir) {
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<String> answer;
        List<String> explanation = List.of();
        switch (step) {
            case GD -> {
                GdResult r = (GdResult) result;
                charts.putAll(GdCharts.of(r));
                answer = TheoryText.gdAnswer(r);
                explanation = TheoryText.gdExplanation(r);
            }
            case MOMENTUM -> {
                MomentumResult r = (MomentumResult) result;
                charts.putAll(MomentumCharts.of(r));
                ChartWriter.write(MomentumCharts.regimeMap(r), dir, "regime-map");
                names.add("regime-map");
                answer = TheoryText.momentumAnswer(r);
                explanation = TheoryText.momentumExplanation(r);
            }
            case NOISE -> {
                TheorySteps.NoiseResult r = (TheorySteps.NoiseResult) result;
                charts.put("noise-scalar-mean", NoiseCharts.mean(r.scalar()));
                charts.put("noise-scalar-variance", NoiseCharts.variance(r.scalar()));
                charts.put("noise-vector-distance", NoiseCharts.vectorDistances(r.vector()));
                answer = TheoryText.noiseAnswer(r);
                explanation = TheoryText.noiseExplanation(r);
            }
            case RIDGE -> {
                RidgeAnalysis r = (RidgeAnalysis) result;
                charts.put("ridge-path", RidgeCharts.path(r.pathLambdas(), r.path(), r.solution().lambda()));
                answer = TheoryText.ridgeAnswer(r);
            }
            case KERNEL_PREDICTION -> {
                KernelPrediction r = (KernelPrediction) result;
                charts.putAll(KernelPredictionCharts.of(r));
                answer = KernelPredictionCharts.answer(r);
            }
            case LINEARIZE -> {
                LinearizeSuite.SuiteResult r = (LinearizeSuite.SuiteResult) result;
                SuiteCharts.of(r).forEach((name, spec) -> {
                    if (LINEARIZE_CHARTS.matcher(name).matches()) {
                        charts.put(name, spec);
                    }
                });
                answer = LinearizeText.answer(r);
                explanation = LinearizeText.explanation(r);
            }
            default -> {
                charts.putAll(ExperimentCharts.of(result));
                answer = ExperimentText.answer(result);
            }
        }
        charts.forEach((name, spec) -> {
            ChartWriter.write(spec, dir, name);
            names.add(name);
        });
        return new Content(answer, names, explanation);
    }

    private static String error(String message) {
        return "<div class=\"error\"><b>This step failed.</b> " + Html.escape(message == null ? "(no message)" : message) + "</div>\n";
    }

    private static String document(String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>gdlab: the lab</title>\n"
                + "<style>\n"
                + "body { font-family: sans-serif; max-width: 960px; margin: 1em auto; padding: 0 1em; line-height: 1.45; color: #222; }\n"
                + "h1 { border-bottom: 2px solid #444; }\n"
                + "section { border-top: 1px solid #bbb; margin-top: 2em; }\n"
                + "table { border-collapse: collapse; }\n"
                + "td, th { border: 1px solid #ccc; padding: 2px 8px; text-align: left; }\n"
                + ".ok { color: #1a7f37; } .failed { color: #b42318; font-weight: bold; }\n"
                + ".question { background: #f3f5f8; padding: 0.5em; }\n"
                + ".answer { background: #eef8ee; padding: 0.3em 0.5em; }\n"
                + ".error { background: #fdecea; border: 1px solid #b42318; padding: 0.5em; }\n"
                + ".missing { background: #fff7e0; border: 1px solid #c9a227; padding: 0 0.5em; }\n"
                + ".source { color: #666; font-size: 0.9em; }\n"
                + "figure { margin: 1em 0; } img { max-width: 100%; height: auto; border: 1px solid #ddd; }\n"
                + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
