package org.gdlab.lab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.train.TrainResult;

/**
 * {@code optimizers}: SGD, SGD+momentum, RMSProp and Adam from the same initial weights and the
 * same minibatch order, so that their loss and accuracy curves differ by the update rule alone.
 */
public final class OptimizersExperiment {
    private OptimizersExperiment() {
    }

    /**
     * The setup.
     *
     * @param trainSize training images (>= 1)
     * @param hidden hidden widths
     * @param init the initializer's command-line form (see {@link Initializers})
     * @param batchSize minibatch size
     * @param epochs passes (>= 1)
     * @param optimizers the rules with their learning rates (momentum 0.9 for SGD+momentum)
     * @param seed initialization and shuffles, the same for every optimizer
     */
    public record Config(int trainSize, int[] hidden, String init, int batchSize, int epochs,
                         List<OptimizerConfig> optimizers, long seed) {
        /**
         * Validates every field, naming it.
         *
         * @param trainSize training images (>= 1)
         * @param hidden hidden widths
         * @param init the initializer's command-line form (see {@link Initializers})
         * @param batchSize minibatch size
         * @param epochs passes (>= 1)
         * @param optimizers the rules with their learning rates (momentum 0.9 for SGD+momentum)
         * @param seed initialization and shuffles, the same for every optimizer
         */
        public Config {
            Check.positive("train size", trainSize);
            Initializers.parse("init", init);
            Check.inRange("batch size", batchSize, 1, trainSize);
            Check.positive("epochs", epochs);
            optimizers = List.copyOf(optimizers);
            if (optimizers.isEmpty()) {
                throw Check.invalid("optimizers", optimizers, "at least one is needed");
            }
        }

        /**
         * The setup: [100]*5, He, 4,000 images, 5 epochs, batch 100; --quick: 1,000 images, 2 epochs.
         *
         * @param options {@code --quick} picks the reduced sizes; {@code --seed} the seed of every run
         * @return the setup, validated
         */
        public static Config of(ExperimentOptions options) {
            List<OptimizerConfig> rules = List.of(
                    new OptimizerConfig(OptimizerKind.SGD, 1e-2, 0),
                    new OptimizerConfig(OptimizerKind.MOMENTUM, 1e-2, 0.9),
                    new OptimizerConfig(OptimizerKind.RMSPROP, 1e-4, 0),
                    new OptimizerConfig(OptimizerKind.ADAM, 1e-3, 0));
            return options.quick()
                    ? new Config(1000, NetTraining.layers(5, 100), "he", 100, 2, rules, options.seed())
                    : new Config(4000, NetTraining.layers(5, 100), "he", 100, 5, rules, options.seed());
        }
    }

    /**
     * One optimizer's run.
     *
     * @param optimizer the rule and its hyperparameters
     * @param run loss per iteration, train and validation accuracy per epoch
     */
    public record Run(OptimizerConfig optimizer, TrainResult run) {
    }

    /**
     * What the experiment measured.
     *
     * @param config the setup
     * @param data the data's provenance
     * @param runs one per optimizer, in the config's order
     */
    public record Result(Config config, Map<String, Object> data, List<Run> runs) {
    }

    /**
     * Runs every optimizer of the setup on {@code options.data()}.
     *
     * @param c the setup, e.g. {@link Config#of}
     * @param options the data set to train on
     * @param listener told of every run's progress
     * @return one training run per optimizer
     */
    public static Result run(Config c, ExperimentOptions options, ProgressListener listener) {
        DataSplits data = NetTraining.load(options, c.trainSize());
        List<Run> runs = new ArrayList<>();
        for (OptimizerConfig optimizer : c.optimizers()) {
            runs.add(new Run(optimizer, NetTraining.fit(c.hidden(), Initializers.parse("init", c.init()), optimizer,
                    NetTraining.trainConfig(c.batchSize(), c.epochs(), 1, c.seed(), data.train().size()), data, listener)
                    .result().training()));
        }
        return new Result(c, data.provenance(), runs);
    }
}
