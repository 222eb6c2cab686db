package org.gdlab.report.lab;

import static org.gdlab.report.NumberText.number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.lab.experiment.BatchSizeExperiment;
import org.gdlab.lab.experiment.BestModelExperiment;
import org.gdlab.lab.experiment.EdgeOfStabilityExperiment;
import org.gdlab.lab.experiment.InitExperiment;
import org.gdlab.lab.experiment.OptimizersExperiment;
import org.gdlab.lab.experiment.OverfitExperiment;
import org.gdlab.report.sharpness.EdgeOfStabilityCharts;
import org.gdlab.nn.train.TrainHistory;
import org.gdlab.report.ChartData;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.Hue;
import org.gdlab.report.Look;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.OptimizerKind;

/**
 * The charts of each experiment, by file name (without extension), drawn from its results record
 * alone. Optimizers and initializers have their {@link Hue} in every chart; train is solid,
 * validation dashed.
 */
public final class ExperimentCharts {
    private ExperimentCharts() {
    }

    /**
     * The charts of any experiment's results record.
     *
     * @param result the {@code Result} record of one of the lab's experiments
     * @return the charts by file name (without extension), in drawing order
     * @throws IllegalArgumentException when {@code result} is not an experiment's results record
     */
    public static Map<String, ChartSpec> of(Object result) {
        if (result instanceof OverfitExperiment.Result r) {
            return overfit(r);
        } else if (result instanceof OptimizersExperiment.Result r) {
            return optimizers(r);
        } else if (result instanceof BatchSizeExperiment.Result r) {
            return batchSize(r);
        } else if (result instanceof InitExperiment.Result r) {
            return init(r);
        } else if (result instanceof BestModelExperiment.Result r) {
            return bestModel(r);
        } else if (result instanceof EdgeOfStabilityExperiment.Result r) {
            return EdgeOfStabilityCharts.of(r);
        }
        throw new IllegalArgumentException("result = " + result.getClass().getSimpleName()
                + " is not allowed: must be the results record of an experiment");
    }

    /** {@code train-accuracy}: the training accuracy of the 50 images per epoch, one line per learning rate. */
    static Map<String, ChartSpec> overfit(OverfitExperiment.Result r) {
        ChartSpec.Builder acc = ChartSpec.builder("Overfitting " + r.config().trainSize() + " images: training accuracy",
                "epoch", "training accuracy");
        for (int k = 0; k < r.runs().size(); k++) {
            OverfitExperiment.Run run = r.runs().get(k);
            perEpoch(acc, "SGD lr " + number(run.learningRate()), run.run().history().trainAccuracy(),
                    Look.solid(Hue.ordered(k, r.runs().size())));
        }
        return Map.of("train-accuracy", acc.build());
    }

    /** {@code loss} per iteration, {@code train-accuracy} and {@code validation-accuracy} per epoch, one line per optimizer. */
    static Map<String, ChartSpec> optimizers(OptimizersExperiment.Result r) {
        ChartSpec.Builder loss = ChartSpec.builder("Training loss per iteration", "iteration", "loss");
        ChartSpec.Builder train = ChartSpec.builder("Training accuracy per epoch", "epoch", "training accuracy");
        ChartSpec.Builder val = ChartSpec.builder("Validation accuracy per epoch", "epoch", "validation accuracy");
        for (OptimizersExperiment.Run run : r.runs()) {
            String name = run.optimizer().kind().label() + " lr " + number(run.optimizer().learningRate());
            TrainHistory h = run.run().history();
            Hue hue = Hue.optimizer(run.optimizer().kind());
            perIteration(loss, name, h.loss(), Look.solid(hue));
            perEpoch(train, name, h.trainAccuracy(), Look.solid(hue).withMark(Look.Mark.CIRCLE));
            perEpoch(val, name, h.validationAccuracy(), Look.dashed(hue).withMark(Look.Mark.CIRCLE));
        }
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        charts.put("loss", loss.build());
        charts.put("train-accuracy", train.build());
        charts.put("validation-accuracy", val.build());
        return charts;
    }

    /**
     * {@code final-train-accuracy}: plain SGD's mean final training accuracy against its batch size
     * (log scale) with its min-max band over the seeds shaded, and momentum's mean and band as
     * horizontal ones, with the tolerance line.
     */
    static Map<String, ChartSpec> batchSize(BatchSizeExperiment.Result r) {
        List<BatchSizeExperiment.BatchPoint> points = r.sgd();
        double[] batch = points.stream().mapToDouble(BatchSizeExperiment.BatchPoint::batchSize).toArray();
        double[] mean = points.stream().mapToDouble(p -> p.finalTrainAccuracy().mean()).toArray();
        double[] min = points.stream().mapToDouble(p -> p.finalTrainAccuracy().min()).toArray();
        double[] max = points.stream().mapToDouble(p -> p.finalTrainAccuracy().max()).toArray();
        double[] ends = {batch[0], batch[batch.length - 1]};
        int seeds = r.config().seeds().length;
        ChartSpec.Builder b = ChartSpec.builder("Plain SGD at equal steps (" + r.config().steps() + ") against momentum at batch "
                        + r.config().baseBatch() + ", " + seeds + " seeds", "SGD batch size", "final training accuracy")
                .logX()
                .band("SGD min to max over the seeds", batch, min, max, Hue.optimizer(OptimizerKind.SGD))
                .band("momentum min to max over the seeds", ends, flat(r.momentumTrainAccuracy().min()),
                        flat(r.momentumTrainAccuracy().max()), Hue.optimizer(OptimizerKind.MOMENTUM))
                .series("SGD mean", batch, mean, Look.solid(Hue.optimizer(OptimizerKind.SGD)).withMark(Look.Mark.CIRCLE))
                .series("momentum mean " + number(r.momentumTrainAccuracy().mean()), ends, flat(r.momentumTrainAccuracy().mean()),
                        Look.solid(Hue.optimizer(OptimizerKind.MOMENTUM)))
                .series("momentum mean x (1 - " + number(r.config().tolerance()) + ")", ends,
                        flat(r.momentumTrainAccuracy().mean() * (1 - r.config().tolerance())), Look.reference());
        if (r.matchingBatch() > 0) {
            b.marker(r.matchingBatch(), "smallest matching batch " + r.matchingBatch(),
                    new Look(Hue.REFERENCE, Look.Line.DOTTED, Look.Mark.DOWN_TRIANGLE));
        }
        return Map.of("final-train-accuracy", b.build());
    }

    /**
     * {@code loss} and {@code gradient-norm} (log) per iteration, {@code accuracy} per epoch (train
     * solid, validation dashed), and {@code layer-gradient-norms}: each layer's gradient norm at the
     * first (solid, circles) and the last iteration (dashed, triangles), log scale. Each initializer
     * has its {@link Hue#initializer hue}; runs at a second learning rate are dotted.
     */
    static Map<String, ChartSpec> init(InitExperiment.Result r) {
        ChartSpec.Builder loss = ChartSpec.builder("Training loss per iteration", "iteration", "loss");
        ChartSpec.Builder norm = ChartSpec.builder("Mean gradient norm over the layers per iteration (zeros not drawn)",
                "iteration", "mean gradient norm").logY();
        ChartSpec.Builder acc = ChartSpec.builder("Accuracy per epoch", "epoch", "accuracy");
        ChartSpec.Builder layers = ChartSpec.builder("Gradient norm of each layer at the first and last iteration, lr "
                        + number(r.config().learningRates()[0]) + " (zeros not drawn)", "layer", "gradient norm").logY();
        for (InitExperiment.Run run : r.runs()) {
            TrainHistory h = run.run().history();
            String name = InitExplanation.label(run);
            Hue hue = Hue.initializer(Initializers.parse("initializer", run.initializer()));
            boolean firstRate = run.learningRate() == r.config().learningRates()[0];
            Look main = firstRate ? Look.solid(hue) : new Look(hue, Look.Line.DOTTED, Look.Mark.NONE);
            perIteration(loss, name, h.loss(), main);
            perIteration(norm, name, h.gradientNorm(), main);
            perEpoch(acc, name + " train", h.trainAccuracy(), main.withMark(Look.Mark.CIRCLE));
            perEpoch(acc, name + " validation", h.validationAccuracy(),
                    (firstRate ? Look.dashed(hue) : main).withMark(Look.Mark.SQUARE));
            double[][] perLayer = h.layerGradientNorms();
            double[] index = ChartData.indices(1, perLayer.length);
            double[] first = new double[perLayer.length];
            double[] last = new double[perLayer.length];
            for (int k = 0; k < perLayer.length; k++) {
                first[k] = perLayer[k].length == 0 ? Double.NaN : perLayer[k][0];
                last[k] = perLayer[k].length == 0 ? Double.NaN : perLayer[k][perLayer[k].length - 1];
            }
            if (firstRate) {
                layers.series(run.initializer() + " first iteration", index, first, Look.solid(hue).withMark(Look.Mark.CIRCLE));
                layers.series(run.initializer() + " last iteration", index, last, Look.dashed(hue).withMark(Look.Mark.DOWN_TRIANGLE));
            }
        }
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        charts.put("loss", loss.build());
        charts.put("gradient-norm", norm.build());
        charts.put("accuracy", acc.build());
        charts.put("layer-gradient-norms", layers.build());
        return charts;
    }

    /** {@code search}: validation accuracy of each tried setting; {@code accuracy}: the final run per epoch. */
    static Map<String, ChartSpec> bestModel(BestModelExperiment.Result r) {
        List<BestModelExperiment.Trial> tried = r.trials().stream().filter(BestModelExperiment.Trial::tried).toList();
        double[] index = ChartData.indices(1, tried.size());
        double[] val = tried.stream().mapToDouble(BestModelExperiment.Trial::validationAccuracy).toArray();
        ChartSpec search = ChartSpec.builder("Search: best validation accuracy of each tried setting ("
                        + r.config().searchEpochs() + " epochs on " + r.config().searchTrainSize() + " images)",
                        "trial", "validation accuracy")
                .series("trials", index, val, Look.points(Hue.slot(0), Look.Mark.CIRCLE)).build();
        TrainHistory h = r.run().history();
        ChartSpec.Builder acc = ChartSpec.builder("Final run: accuracy per epoch", "epoch", "accuracy");
        perEpoch(acc, "train (sample)", h.trainAccuracy(), Look.solid(Hue.slot(0)));
        perEpoch(acc, "validation", h.validationAccuracy(), Look.dashed(Hue.slot(0)));
        if (r.bestEpoch() > 0) {
            acc.marker(r.bestEpoch(), "kept: epoch " + r.bestEpoch(), new Look(Hue.REFERENCE, Look.Line.DOTTED, Look.Mark.DIAMOND));
        }
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        charts.put("search", search);
        charts.put("accuracy", acc.build());
        return charts;
    }

    /** Adds the finite prefix of a per-epoch series against epochs 1, 2, .... */
    private static void perEpoch(ChartSpec.Builder chart, String name, double[] values, Look look) {
        double[] y = ChartData.finitePrefix(values);
        chart.series(name, ChartData.indices(1, y.length), y, look);
    }

    /** Adds the finite prefix of a per-iteration series against iterations 0, 1, .... */
    private static void perIteration(ChartSpec.Builder chart, String name, double[] values, Look look) {
        double[] y = ChartData.finitePrefix(values);
        chart.series(name, ChartData.indices(0, y.length), y, look);
    }

    private static double[] flat(double v) {
        return new double[] {v, v};
    }
}
