package org.gdlab.report.lab;

import static org.gdlab.report.NumberText.number;
import static org.gdlab.report.NumberText.percent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gdlab.lab.experiment.BatchSizeExperiment;
import org.gdlab.lab.experiment.BestModelExperiment;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment;
import org.gdlab.lab.experiment.InitExperiment;
import org.gdlab.lab.experiment.OptimizersExperiment;
import org.gdlab.lab.experiment.OverfitExperiment;
import org.gdlab.report.sharpness.EdgeOfStabilityText;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.TrainStatus;

/** Each experiment's answer as a few plain-text lines, every number taken from its results record. */
public final class ExperimentText {
    private ExperimentText() {
    }

    /**
     * The answer lines of any experiment's results record.
     *
     * @param result the {@code Result} record of one of the lab's experiments
     * @return the answer's paragraphs, plain text with the numbers of the run
     * @throws IllegalArgumentException when {@code result} is not an experiment's results record
     */
    public static List<String> answer(Object result) {
        if (result instanceof OverfitExperiment.Result r) {
            return overfit(r);
        } else if (result instanceof OptimizersExperiment.Result r) {
            return optimizers(r);
        } else if (result instanceof BatchSizeExperiment.Result r) {
            return batchSize(r);
        } else if (result instanceof InitExperiment.Result r) {
            return InitExplanation.of(r);
        } else if (result instanceof BestModelExperiment.Result r) {
            return bestModel(r);
        } else if (result instanceof EdgeOfStabilityExperiment.Result r) {
            return EdgeOfStabilityText.answer(r);
        }
        throw new IllegalArgumentException("result = " + result.getClass().getSimpleName()
                + " is not allowed: must be the results record of an experiment");
    }

    static List<String> overfit(OverfitExperiment.Result r) {
        List<String> lines = new ArrayList<>();
        OverfitExperiment.Config c = r.config();
        lines.add(String.format(Locale.ROOT, "%s, weights N(0, %s^2), SGD with batch %d for %d epochs on %d training images:",
                net(c.hidden()), number(c.weightStd()), c.batchSize(), c.epochs(), c.trainSize()));
        for (OverfitExperiment.Run run : r.runs()) {
            int first = run.firstMemorizedEpoch();
            lines.add(String.format(Locale.ROOT, "lr %s: training accuracy %s after the last epoch%s; validation accuracy %s%s",
                    number(run.learningRate()), percent(run.finalTrainAccuracy()),
                    first > 0 ? " (100% first at epoch " + first + ")" : "", percent(run.run().finalValidationAccuracy()),
                    status(run.run())));
        }
        lines.add(Double.isNaN(r.memorizingLearningRate())
                ? "No learning rate tried reaches 100% training accuracy in " + c.epochs() + " epochs."
                : "The smallest learning rate tried that memorizes the " + c.trainSize() + " images (100% training accuracy): "
                        + number(r.memorizingLearningRate()) + ".");
        return lines;
    }

    static List<String> optimizers(OptimizersExperiment.Result r) {
        List<String> lines = new ArrayList<>();
        OptimizersExperiment.Config c = r.config();
        lines.add(String.format(Locale.ROOT, "%s, %s init, %d training images, %d epochs of batch %d, the same seed for every optimizer:",
                net(c.hidden()), c.init(), c.trainSize(), c.epochs(), c.batchSize()));
        for (OptimizersExperiment.Run run : r.runs()) {
            double[] loss = run.run().history().loss();
            lines.add(String.format(Locale.ROOT, "%s (lr %s): loss %s -> %s, training accuracy %s, validation accuracy %s%s",
                    run.optimizer().kind().label(), number(run.optimizer().learningRate()), number(loss[0]),
                    number(loss[loss.length - 1]), percent(run.run().finalTrainAccuracy()),
                    percent(run.run().finalValidationAccuracy()), status(run.run())));
        }
        OptimizersExperiment.Run best = r.runs().stream()
                .max(Comparator.comparingDouble(run -> run.run().finalValidationAccuracy())).orElseThrow();
        lines.add("Best final validation accuracy: " + best.optimizer().kind().label() + ", "
                + percent(best.run().finalValidationAccuracy()) + ".");
        return lines;
    }

    static List<String> batchSize(BatchSizeExperiment.Result r) {
        List<String> lines = new ArrayList<>();
        BatchSizeExperiment.Config c = r.config();
        lines.add(String.format(Locale.ROOT, "%s, momentum %s (lr %s) at batch %d for %d epochs: %d steps on %d images; "
                        + "mean final training accuracy over %d seeds %s (min %s, max %s).",
                net(c.hidden()), number(c.momentum().momentum()), number(c.momentum().learningRate()), c.baseBatch(),
                c.baseEpochs(), c.steps(), c.trainSize(), c.seeds().length, percent(r.momentumTrainAccuracy().mean()),
                percent(r.momentumTrainAccuracy().min()), percent(r.momentumTrainAccuracy().max())));
        lines.add(String.format(Locale.ROOT, "Plain SGD runs at lr %s (momentum's lr / (1 - m) = %s), the same number of steps, "
                        + "with batches %s times larger.", number(c.sgd().learningRate()),
                number(c.momentum().learningRate() / (1 - c.momentum().momentum())),
                Arrays.toString(c.batchMultiples())));
        for (BatchSizeExperiment.BatchPoint p : r.sgd()) {
            lines.add(String.format(Locale.ROOT, "plain SGD (lr %s) at batch %d for %d epochs (%d steps): mean %s (min %s, max %s), "
                            + "relative error %s%s", number(c.sgd().learningRate()), p.batchSize(), p.epochs(), p.steps(),
                    percent(p.finalTrainAccuracy().mean()), percent(p.finalTrainAccuracy().min()),
                    percent(p.finalTrainAccuracy().max()), number(p.relativeError()), p.matches() ? " (within " + number(c.tolerance()) + ")" : ""));
        }
        if (r.matchingBatch() > 0) {
            lines.add(String.format(Locale.ROOT, "The smallest SGD batch whose mean final training accuracy is within %s relative "
                    + "error of momentum's: %d, %s times momentum's batch.", number(c.tolerance()), r.matchingBatch(),
                    number((double) r.matchingBatch() / c.baseBatch())));
        } else {
            BatchSizeExperiment.BatchPoint last = r.sgd().get(r.sgd().size() - 1);
            lines.add(String.format(Locale.ROOT, "None of the SGD batches tried (up to %d) comes within %s relative error of "
                            + "momentum's mean; the largest reaches a relative error of %s.", last.batchSize(),
                    number(c.tolerance()), number(last.relativeError())));
        }
        return lines;
    }

    static List<String> bestModel(BestModelExperiment.Result r) {
        List<String> lines = new ArrayList<>();
        BestModelExperiment.Config c = r.config();
        long tried = r.trials().stream().filter(BestModelExperiment.Trial::tried).count();
        lines.add(String.format(Locale.ROOT, "%s, %s init, Adam. Search: %d of %d settings tried in %.1f s (budget %s s), "
                        + "each %d epochs on %d images:", net(c.hidden()), c.init(), tried, r.trials().size(), r.searchSeconds(),
                number(c.searchSeconds()), c.searchEpochs(), c.searchTrainSize()));
        for (BestModelExperiment.Trial t : r.trials()) {
            lines.add(String.format(Locale.ROOT, "lr %s, batch %d, decay %s: %s", number(t.learningRate()), t.batchSize(),
                    number(t.lrDecay()), t.tried() ? "validation accuracy " + percent(t.validationAccuracy())
                            + (t.status() == TrainStatus.DIVERGED ? " (diverged)" : "")
                            : "not tried (the search budget ran out)"));
        }
        BestModelExperiment.Trial ch = r.chosen();
        Object trainSize = ((Map<?, ?>) r.data().get("sizes")).get("train");
        lines.add(String.format(Locale.ROOT, "Chosen: lr %s, batch %d, decay %s. Final run on %s images for up to %d epochs; "
                        + "early stopping kept epoch %d. Validation accuracy %s, test accuracy %s.", number(ch.learningRate()),
                ch.batchSize(), number(ch.lrDecay()), trainSize, c.finalEpochs(), r.bestEpoch(),
                percent(r.validationAccuracy()), percent(r.testAccuracy())));
        return lines;
    }

    private static String status(TrainResult run) {
        return run.divergence().map(d -> " (diverged: " + d.message() + ")").orElse("");
    }

    /** E.g. {@code [100]*5 ReLU net}. */
    static String net(int[] hidden) {
        boolean same = Arrays.stream(hidden).allMatch(w -> w == hidden[0]);
        return (hidden.length > 0 && same ? "[" + hidden[0] + "]*" + hidden.length : Arrays.toString(hidden))
                + " ReLU net";
    }
}
