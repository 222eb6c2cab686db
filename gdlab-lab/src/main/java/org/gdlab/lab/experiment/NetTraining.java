package org.gdlab.lab.experiment;

import java.util.Arrays;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.SourceData;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.train.TrainingThreads;

/**
 * The step every experiment shares: a float32 ReLU network of the given hidden widths for the
 * data's features and classes, initialized from {@code RandomStream(seed).split("init")}, trained
 * by {@link TrainRun}, the pipeline of {@code gdlab train}.
 */
final class NetTraining {
    private NetTraining() {
    }

    /** The options' data split with {@code trainSize} training examples (all of them when 0). */
    static DataSplits load(ExperimentOptions options, int trainSize) {
        return load(options.data(), trainSize, options.validationSize());
    }

    /**
     * The source split with {@code trainSize} training examples (all of them when 0) and {@code validationSize}
     * validation ones.
     *
     * @throws IllegalArgumentException naming {@code --data} (an experiment has no size options) when the source
     *     has too few training examples for the experiment
     */
    static DataSplits load(DataSource source, int trainSize, int validationSize) {
        DataConfig config = DataConfig.of(source).withValidationSize(validationSize);
        SourceData data = source.load(DataLocator.system());
        int needed = validationSize + Math.max(trainSize, 1);
        if (data.train().size() < needed) {
            throw Check.invalid("--data", source.spec(), "the experiment needs " + needed + " training examples ("
                    + (trainSize == 0 ? "at least 1" : trainSize) + " to train, " + validationSize + " to validate); it has "
                    + data.train().size());
        }
        return DataSplits.split(trainSize == 0 ? config : config.withTrainSize(trainSize), data);
    }

    /** A new float32 ReLU network for {@code data}, its weights drawn from {@code init}, as {@link TrainRun} draws them. */
    static FullyConnectedNet newNet(int[] hidden, DataSplits data, Initializer init, long seed) {
        return TrainRun.initialNet(config(hidden, data, init, OptimizerConfig.of(OptimizerKind.SGD),
                TrainConfig.of(1, 1, seed)), data);
    }

    /**
     * Trains a float32 ReLU network of {@code hidden} widths on {@code data} through
     * {@link TrainRun} with the standard training threads ({@link TrainingThreads#standard()});
     * the returned network holds the best parameters.
     */
    static TrainRun.Trained fit(int[] hidden, Initializer init, OptimizerConfig optimizer, TrainConfig train, DataSplits data,
                                ProgressListener listener) {
        return TrainRun.runOn(config(hidden, data, init, optimizer, train), data, listener);
    }

    /** The run {@link #fit} trains, for experiments that run their points as a sweep ({@link SweptRuns}). */
    static RunConfig config(int[] hidden, DataSplits data, Initializer init, OptimizerConfig optimizer,
                            TrainConfig train) {
        return RunConfig.builder(data.config().source()).data(data.config()).network(NetSpec.relu(hidden))
                .initializer(init).optimizer(optimizer).training(train).threads(TrainingThreads.standard()).build();
    }

    /** A train config without regularization, measuring the train accuracy on {@code accuracySample} training images. */
    static TrainConfig trainConfig(int batchSize, int epochs, double lrDecay, long seed, int accuracySample) {
        return TrainConfig.of(batchSize, epochs, seed).withSchedule(LrSchedule.stepDecay(lrDecay))
                .withAccuracySample(accuracySample);
    }

    /** The standard deviation of each affine layer's weight matrix, layer 1 first. */
    static double[] weightStds(FullyConnectedNet net) {
        double[] stds = new double[net.depth()];
        for (int l = 1; l <= stds.length; l++) {
            double[] w = net.parameters().get("W" + l).value().toDoubleArray();
            double mean = 0;
            for (double v : w) {
                mean += v;
            }
            mean /= w.length;
            double ss = 0;
            for (double v : w) {
                ss += (v - mean) * (v - mean);
            }
            stds[l - 1] = Math.sqrt(ss / w.length);
        }
        return stds;
    }

    /** {@code count} layers of {@code width}. */
    static int[] layers(int count, int width) {
        int[] hidden = new int[count];
        Arrays.fill(hidden, width);
        return hidden;
    }
}
