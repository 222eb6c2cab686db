package org.gdlab.lab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.init.NormalInitializer;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.train.TrainResult;

/**
 * {@code overfit}: a deep net memorizes a handful of training images with plain SGD, the sanity
 * check that the model and the trainer can drive the training loss down at all. The course's
 * learning rate 1e-3 was set for raw 0-255 pixels; gdlab's pixels are scaled to [0, 1], so the
 * same setup runs at a few learning rates, from the course's up, and the smallest that reaches
 * 100% training accuracy is reported.
 */
public final class OverfitExperiment {
    private OverfitExperiment() {
    }

    /**
     * The setup.
     *
     * @param trainSize training images (>= 1)
     * @param validationSize validation images (>= 1)
     * @param hidden hidden widths
     * @param weightStd weights drawn from N(0, weightStd^2) (> 0)
     * @param learningRates SGD's learning rates, each > 0, increasing
     * @param batchSize minibatch size (&gt;= 1, &lt;= trainSize)
     * @param epochs passes (>= 1)
     * @param seed initialization and shuffles
     */
    public record Config(int trainSize, int validationSize, int[] hidden, double weightStd, double[] learningRates, int batchSize, int epochs,
                         long seed) {
        /**
         * Validates every field, naming it.
         *
         * @param trainSize training images (>= 1)
         * @param validationSize validation images (>= 1)
         * @param hidden hidden widths
         * @param weightStd weights drawn from N(0, weightStd^2) (> 0)
         * @param learningRates SGD's learning rates, each > 0, increasing
         * @param batchSize minibatch size (&gt;= 1, &lt;= trainSize)
         * @param epochs passes (>= 1)
         * @param seed initialization and shuffles
         */
        public Config {
            Check.positive("train size", trainSize);
            Check.positive("validation size", validationSize);
            Check.positive("weight std", weightStd);
            LearningRates.check(learningRates);
            for (int i = 1; i < learningRates.length; i++) {
                if (!(learningRates[i] > learningRates[i - 1])) {
                    throw Check.invalid("learning rates", Arrays.toString(learningRates),
                            "must be increasing (the first that memorizes is the smallest)");
                }
            }
            Check.inRange("batch size", batchSize, 1, trainSize);
            Check.positive("epochs", epochs);
        }

        /**
         * The setup: [100]*5, 50 images, std 0.1, batch 25, 20 epochs, at learning rates 1e-3 (the course's),
         * 1e-2, 1e-1 and 3e-1; 1,000 validation images; --quick: 1e-3 and 3e-1 only.
         *
         * @param options {@code --quick} picks the reduced learning rates; {@code --seed} the seed of every run
         * @return the setup, validated
         */
        public static Config of(ExperimentOptions options) {
            double[] rates = options.quick() ? new double[] {1e-3, 3e-1} : new double[] {1e-3, 1e-2, 1e-1, 3e-1};
            return new Config(50, ExperimentOptions.QUICK_VALIDATION_SIZE, NetTraining.layers(5, 100), 0.1, rates, 25, 20, options.seed());
        }
    }

    /**
     * The run at one learning rate.
     *
     * @param learningRate SGD's learning rate
     * @param run the training run (train accuracy per epoch on all {@code trainSize} images)
     * @param finalTrainAccuracy the last epoch's training accuracy
     * @param memorized whether the last epoch reached 100% training accuracy
     */
    public record Run(double learningRate, TrainResult run, double finalTrainAccuracy, boolean memorized) {
        /**
         * The first epoch (from 1) whose training accuracy is 100%, 0 if none is.
         *
         * @return the epoch (from 1), or 0 when no epoch reached 100% training accuracy
         */
        public int firstMemorizedEpoch() {
            double[] accuracy = run.history().trainAccuracy();
            for (int e = 0; e < accuracy.length; e++) {
                if (accuracy[e] == 1.0) {
                    return e + 1;
                }
            }
            return 0;
        }
    }

    /**
     * What the experiment measured.
     *
     * @param config the setup
     * @param data the data's provenance
     * @param runs one per learning rate, in the config's order
     * @param memorizingLearningRate the smallest learning rate that memorized, NaN if none did
     */
    public record Result(Config config, Map<String, Object> data, List<Run> runs, double memorizingLearningRate) {
    }

    /**
     * Runs the setup on {@code options.data()}.
     *
     * @param c the setup, e.g. {@link Config#of}
     * @param options the data set (its first {@code trainSize} training images are used)
     * @param listener told of every run's progress
     * @return one run per learning rate and the smallest learning rate that memorized
     */
    public static Result run(Config c, ExperimentOptions options, ProgressListener listener) {
        DataSplits data = NetTraining.load(options.data(), c.trainSize(), c.validationSize());
        List<Run> runs = new ArrayList<>();
        double memorizing = Double.NaN;
        for (double lr : c.learningRates()) {
            TrainResult run = NetTraining.fit(c.hidden(), new NormalInitializer(c.weightStd()),
                    new OptimizerConfig(OptimizerKind.SGD, lr, 0),
                    NetTraining.trainConfig(c.batchSize(), c.epochs(), 1, c.seed(), data.train().size()), data, listener)
                    .result().training();
            boolean memorized = run.finalTrainAccuracy() == 1.0;
            if (memorized && Double.isNaN(memorizing)) {
                memorizing = lr;
            }
            runs.add(new Run(lr, run, run.finalTrainAccuracy(), memorized));
        }
        return new Result(c, data.provenance(), runs, memorizing);
    }
}
