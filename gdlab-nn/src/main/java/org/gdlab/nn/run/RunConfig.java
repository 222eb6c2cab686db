package org.gdlab.nn.run;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.train.StabilityEdge;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.train.TrainingThreads;

/**
 * Everything that defines a training run, validated once: config.json holds exactly this record
 * (snake_case keys), and {@link RunFolder#readConfig} reads it back key for key. Made with
 * {@link #builder(DataSource)}.
 *
 * @param data the data source and its split
 * @param network the architecture (the data gives the inputs and the classes)
 * @param initializer how the weights start, drawn from {@code RandomStream(seed).split("init")}
 * @param optimizer the optimizer of the first stage
 * @param training batch size, epochs (of the whole run), the first stage's schedule, L2, seed,
 *     the accuracy sample and how often the train accuracy is measured
 * @param threads the training threads ({@link TrainingThreads}); the rounding of the summed
 *     gradient depends on the count, so it is part of the run
 * @param stages the later stages made by resuming with another optimizer or schedule, in order of
 *     their first epoch, each before the last epoch; empty for a run of one stage
 */
public record RunConfig(DataConfig data, NetSpec network, Initializer initializer, OptimizerConfig optimizer,
                        TrainConfig training, int threads, List<Stage> stages) {
    /**
     * Checks that every part is given, the thread count and the order of the stages; when the
     * sharpness is tracked, that the net has no dropout or batch norm and that every stage's
     * optimizer has a {@link StabilityEdge}.
     *
     * @param data the data source and its split, not null
     * @param network the architecture, not null
     * @param initializer how the weights start, not null
     * @param optimizer the first stage's optimizer, not null
     * @param training the training settings, not null
     * @param threads the training threads, in [1, {@link FullyConnectedNet#MAX_TEAM}]
     * @param stages the later stages, in order of their first epoch
     */
    public RunConfig {
        if (data == null || network == null || initializer == null || optimizer == null || training == null) {
            throw Check.invalid("run config", data == null ? "data" : network == null ? "network"
                    : initializer == null ? "initializer" : optimizer == null ? "optimizer" : "training", "must be given");
        }
        Check.inRange("threads", threads, 1, FullyConnectedNet.MAX_TEAM);
        stages = List.copyOf(stages);
        int previous = 0;
        for (Stage s : stages) {
            if (s.fromEpoch() <= previous || s.fromEpoch() >= training.epochs()) {
                throw Check.invalid("stage first epoch", s.fromEpoch(), "must be after " + previous
                        + " (the stage before) and before the run's " + training.epochs() + " epochs");
            }
            previous = s.fromEpoch();
        }
        if (training.sharpness().isPresent()) {
            if (network.dropout() > 0) {
                throw Check.invalid("dropout", network.dropout(), "must be 0 to track the sharpness (the loss of a "
                        + "net with dropout is random)");
            }
            if (network.batchNorm()) {
                throw Check.invalid("batch norm", true, "cannot be combined with tracking the sharpness (its "
                        + "Hessian-vector product is not written)");
            }
            StabilityEdge.of(optimizer.create());
            stages.forEach(s -> StabilityEdge.of(s.optimizer().create()));
        }
    }

    /**
     * A builder with the defaults of {@code gdlab train}: the default split of {@code source}, a
     * float32 ReLU net 100x5, He initialization, Adam at 1e-3, batch 100, 5 epochs, a constant
     * rate, seed 0, {@link TrainingThreads#DEFAULT} threads.
     *
     * @param source the data to train on
     * @return a new builder
     */
    public static Builder builder(DataSource source) {
        return new Builder(DataConfig.of(source));
    }

    /**
     * The same run trained to {@code epochs} epochs in all.
     *
     * @param epochs the epochs of the whole run, {@code >= 1}
     * @return a validated copy
     */
    public RunConfig withEpochs(int epochs) {
        return new RunConfig(data, network, initializer, optimizer, training.withEpochs(epochs), threads, stages);
    }

    /**
     * The same run with a later stage appended; it replaces the last stage when both start at the
     * same epoch (a run resumed twice from the same checkpoint).
     *
     * @param stage the stage, starting after the last stage's first epoch
     * @return a validated copy
     */
    public RunConfig withStage(Stage stage) {
        List<Stage> more = new ArrayList<>(stages);
        if (!more.isEmpty() && more.get(more.size() - 1).fromEpoch() == stage.fromEpoch()) {
            more.remove(more.size() - 1);
        }
        more.add(stage);
        return new RunConfig(data, network, initializer, optimizer, training, threads, more);
    }

    /**
     * The same run with its data read from another source, split the same way.
     *
     * @param source the other data source
     * @return a validated copy
     */
    public RunConfig withSource(DataSource source) {
        return new RunConfig(data.withSource(source), network, initializer,
                optimizer, training, threads, stages);
    }

    /**
     * The optimizer and schedule of the last stage: what trains the run's last epoch.
     *
     * @return the last of {@link #stages()}, or the first stage (from epoch 1) when there are none
     */
    public Stage lastStage() {
        return stages.isEmpty() ? new Stage(1, optimizer, training.schedule()) : stages.get(stages.size() - 1);
    }

    /** Builds a {@link RunConfig}; each setter replaces one part. */
    public static final class Builder {
        private DataConfig data;
        private NetSpec network = NetSpec.relu(100, 100, 100, 100, 100);
        private Initializer initializer = new HeInitializer();
        private OptimizerConfig optimizer = OptimizerConfig.of(OptimizerKind.ADAM);
        private TrainConfig training = TrainConfig.of(100, 5, 0);
        private int threads = TrainingThreads.DEFAULT;

        private Builder(DataConfig data) {
            this.data = data;
        }

        /**
         * The data and its split.
         *
         * @param d the data config
         * @return this builder
         */
        public Builder data(DataConfig d) {
            this.data = d;
            return this;
        }

        /**
         * The architecture.
         *
         * @param n the architecture
         * @return this builder
         */
        public Builder network(NetSpec n) {
            this.network = n;
            return this;
        }

        /**
         * The initializer.
         *
         * @param i the initializer
         * @return this builder
         */
        public Builder initializer(Initializer i) {
            this.initializer = i;
            return this;
        }

        /**
         * The optimizer.
         *
         * @param o the first stage's optimizer
         * @return this builder
         */
        public Builder optimizer(OptimizerConfig o) {
            this.optimizer = o;
            return this;
        }

        /**
         * Batch size, epochs, schedule, L2, seed and accuracy sampling.
         *
         * @param t the training settings
         * @return this builder
         */
        public Builder training(TrainConfig t) {
            this.training = t;
            return this;
        }

        /**
         * The training threads.
         *
         * @param n the thread count, in [1, {@link FullyConnectedNet#MAX_TEAM}]
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /**
         * The validated config, of one stage.
         *
         * @return the config
         */
        public RunConfig build() {
            return new RunConfig(data, network, initializer, optimizer, training, threads, List.of());
        }
    }
}
