package org.gdlab.report.sharpness;

import static org.gdlab.report.NumberText.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment.Run;

/** The edge-of-stability experiment's answer, every number from its results record. */
public final class EdgeOfStabilityText {
    private EdgeOfStabilityText() {
    }

    /**
     * The answer lines.
     *
     * @param r the edge-of-stability experiment's results
     * @return the answer's paragraphs, plain text, every number from {@code r}
     */
    public static List<String> answer(EdgeOfStabilityExperiment.Result r) {
        EdgeOfStabilityExperiment.Config c = r.config();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Full-batch GD (no momentum) on %d images with %s loss, %d steps; the sharpness "
                        + "lambda_1 (top Hessian eigenvalue, Lanczos on exact Hessian-vector products) every %d steps; problem 1's "
                        + "bound says GD on the loss's quadratic model is stable only while lambda_1 < 2/eta.",
                c.trainSize(), c.loss().label(), c.steps(), c.sharpnessEvery()));
        for (Run run : r.runs()) {
            lines.add(line(run));
        }
        double rel = Math.abs(r.leastSquaresMeasured() - r.leastSquaresSharpness()) / r.leastSquaresSharpness();
        lines.add(String.format(Locale.ROOT, "Least squares (no hidden layer, MSE): the Hessian (2/(n k)) X~^T X~ does not move; "
                        + "its sharpness 2 sigma_max^2/(n k) = %s from LAPACK's SVD, %s by Lanczos (relative difference %s).",
                number(r.leastSquaresSharpness()), number(r.leastSquaresMeasured()), number(rel)));
        for (Run run : r.leastSquares()) {
            double[] loss = run.loss();
            lines.add(String.format(Locale.ROOT, "  eta = %s x 2/lambda_1 = %s: %s", number(run.learningRate() * r.leastSquaresSharpness() / 2),
                    number(run.learningRate()), run.diverged() ? "diverged at step " + run.stoppedAt()
                            : "loss " + number(loss[0]) + " -> " + number(loss[loss.length - 1])
                            + (loss[loss.length - 1] > loss[0] ? " (growing: unstable)" : " (converging)")));
        }
        return lines;
    }

    /**
     * One run's line: a run that starts above 2/eta says when its sharpness fell below it; one that
     * starts below, when it reached 2/eta and how far it went past; each, where it ended.
     */
    static String line(Run run) {
        double[] loss = run.loss();
        double start = run.sharpness()[0];
        String sharp;
        if (start >= run.edge()) {
            int below = run.firstBelowEdge();
            sharp = String.format(Locale.ROOT, "sharpness %s at step 0 is above 2/eta = %s (%s x): %s", number(start),
                    number(run.edge()), number(start / run.edge()), below < 0
                            ? "it stays at or above 2/eta, at most " + number(run.maxSharpness()) + " (" + number(run.overshoot())
                                    + " x 2/eta)"
                            : "it falls below 2/eta by step " + below);
        } else if (run.firstAtEdge() >= 0) {
            sharp = String.format(Locale.ROOT, "sharpness %s at step 0, reaches 2/eta = %s at step %d, at most %s (%s x 2/eta)",
                    number(start), number(run.edge()), run.firstAtEdge(), number(run.maxSharpness()), number(run.overshoot()));
        } else {
            sharp = String.format(Locale.ROOT, "sharpness %s at step 0, at most %s: below 2/eta = %s (%s of it) throughout",
                    number(start), number(run.maxSharpness()), number(run.edge()), number(run.overshoot()));
        }
        String end = run.diverged() ? "; diverged at step " + run.stoppedAt()
                : String.format(Locale.ROOT, "; at the end %s (%s x 2/eta); loss %s -> %s, rising at %d of %d steps",
                        number(run.finalSharpness()), number(run.finalSharpness() / run.edge()), number(loss[0]),
                        number(loss[loss.length - 1]), run.lossIncreases(), loss.length - 1);
        return String.format(Locale.ROOT, "%s, eta %s: %s%s.", run.network(), number(run.learningRate()), sharp, end);
    }
}
