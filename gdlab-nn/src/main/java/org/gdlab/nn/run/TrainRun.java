package org.gdlab.nn.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.CheckpointFile;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.Trainer;
import org.gdlab.nn.train.TrainingThreads;

/**
 * Runs a {@link RunConfig}: the one training pipeline of the command line, the experiments, the
 * lab and Java users.
 *
 * <p>Loads and splits the data ({@link DataSplits}), builds the network for its features and
 * classes, draws the weights from {@code RandomStream(seed).split("init")} (dropout masks from
 * {@code split("dropout")}), trains each stage with the {@link Trainer} (a stage after the first
 * continues from the checkpoint of the one before), then measures the accuracy of the kept
 * parameters (the best by validation accuracy, else the last) on the whole train, validation
 * and test splits. With a {@link RunFolder}, config.json is written before training, the
 * checkpoint after every epoch and results.json at the end.
 */
public final class TrainRun {
    private TrainRun() {
    }

    /**
     * Runs {@code config}, writing nothing.
     *
     * @param config the run
     * @param listener progress
     * @return the run's result
     */
    public static RunResult run(RunConfig config, ProgressListener listener) {
        return execute(config, listener, Optional.empty(), Optional.empty()).result();
    }

    /**
     * Runs {@code config} and writes its run folder {@code out}.
     *
     * @param config the run
     * @param listener progress
     * @param out the folder of config.json, results.json and checkpoint.bin
     * @return the run's result
     */
    public static RunResult run(RunConfig config, ProgressListener listener, RunFolder out) {
        return execute(config, listener, Optional.of(out), Optional.empty()).result();
    }

    /**
     * Continues the run in {@code from} as {@code config}, writing the folder {@code out} (which
     * may be {@code from}: extend in place; or a new folder: a branch, {@code from} untouched).
     * {@code config} is {@code from}'s config with more epochs and optionally later stages
     * ({@link ResumePlan} checks it).
     *
     * @param from the folder of the run to continue
     * @param checkpoint {@code from}'s checkpoint ({@link RunFolder#readCheckpoint()})
     * @param config the continued run
     * @param listener progress
     * @param out the folder to write
     * @return the whole run's result
     */
    public static RunResult resume(RunFolder from, Checkpoint checkpoint, RunConfig config, ProgressListener listener,
                                   RunFolder out) {
        ResumePlan.require(from.readConfig(), config, checkpoint, from.configFile());
        return execute(config, listener, Optional.of(out), Optional.of(checkpoint)).result();
    }

    /**
     * Runs {@code config} and also returns the trained network and the data it was trained on
     * (for evaluation and analysis without reading the folder back).
     *
     * @param config the run
     * @param listener progress
     * @return the result, the trained network and the data
     */
    public static Trained runAndKeep(RunConfig config, ProgressListener listener) {
        return execute(config, listener, Optional.empty(), Optional.empty());
    }

    /**
     * Runs {@code config} on data already loaded by its data config (experiments train many
     * runs on one load), returning the trained network too.
     *
     * @param config the run
     * @param data the data, loaded by {@code config}'s data config
     * @param listener progress
     * @return the result, the trained network and the data
     * @throws IllegalArgumentException when {@code data} was loaded by another data config
     */
    public static Trained runOn(RunConfig config, DataSplits data, ProgressListener listener) {
        return execute(config, loadedFor(config, data), listener, Optional.empty(), Optional.empty());
    }

    /**
     * Runs {@code config} on data already loaded by its data config and writes its run folder
     * {@code out} (a sweep's points that share their data).
     *
     * @param config the run
     * @param data the data, loaded by {@code config}'s data config
     * @param listener progress
     * @param out the folder to write
     * @return the run's result
     * @throws IllegalArgumentException when {@code data} was loaded by another data config
     */
    public static RunResult runOn(RunConfig config, DataSplits data, ProgressListener listener, RunFolder out) {
        return execute(config, loadedFor(config, data), listener, Optional.of(out), Optional.empty()).result();
    }

    /**
     * {@link #resume} on data already loaded by {@code config}'s data config.
     *
     * @param from the folder of the run to continue
     * @param checkpoint {@code from}'s checkpoint
     * @param config the continued run
     * @param data the data, loaded by {@code config}'s data config
     * @param listener progress
     * @param out the folder to write
     * @return the whole run's result
     * @throws IllegalArgumentException when {@code data} was loaded by another data config
     */
    public static RunResult resumeOn(RunFolder from, Checkpoint checkpoint, RunConfig config, DataSplits data,
                                     ProgressListener listener, RunFolder out) {
        ResumePlan.require(from.readConfig(), config, checkpoint, from.configFile());
        return execute(config, loadedFor(config, data), listener, Optional.of(out), Optional.of(checkpoint)).result();
    }

    private static Optional<DataSplits> loadedFor(RunConfig config, DataSplits data) {
        if (!data.config().equals(config.data())) {
            throw new IllegalArgumentException("the data was loaded as " + data.config() + ", the run asks for "
                    + config.data());
        }
        return Optional.of(data);
    }

    /**
     * A finished run with its network (holding the kept parameters) and its data.
     *
     * @param result the result
     * @param net the network
     * @param data the data splits
     */
    public record Trained(RunResult result, FullyConnectedNet net, DataSplits data) {
    }

    /**
     * The network of {@code config} for {@code data}, initialized as a run initializes it.
     *
     * @param config the run
     * @param data the loaded data, whose features and classes size the net
     * @return a new network with the run's initial parameters
     */
    public static FullyConnectedNet initialNet(RunConfig config, DataSplits data) {
        NetConfig net = config.network().forData(data.train().features(), data.train().classes());
        RandomStream root = new RandomStream(config.training().seed());
        FullyConnectedNet n = new FullyConnectedNet(net, root.split("dropout"));
        n.initialize(config.initializer(), root.split("init"));
        return n;
    }

    private static Trained execute(RunConfig config, ProgressListener listener, Optional<RunFolder> out,
                                   Optional<Checkpoint> resume) {
        return execute(config, Optional.empty(), listener, out, resume);
    }

    private static Trained execute(RunConfig config, Optional<DataSplits> loaded, ProgressListener listener,
                                   Optional<RunFolder> out, Optional<Checkpoint> resume) {
        long start = System.nanoTime();
        DataSplits data = loaded.orElseGet(() -> DataSplits.load(config.data()));
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        FullyConnectedNet net = initialNet(config, data);
        out.ifPresent(f -> f.writeConfig(config));
        List<StagePlan> plan = StagePlan.of(config);
        Path checkpoint = out.map(RunFolder::checkpointFile).orElseGet(() -> plan.size() > 1 ? temporary() : null);
        Optional<Checkpoint> from = resume;
        TrainResult trained = null;
        String threads;
        Map<String, String> versions;
        try (TrainingThreads using = TrainingThreads.apply(net, config.threads())) {
            threads = using.describe();
            versions = versions();
            for (StagePlan stage : plan) {
                boolean last = stage == plan.get(plan.size() - 1);
                if (from.isPresent() && from.get().epochsDone() >= stage.toEpoch() && !last) {
                    continue;
                }
                TrainConfig tc = config.training().withEpochs(stage.toEpoch()).withSchedule(stage.schedule());
                Trainer trainer = checkpoint == null ? new Trainer(tc) : new Trainer(tc).writingCheckpoints(checkpoint);
                trained = from.isPresent()
                        ? trainer.resume(net, stage.optimizer().create(), data.train(), data.validation(), listener, from.get())
                        : trainer.fit(net, stage.optimizer().create(), data.train(), data.validation(), listener);
                if (trained.divergence().isPresent() || trained.epochsCompleted() < stage.toEpoch()) {
                    break;
                }
                from = checkpoint == null ? Optional.empty() : Optional.of(CheckpointFile.read(checkpoint));
            }
        } finally {
            if (checkpoint != null && out.isEmpty()) {
                deleteQuietly(checkpoint);
            }
        }
        long evalStart = System.nanoTime();
        int evalBatch = config.training().evalBatch();
        RunResult.FinalAccuracy accuracy = new RunResult.FinalAccuracy(accuracy(net, data.train(), evalBatch),
                accuracy(net, data.validation(), evalBatch), accuracy(net, data.test(), evalBatch),
                trained.bestEpoch() == 0 || data.validation().size() == 0 ? "last"
                        : "best by validation accuracy, epoch " + trained.bestEpoch());
        double evalSeconds = (System.nanoTime() - evalStart) / 1e9;
        List<RunResult.StageSpan> spans = new ArrayList<>();
        int reached = trained.divergence().map(d -> (int) d.epoch()).orElse(trained.epochsCompleted());
        for (StagePlan s : plan) {
            if (s.fromEpoch() < reached || s.fromEpoch() == 0) {
                spans.add(new RunResult.StageSpan(s.fromEpoch(), Math.min(s.toEpoch(), reached),
                        s.optimizer(), s.optimizer().create().describe(), s.schedule()));
            }
        }
        RunResult result = new RunResult(trained.status(), config, accuracy, trained,
                epochTrainLoss(trained), spans, new RunResult.Provenance(versions, data.provenance(), threads),
                new RunResult.Timings(loadSeconds, trained.trainSeconds(), trained.secondsPerEpoch(), evalSeconds,
                        (System.nanoTime() - start) / 1e9));
        out.ifPresent(f -> f.writeResults(result));
        return new Trained(result, net, data);
    }

    /** The accuracy on a whole split; NaN for an empty one. */
    static double accuracy(FullyConnectedNet net, Dataset split, int evalBatch) {
        return split.size() == 0 ? Double.NaN : net.accuracy(split.inputs(), split.labels(), evalBatch);
    }

    /** Per completed epoch, the mean of its iterations' losses. */
    private static double[] epochTrainLoss(TrainResult r) {
        double[] mean = new double[r.epochsCompleted()];
        int per = r.iterationsPerEpoch();
        for (int e = 0; e < mean.length; e++) {
            double sum = 0;
            for (int t = e * per; t < (e + 1) * per; t++) {
                sum += r.history().loss()[t];
            }
            mean[e] = sum / per;
        }
        return mean;
    }

    /**
     * gdlab's version, the Java runtime, the BLAS and the OS, for a run's provenance.
     *
     * @return the entries {@code gdlab}, {@code java}, {@code blas} and {@code os}, in that order
     */
    public static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        String gdlab = TrainRun.class.getPackage().getImplementationVersion();
        v.put("gdlab", gdlab == null ? "development" : gdlab);
        v.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        v.put("blas", Blas.configuration());
        v.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return v;
    }

    private static Path temporary() {
        try {
            Path p = Files.createTempFile("gdlab-stage", ".bin");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary checkpoint: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }
}
