package org.gdlab.lab.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.train.TrainResult;

/**
 * {@code init}: zero, small random and He initialization of a deep narrow ReLU net trained by
 * plain SGD: the loss, the accuracies, the mean gradient norm per iteration and each layer's
 * gradient norm, and the weight standard deviation of each layer before and after training. The
 * course's learning rate 1e-3 was set for raw 0-255 pixels; gdlab's pixels are in [0, 1], so every
 * initializer also runs at a larger rate.
 */
public final class InitExperiment {
    /** A layer whose first gradient norm is at most this fraction of the largest layer's gets no gradient to speak of. */
    public static final double RELATIVE_THRESHOLD = 1e-6;

    private InitExperiment() {
    }

    /**
     * The setup.
     *
     * @param trainSize training images (>= 1)
     * @param hidden hidden widths
     * @param learningRates SGD's learning rates, each > 0; every initializer runs at each
     * @param batchSize minibatch size
     * @param epochs passes (>= 1)
     * @param initializers the initializers' command-line forms, e.g. {@code zero}, {@code random:0.01}, {@code he}
     * @param seed initialization and shuffles, the same for every initializer
     */
    public record Config(int trainSize, int[] hidden, double[] learningRates, int batchSize, int epochs,
                         List<String> initializers, long seed) {
        /**
         * Validates every field, naming it.
         *
         * @param trainSize training images (>= 1)
         * @param hidden hidden widths
         * @param learningRates SGD's learning rates, each > 0; every initializer runs at each
         * @param batchSize minibatch size
         * @param epochs passes (>= 1)
         * @param initializers the initializers' command-line forms, e.g. {@code zero}, {@code random:0.01}, {@code he}
         * @param seed initialization and shuffles, the same for every initializer
         */
        public Config {
            Check.positive("train size", trainSize);
            LearningRates.check(learningRates);
            Check.inRange("batch size", batchSize, 1, trainSize);
            Check.positive("epochs", epochs);
            initializers = List.copyOf(initializers);
            initializers.forEach(i -> Initializers.parse("initializer", i));
        }

        /**
         * The setup: [50]*10, SGD at lr 1e-3 (the course's) and 1e-2, 4,000 images, 5 epochs, batch 100;
         * --quick: 1,000 images, 2 epochs.
         *
         * @param options {@code --quick} picks the reduced sizes; {@code --seed} the seed of every run
         * @return the setup, validated
         */
        public static Config of(ExperimentOptions options) {
            List<String> inits = List.of("zero", "random:0.01", "he");
            double[] rates = {1e-3, 1e-2};
            return options.quick()
                    ? new Config(1000, NetTraining.layers(10, 50), rates, 100, 2, inits, options.seed())
                    : new Config(4000, NetTraining.layers(10, 50), rates, 100, 5, inits, options.seed());
        }
    }

    /**
     * One initializer's run at one learning rate.
     *
     * @param initializer its command-line form
     * @param learningRate SGD's learning rate
     * @param initialWeightStds the standard deviation of each layer's weights at initialization, layer 1 first
     * @param finalWeightStds the same after training (the parameters the trainer kept)
     * @param run loss, mean and per-layer gradient norms per iteration, accuracies per epoch
     */
    public record Run(String initializer, double learningRate, double[] initialWeightStds, double[] finalWeightStds, TrainResult run) {
        /**
         * The layers (from 1) that get gradient at the first iteration: their gradient norm {@code g_l} is above 0
         * and above {@link #RELATIVE_THRESHOLD} {@code max_k g_k}; none when no iteration ran.
         *
         * @return the layers {@code l} (from 1) with {@code g_l > 0} and {@code g_l > RELATIVE_THRESHOLD * max_k g_k}, increasing
         */
        public List<Integer> layersWithGradient() {
            double[][] norms = run.history().layerGradientNorms();
            if (run.history().loss().length == 0) {
                return List.of();
            }
            double largest = Arrays.stream(norms).mapToDouble(layer -> layer[0]).max().orElse(0);
            List<Integer> layers = new ArrayList<>();
            for (int l = 0; l < norms.length; l++) {
                if (norms[l][0] > 0 && norms[l][0] > RELATIVE_THRESHOLD * largest) {
                    layers.add(l + 1);
                }
            }
            return layers;
        }
    }

    /**
     * What the experiment measured.
     *
     * @param config the setup
     * @param data the data's provenance
     * @param runs one per learning rate and initializer, learning rates outer, in the config's order
     */
    public record Result(Config config, Map<String, Object> data, List<Run> runs) {
    }

    /**
     * Runs every initializer of the setup on {@code options.data()}.
     *
     * @param c the setup, e.g. {@link Config#of}
     * @param options the data set to train on
     * @param listener told of every run's progress
     * @return one run per learning rate and initializer, with the weight scales before and after training
     */
    public static Result run(Config c, ExperimentOptions options, ProgressListener listener) {
        DataSplits data = NetTraining.load(options, c.trainSize());
        List<Run> runs = new ArrayList<>();
        for (double lr : c.learningRates()) {
            OptimizerConfig sgd = new OptimizerConfig(OptimizerKind.SGD, lr, 0);
            for (String init : c.initializers()) {
                Initializer initializer = Initializers.parse("initializer", init);
                double[] initial = NetTraining.weightStds(NetTraining.newNet(c.hidden(), data, initializer, c.seed()));
                TrainRun.Trained run = NetTraining.fit(c.hidden(), initializer, sgd,
                        NetTraining.trainConfig(c.batchSize(), c.epochs(), 1, c.seed(), data.train().size()), data, listener);
                runs.add(new Run(init, lr, initial, NetTraining.weightStds(run.net()), run.result().training()));
            }
        }
        return new Result(c, data.provenance(), runs);
    }
}
