package org.gdlab.lab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.sweep.Assignment;
import org.gdlab.sweep.Setting;
import org.gdlab.sweep.SweepPlan;
import org.gdlab.sweep.SweepPoint;

/**
 * {@code batch-size}: momentum as a larger effective batch. SGD+momentum at the base batch for
 * {@code E} epochs takes {@code S = (n / base) E} steps; plain SGD at batch {@code k base} runs
 * {@code k E} epochs, the same {@code S} steps. Over several seeds, the smallest SGD batch whose
 * mean final training accuracy {@code a_k} satisfies {@code |a_k - a_m| / a_m <= tolerance}
 * ({@code a_m}: momentum's mean) is the batch that matches momentum.
 */
public final class BatchSizeExperiment {
    private BatchSizeExperiment() {
    }

    /**
     * The setup.
     *
     * @param trainSize training images; {@code trainSize / baseBatch} must be a multiple of every batch multiple
     * @param validationSize validation images (>= 1; measured every epoch, not used by the comparison)
     * @param hidden hidden widths
     * @param init the initializer's command-line form
     * @param baseBatch momentum's batch size
     * @param baseEpochs momentum's epochs
     * @param batchMultiples the SGD batch sizes as multiples of {@code baseBatch}, increasing
     * @param seeds the seeds, each one run of every setting
     * @param momentum the momentum rule
     * @param sgd the plain rule
     * @param tolerance the largest relative error of a matching mean, in (0, 1)
     */
    public record Config(int trainSize, int validationSize, int[] hidden, String init, int baseBatch, int baseEpochs, int[] batchMultiples,
                         long[] seeds, OptimizerConfig momentum, OptimizerConfig sgd, double tolerance) {
        /**
         * Validates every field, naming it; the step counts must be equal.
         *
         * @param trainSize training images; {@code trainSize / baseBatch} must be a multiple of every batch multiple
         * @param validationSize validation images (>= 1; measured every epoch, not used by the comparison)
         * @param hidden hidden widths
         * @param init the initializer's command-line form
         * @param baseBatch momentum's batch size
         * @param baseEpochs momentum's epochs
         * @param batchMultiples the SGD batch sizes as multiples of {@code baseBatch}, increasing
         * @param seeds the seeds, each one run of every setting
         * @param momentum the momentum rule
         * @param sgd the plain rule
         * @param tolerance the largest relative error of a matching mean, in (0, 1)
         */
        public Config {
            Check.positive("train size", trainSize);
            Check.positive("validation size", validationSize);
            Initializers.parse("init", init);
            Check.inRange("base batch", baseBatch, 1, trainSize);
            Check.positive("base epochs", baseEpochs);
            if (seeds.length == 0) {
                throw Check.invalid("seeds", "[]", "at least one seed is needed");
            }
            int perEpoch = trainSize / baseBatch;
            if (trainSize % baseBatch != 0) {
                throw Check.invalid("train size", trainSize, "must be a multiple of the base batch " + baseBatch);
            }
            for (int k : batchMultiples) {
                if (k < 1 || perEpoch % k != 0) {
                    throw Check.invalid("batch multiple", k, "must divide train size / base batch = " + perEpoch
                            + " so that every batch takes the same number of steps");
                }
            }
            Check.inHalfOpenRange("tolerance", tolerance, 0, 1);
        }

        /**
         * The setup: [100]*5, He, 6,000 images, momentum (m 0.9, lr 1e-2) at batch 100 for 5 epochs, plain
         * SGD at momentum's effective learning rate lr / (1 - m) = 0.1 (so that the runs differ in how many gradients
         * each step averages, not in step size) at batches 100, 200 and 400, seeds s, s+1, s+2,
         * tolerance 0.04, 1,000 validation images; --quick: 1,000 images, 2 epochs, batches 100, 200, 500, 2 seeds.
         *
         * @param options {@code --quick} picks the reduced sizes; {@code --seed s} the seeds {@code s, s+1, ...}
         * @return the setup, validated
         */
        public static Config of(ExperimentOptions options) {
            long s = options.seed();
            OptimizerConfig momentum = new OptimizerConfig(OptimizerKind.MOMENTUM, 1e-2, 0.9);
            OptimizerConfig sgd = new OptimizerConfig(OptimizerKind.SGD, momentum.learningRate() / (1 - momentum.momentum()), 0);
            return options.quick()
                    ? new Config(1000, ExperimentOptions.QUICK_VALIDATION_SIZE, NetTraining.layers(5, 100), "he", 100, 2, new int[] {1, 2, 5},
                            new long[] {s, s + 1}, momentum, sgd, 0.04)
                    : new Config(6000, ExperimentOptions.QUICK_VALIDATION_SIZE, NetTraining.layers(5, 100), "he", 100, 5, new int[] {1, 2, 4},
                            new long[] {s, s + 1, s + 2}, momentum, sgd, 0.04);
        }

        /**
         * The steps every run takes.
         *
         * @return {@code (trainSize / baseBatch) * baseEpochs}, the same for momentum and every SGD batch
         */
        public long steps() {
            return (long) (trainSize / baseBatch) * baseEpochs;
        }
    }

    /**
     * Plain SGD at one batch size.
     *
     * @param batchSize the batch
     * @param epochs its epochs (the base epochs times the multiple)
     * @param steps its steps (equal to momentum's)
     * @param finalTrainAccuracy over the seeds
     * @param relativeError {@code |mean - momentum's mean| / momentum's mean}
     * @param matches whether the relative error is within the tolerance
     */
    public record BatchPoint(int batchSize, int epochs, long steps, SeedSummary finalTrainAccuracy, double relativeError,
                             boolean matches) {
    }

    /**
     * What the experiment measured.
     *
     * @param config the setup
     * @param data the data's provenance
     * @param momentumTrainAccuracy momentum's final training accuracy over the seeds
     * @param momentumEpochAccuracy momentum's training accuracy per epoch, {@code [seed][epoch]}
     * @param sgd plain SGD at each batch size
     * @param matchingBatch the smallest SGD batch that matches momentum, 0 when none of the tried ones does
     */
    public record Result(Config config, Map<String, Object> data, SeedSummary momentumTrainAccuracy,
                         double[][] momentumEpochAccuracy, List<BatchPoint> sgd, int matchingBatch) {
    }

    /**
     * Runs momentum and every SGD batch for every seed on {@code options.data()}, as the points of
     * a sweep ({@code optim=momentum_batch=100_epochs=5_seed=0}, ...) on the local engine.
     *
     * @param c the setup, e.g. {@link Config#of}
     * @param options the data set (its first {@code trainSize} training images are used)
     * @param listener told of every run's progress
     * @return momentum's accuracy over the seeds, each SGD batch's, and the smallest batch that matches
     */
    public static Result run(Config c, ExperimentOptions options, ProgressListener listener) {
        DataSplits data = NetTraining.load(options.data(), c.trainSize(), c.validationSize());
        int seeds = c.seeds().length;
        List<SweepPoint> points = new ArrayList<>();
        for (long seed : c.seeds()) {
            points.add(point(points.size(), c, data, c.momentum(), c.baseBatch(), c.baseEpochs(), seed));
        }
        for (int k : c.batchMultiples()) {
            for (long seed : c.seeds()) {
                points.add(point(points.size(), c, data, c.sgd(), k * c.baseBatch(), k * c.baseEpochs(), seed));
            }
        }
        List<TrainResult> runs = SweptRuns.run(points, data, Optional.empty(), listener).stream()
                .map(r -> r.orElseThrow().training()).toList();
        double[] momentumFinal = new double[seeds];
        double[][] momentumEpochs = new double[seeds][];
        for (int s = 0; s < seeds; s++) {
            momentumFinal[s] = runs.get(s).finalTrainAccuracy();
            momentumEpochs[s] = runs.get(s).history().trainAccuracy();
        }
        SeedSummary momentum = SeedSummary.of(momentumFinal);
        List<BatchPoint> sgd = new ArrayList<>();
        int matching = 0;
        for (int i = 0; i < c.batchMultiples().length; i++) {
            int batch = c.batchMultiples()[i] * c.baseBatch();
            int epochs = c.batchMultiples()[i] * c.baseEpochs();
            double[] finals = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                finals[s] = runs.get(seeds * (i + 1) + s).finalTrainAccuracy();
            }
            SeedSummary summary = SeedSummary.of(finals);
            double relativeError = Math.abs(summary.mean() - momentum.mean()) / momentum.mean();
            boolean matches = relativeError <= c.tolerance();
            if (matches && matching == 0) {
                matching = batch;
            }
            sgd.add(new BatchPoint(batch, epochs, (long) (c.trainSize() / batch) * epochs, summary, relativeError, matches));
        }
        return new Result(c, data.provenance(), momentum, momentumEpochs, sgd, matching);
    }

    private static SweepPoint point(int index, Config c, DataSplits data, OptimizerConfig rule, int batch, int epochs,
                                    long seed) {
        List<Assignment> values = List.of(new Assignment(Setting.OPTIM, rule.kind().label()),
                new Assignment(Setting.BATCH, "" + batch), new Assignment(Setting.EPOCHS, "" + epochs),
                new Assignment(Setting.SEED, "" + seed));
        return new SweepPoint(index, SweepPlan.name(values), values, NetTraining.config(c.hidden(), data,
                Initializers.parse("init", c.init()), rule, NetTraining.trainConfig(batch, epochs, 1, seed, data.train().size())));
    }
}
