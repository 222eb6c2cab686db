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
     */
    public static Builder builder(DataSource source) {
        return new Builder(DataConfig.of(source));
    }

    /** The same run trained to {@code epochs} epochs in all. */
    public RunConfig withEpochs(int epochs) {
        return new RunConfig(data, network, initializer, optimizer, training.withEpochs(epochs), threads, stages);
    }

    /**
     * The same run with a later stage appended; it replaces the last stage when both start at the
     * same epoch (a run resumed twice from the same checkpoint).
     */
    public RunConfig withStage(Stage stage) {
        List<Stage> more = new ArrayList<>(stages);
        if (!more.isEmpty() && more.get(more.size() - 1).fromEpoch() == stage.fromEpoch()) {
            more.remove(more.size() - 1);
        }
        more.add(stage);
        return new RunConfig(data, network, initializer, optimizer, training, threads, more);
    }

    /** The same run with its data read from another source, split the same way. */
    public RunConfig withSource(DataSource source) {
        return new RunConfig(data.withSource(source), network, initializer,
                optimizer, training, threads, stages);
    }

    /** The optimizer and schedule of the last stage: what trains the run's last epoch. */
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

        /** The data and its split. */
        public Builder data(DataConfig d) {
            this.data = d;
            return this;
        }

        /** The architecture. */
        public Builder network(NetSpec n) {
            this.network = n;
            return this;
        }

        /** The initializer. */
        public Builder initializer(Initializer i) {
            this.initializer = i;
            return this;
        }

        /** The optimizer. */
        public Builder optimizer(OptimizerConfig o) {
            this.optimizer = o;
            return this;
        }

        /** Batch size, epochs, schedule, L2, seed and accuracy sampling. */
        public Builder training(TrainConfig t) {
            this.training = t;
            return this;
        }

        /** The training threads. */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** The validated config, of one stage. */
        public RunConfig build() {
            return new RunConfig(data, network, initializer, optimizer, training, threads, List.of());
        }
    }
}
