package org.gdlab.nn.train;

import java.nio.file.Path;
import java.util.Optional;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.data.RegressionSet;
import org.gdlab.nn.hessian.SharpnessTracker;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.loss.MeanSquaredError;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.optim.Optimizer;
import org.gdlab.nn.tensor.Rows;

/**
 * Trains a {@link FullyConnectedNet}: a classifier with softmax cross-entropy ({@link #fit},
 * {@link #resume}) or a regression net with the mean squared error ({@link #fitRegression}).
 *
 * <p>Both follow the {@link MinibatchOrder} of the seed. Each iteration: forward, loss plus
 * {@code 0.5 reg ||W||^2}, backward, the gradient norms ({@link IterationRecorder}), then the
 * optimizer's step. Before the first step of epoch {@code e} the optimizer's learning rate is set
 * to {@code schedule.rate(eta_0, e, E)} ({@link org.gdlab.nn.optim.LrSchedule}), {@code eta_0}
 * being the optimizer's rate when given to the trainer.
 *
 * <p>Classification, after each epoch: the train accuracy is measured on the
 * {@link AccuracySample} and the validation accuracy and loss ({@link SplitLoss}) on the whole
 * validation set; the
 * parameters with the best validation accuracy are kept ({@link BestParameters}), and the
 * checkpoint (if {@link #writingCheckpoints} gave a file) is written. With
 * {@link TrainConfig#accuracyEvery()} {@code N > 0}, the train accuracy on the same sample is also
 * measured after the step of every {@code N}-th iteration (counted over the whole run), and left
 * out of the epoch's training time. With {@link TrainConfig#sharpness()} the top eigenvalue of the
 * loss's Hessian is measured ({@link SharpnessTracker}) before the first step and at its cadence
 * (after the step), with the optimizer's {@link StabilityEdge} at the learning rate in force; it
 * reads the net only and is also left out of the training time.
 *
 * <p>Divergence: a NaN or infinite loss or gradient stops the run before the step, with status
 * {@link TrainStatus#DIVERGED} and a {@link Divergence} naming where the non-finite value first
 * appeared ({@link DivergenceDiagnosis}), keeping everything recorded up to and including that
 * iteration. On return a classifier holds the best parameters (the last ones if no epoch
 * finished, or when the validation set is empty: then the validation accuracy is NaN and the
 * last epoch is taken as the best); a regression net keeps its last parameters.
 */
public final class Trainer {
    private final TrainConfig config;
    private final Optional<Path> checkpointFile;

    /**
     * A trainer with this configuration that writes no checkpoint.
     *
     * @param config how to train
     */
    public Trainer(TrainConfig config) {
        this(config, Optional.empty());
    }

    private Trainer(TrainConfig config, Optional<Path> checkpointFile) {
        this.config = config;
        this.checkpointFile = checkpointFile;
    }

    /**
     * The same trainer writing a checkpoint to {@code file} after every epoch of {@link #fit} and {@link #resume}.
     *
     * @param file where each epoch's checkpoint is written, replacing the previous one
     * @return a new trainer with this configuration
     */
    public Trainer writingCheckpoints(Path file) {
        return new Trainer(config, Optional.of(file));
    }

    /**
     * The configuration.
     *
     * @return how this trainer runs
     */
    public TrainConfig config() {
        return config;
    }

    /**
     * Trains a classifier from the network's current parameters.
     *
     * @param net the network, modified
     * @param optimizer the optimizer, modified; its learning rate is {@code eta_0} of the schedule
     * @param train the training set
     * @param validation the validation set (may be empty)
     * @param listener progress, one unit per iteration
     * @return the history, the final and best accuracies, and whether the run completed or diverged
     */
    public TrainResult fit(FullyConnectedNet net, Optimizer optimizer, Dataset train, Dataset validation,
                           ProgressListener listener) {
        return classify(net, optimizer, train, validation, listener, Optional.empty());
    }

    /**
     * Continues a classifier's run from {@code from}, bit for bit as if it had not stopped when
     * the configuration is the checkpoint's (the epochs may be more).
     *
     * @param net the network the checkpoint was taken of, modified; its parameters are replaced by the
     *     checkpoint's
     * @param optimizer a fresh optimizer whose learning rate is {@code eta_0} of the schedule; its
     *     state is replaced by the checkpoint's when the checkpoint's is of the same rule, else it
     *     starts afresh (a new stage that changed the optimizer)
     * @param train the training set, the one the checkpointed run trained on
     * @param validation the validation set (may be empty)
     * @param listener progress, one unit per iteration
     * @param from the checkpoint to continue from
     * @return the whole run's result, the epochs before the checkpoint included
     * @throws IllegalArgumentException when the checkpoint is of another network, has done more
     *     epochs than configured, or measured the per-iteration accuracy on another schedule
     */
    public TrainResult resume(FullyConnectedNet net, Optimizer optimizer, Dataset train, Dataset validation,
                              ProgressListener listener, Checkpoint from) {
        return classify(net, optimizer, train, validation, listener, Optional.of(from));
    }

    /**
     * Checks, before any work, that this trainer's run on {@code trainSize} examples through
     * {@code layers} affine layers stays within gdlab's limits (the bounds of its histories), as
     * training itself checks when it starts; a sweep checks every point with it before the first runs.
     *
     * @param layers the number of affine layers of the network
     * @param trainSize the number of training examples
     * @throws IllegalArgumentException naming what is too large, in one line
     */
    public void requireAffordable(int layers, int trainSize) {
        history(layers, trainSize / config.batchSize());
    }

    /** The history of a run of {@code perEpoch} iterations an epoch, checked against its bounds. */
    private RunningHistory history(int layers, int perEpoch) {
        long total = (long) perEpoch * config.epochs();
        return RunningHistory.bounded(layers, total, config.epochs(), config.accuracyMeasurements(total));
    }

    private TrainResult classify(FullyConnectedNet net, Optimizer optimizer, Dataset train, Dataset validation,
                                 ProgressListener listener, Optional<Checkpoint> resume) {
        long start = System.nanoTime();
        requireFits(net, train, validation);
        MinibatchOrder batches = new MinibatchOrder(config.seed(), train.size(), config.batchSize());
        int perEpoch = batches.perEpoch();
        long total = (long) perEpoch * config.epochs();
        RunningHistory history = history(net.depth(), perEpoch);
        Optional<SharpnessTracker> sharpness = config.sharpness()
                .map(s -> new SharpnessTracker(s, train, config.reg(), config.seed()));
        if (sharpness.isPresent()) {
            StabilityEdge.of(optimizer);
        }
        DenseMatrix<?> values = net.parameters().values();
        BestParameters best = new BestParameters(values);
        double base = optimizer.learningRate();
        int epoch = 0;
        long iteration = 0;
        int measured = 0;
        int sharpened = 0;
        double trainSeconds = 0;
        if (resume.isPresent()) {
            Checkpoint c = resume.get();
            ResumeCheck.require(net, c, config);
            load(values, c.parameters());
            best.restore(c);
            if (ResumeCheck.sameRule(optimizer, c)) {
                optimizer.restore(c.optimizer());
            }
            history.load(c.history());
            epoch = c.epochsDone();
            iteration = c.iteration();
            measured = c.history().iterationTrainAccuracy().length;
            sharpened = c.history().sharpness().size();
            trainSeconds = c.trainSeconds();
        }
        AccuracySample sample = new AccuracySample(train, config.accuracySample(), config.seed(), config.evalBatch());
        EpochSteps steps = new EpochSteps(config, net, optimizer, train, history, sharpness, sample, listener, perEpoch,
                iteration, measured, sharpened);
        listener.start("train " + net.config().describe(), total);
        for (; epoch < config.epochs() && steps.divergence().isEmpty(); epoch++) {
            optimizer.setLearningRate(config.schedule().rate(base, epoch, config.epochs()));
            double seconds = steps.run(epoch, batches.order(epoch));
            trainSeconds += seconds;
            if (steps.divergence().isPresent()) {
                break;
            }
            double trainAccuracy = sample.accuracy(net);
            boolean validated = validation.size() > 0;
            double valAccuracy = validated ? net.accuracy(validation.inputs(), validation.labels(), config.evalBatch())
                    : Double.NaN;
            history.epoch(epoch, seconds, trainAccuracy, valAccuracy, SplitLoss.mean(net, validation, config.evalBatch()));
            best.offer(epoch + 1, valAccuracy, values);
            listener.advance(steps.iteration(), String.format("epoch %d/%d  train acc (sample) %.4f", epoch + 1, config.epochs(),
                    trainAccuracy) + (validated ? String.format("  val acc %.4f", valAccuracy) : ""));
            if (checkpointFile.isPresent()) {
                CheckpointFile.write(checkpointFile.get(), new Checkpoint(ResumeCheck.fingerprint(net), epoch + 1,
                        steps.iteration(), values.toDoubleArray(), best.values(), best.epoch(), best.stored(),
                        optimizer.state(), history.snapshot(steps.iteration(), epoch + 1, steps.measured()), trainSeconds));
            }
        }
        int completed = epoch;
        best.loadInto(values);
        String done = validation.size() > 0 ? String.format("done: best val acc %.4f (epoch %d)", best.accuracy(), best.epoch())
                : "done: the last epoch's parameters (no validation set)";
        Optional<Divergence> divergence = steps.divergence();
        listener.finish(divergence.map(d -> "diverged: " + d.message()).orElse(done));
        return new TrainResult(divergence.isEmpty() ? TrainStatus.COMPLETED : TrainStatus.DIVERGED, completed,
                steps.iteration(), perEpoch, divergence, history.snapshot(steps.iteration(), completed, steps.measured()),
                best.epoch(), best.accuracy(),
                completed > 0 ? history.trainAccuracy(completed - 1) : Double.NaN,
                completed > 0 ? history.validationAccuracy(completed - 1) : Double.NaN,
                trainSeconds, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Trains a regression network on {@code train} with the mean squared error
     * ({@link MeanSquaredError}) for a given number of optimizer steps: step {@code t} uses
     * minibatch {@code t mod floor(n / batch)} of epoch {@code floor(t / floor(n / batch))}, and
     * that epoch's learning rate from the schedule (of {@code ceil(steps / floor(n / batch))}
     * epochs). {@link TrainConfig#epochs()}, the accuracy sample, the eval batch and the sharpness
     * tracking are not used.
     * The result has no accuracies (NaN) and no per-epoch history; {@link Divergence#iteration()}
     * is the step at which the loss (or a gradient) left finite values.
     *
     * @param net the network, modified
     * @param optimizer the optimizer, modified
     * @param train inputs and targets, of the network's precision
     * @param steps the number of optimizer steps (>= 1)
     * @param snapshotEvery call {@code snapshots} after every this many steps (>= 1)
     * @param snapshots called between steps
     * @param listener progress, one unit per step
     * @return the per-step losses and gradient norms, and whether the run completed or diverged
     */
    public TrainResult fitRegression(FullyConnectedNet net, Optimizer optimizer, RegressionSet train, long steps,
                                     long snapshotEvery, StepListener snapshots, ProgressListener listener) {
        long start = System.nanoTime();
        if (steps < 1 || snapshotEvery < 1) {
            throw steps < 1 ? Check.invalid("steps", steps, "must be >= 1")
                    : Check.invalid("snapshot every", snapshotEvery, "must be >= 1");
        }
        MinibatchOrder batches = new MinibatchOrder(config.seed(), train.size(), config.batchSize());
        if (train.features() != net.config().inputs() || train.targets().cols() != net.config().outputs()) {
            throw new IllegalArgumentException("the data has " + train.features() + " features and "
                    + train.targets().cols() + " targets but the network takes " + net.config().inputs()
                    + " and gives " + net.config().outputs());
        }
        int perEpoch = batches.perEpoch();
        int epochs = Math.toIntExact((steps + perEpoch - 1) / perEpoch);
        int batch = config.batchSize();
        RunningHistory history = RunningHistory.bounded(net.depth(), steps, 0, 0);
        DenseMatrix<?> x = net.inputBuffer(batch);
        DenseMatrix<?> targets = net.config().precision().zeros(batch, net.config().outputs());
        MeanSquaredError loss = new MeanSquaredError(targets);
        Rows.Gatherer gatherer = new Rows.Gatherer(net.team());
        IterationRecorder recorder = new IterationRecorder(history, net.depth());
        double base = optimizer.learningRate();
        long reportEvery = Math.max(1, steps / 200);
        listener.start("train " + net.config().describe() + " on " + train.name(), steps);
        Optional<Divergence> divergence = Optional.empty();
        int[] order = null;
        long iteration = 0;
        for (; iteration < steps; iteration++) {
            int epoch = (int) (iteration / perEpoch);
            int from = (int) (iteration % perEpoch) * batch;
            if (from == 0) {
                order = batches.order(epoch);
                optimizer.setLearningRate(config.schedule().rate(base, epoch, epochs));
            }
            gatherer.gather(train.inputs(), order, from, x);
            gatherer.gather(train.targets(), order, from, targets);
            double l = net.lossAndGradients(x, loss, config.reg(), iteration);
            if (!recorder.record(Math.toIntExact(iteration), l, net)) {
                divergence = Optional.of(diagnose(net, x, loss, iteration, epoch + 1, l, recorder));
                iteration++;
                break;
            }
            optimizer.step(net.parameters(), net.team());
            if ((iteration + 1) % snapshotEvery == 0) {
                snapshots.after(iteration + 1, net);
            }
            if (iteration % reportEvery == 0 || iteration == steps - 1) {
                listener.advance(iteration + 1, String.format("loss %.4g", l));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        listener.finish(divergence.map(d -> "diverged: " + d.message()).orElse(String.format("done: %d steps", steps)));
        return new TrainResult(divergence.isEmpty() ? TrainStatus.COMPLETED : TrainStatus.DIVERGED,
                (int) Math.min(Integer.MAX_VALUE, iteration / perEpoch), iteration, perEpoch, divergence,
                history.snapshot(iteration, 0, 0), 0, Double.NaN, Double.NaN, Double.NaN, seconds, seconds);
    }

    static Divergence diagnose(FullyConnectedNet net, DenseMatrix<?> x, Loss loss, long iteration, long epoch,
                                       double l, IterationRecorder recorder) {
        return Divergence.of(iteration, epoch, l, recorder.blownLayer(),
                DivergenceDiagnosis.locate(net, x, loss, iteration));
    }

    private static void requireFits(FullyConnectedNet net, Dataset train, Dataset validation) {
        if (train.features() != net.config().inputs() || validation.features() != net.config().inputs()) {
            throw new IllegalArgumentException("the data has " + train.features() + " features but the network takes "
                    + net.config().inputs());
        }
        if (train.classes() > net.config().outputs()) {
            throw new IllegalArgumentException("the data has " + train.classes() + " classes but the network has "
                    + net.config().outputs() + " outputs");
        }
    }

    /** Copies {@code source} into the flat parameter vector {@code values}. */
    static void load(DenseMatrix<?> values, double[] source) {
        for (int k = 0; k < source.length; k++) {
            values.setFromDouble(0, k, source[k]);
        }
    }
}
