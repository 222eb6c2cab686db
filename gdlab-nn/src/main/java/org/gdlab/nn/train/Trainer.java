package org.gdlab.nn.train;

import java.nio.file.Path;
import java.util.Arrays;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.data.RegressionSet;
import org.gdlab.nn.loss.MeanSquaredError;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.optim.Optimizer;
import org.gdlab.nn.tensor.Rows;

/**
 * Trains a {@link FullyConnectedNet} classifier with softmax cross-entropy by minibatches.
 *
 * <p>Epoch {@code e} (from 0) visits the training set in the order
 * {@code RandomStream(seed).split("shuffle").split(e).permutation(n)}, in {@code floor(n / batch)}
 * minibatches (the last {@code n mod batch} examples of the order are left out of that epoch).
 * Each iteration: forward, loss plus {@code 0.5 reg ||W||^2}, backward, the gradient norms, then
 * the optimizer's step. After each epoch: the learning rate is multiplied by {@code lrDecay}, the
 * train accuracy is measured on a fixed sample of the training set and the validation accuracy on
 * the whole validation set; the parameters with the best validation accuracy are kept, and the
 * checkpoint (if a file is given) is written. With {@link TrainConfig#accuracyEvery()} {@code N > 0},
 * the train accuracy on the same sample is also measured after the step of every {@code N}-th
 * iteration (after {@code N}, {@code 2N}, ... iterations, counted over the whole run), and left
 * out of the epoch's training time.
 *
 * <p>Divergence: a NaN or infinite loss or gradient stops the run before the step, with status
 * {@link TrainStatus#DIVERGED}, keeping everything recorded up to and including that iteration.
 * On return the network holds the best parameters (the last ones if no epoch finished, or
 * when the validation set is empty: then the validation accuracy is NaN and the last epoch is
 * taken as the best).
 */
public final class Trainer {
    private final TrainConfig config;

    /** A trainer with this configuration. */
    public Trainer(TrainConfig config) {
        this.config = config;
    }

    /** The configuration. */
    public TrainConfig config() {
        return config;
    }

    /**
     * Trains from the network's current parameters, or continues from {@code resume}.
     *
     * @param net the network, modified
     * @param optimizer the optimizer, modified (its state is replaced by the checkpoint's when resuming)
     * @param train the training set
     * @param validation the validation set
     * @param listener progress, one unit per iteration
     * @param checkpoint where to write a checkpoint after every epoch, or null
     * @param resume the checkpoint to continue from, or null to start afresh
     */
    public TrainResult fit(FullyConnectedNet net, Optimizer optimizer, Dataset train, Dataset validation,
                           ProgressListener listener, Path checkpoint, Checkpoint resume) {
        long start = System.nanoTime();
        int n = train.size();
        int batch = config.batchSize();
        if (batch > n) {
            throw Check.invalid("batch size", batch, "must be <= the training set's size " + n);
        }
        if (train.features() != net.config().inputs() || validation.features() != net.config().inputs()) {
            throw new IllegalArgumentException("the data has " + train.features() + " features but the network takes "
                    + net.config().inputs());
        }
        if (train.classes() > net.config().outputs()) {
            throw new IllegalArgumentException("the data has " + train.classes() + " classes but the network has "
                    + net.config().outputs() + " outputs");
        }
        int perEpoch = n / batch;
        int layers = net.depth();
        long total = (long) perEpoch * config.epochs();
        TrainHistory history = TrainHistory.allocate(layers, total, config.epochs(), config.accuracyMeasurements(total));
        DenseMatrix<?> values = net.parameters().values();
        double[] best = values.toDoubleArray();
        int bestEpoch = 0;
        double bestAccuracy = Double.NEGATIVE_INFINITY;
        int firstEpoch = 0;
        long iteration = 0;
        int measured = 0;
        double trainSeconds = 0;
        if (resume != null) {
            requireCompatible(net, resume);
            load(values, resume.parameters());
            best = resume.bestParameters().clone();
            bestEpoch = resume.bestEpoch();
            bestAccuracy = resume.bestValidationAccuracy();
            optimizer.restore(resume.optimizer());
            resume.history().copyInto(history);
            firstEpoch = resume.epochsDone();
            iteration = resume.iteration();
            measured = resume.history().iterationTrainAccuracy().length;
            trainSeconds = resume.trainSeconds();
        }
        RandomStream root = new RandomStream(config.seed());
        int[] sampleIndex = sampleIndex(train, root.split("train-accuracy-sample"));
        MatrixF32 sampleInputs = sampleInputs(train, sampleIndex);
        int[] sampleLabels = sampleLabels(train, sampleIndex);
        int[] labels = new int[batch];
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(labels);
        DenseMatrix<?> x = net.inputBuffer(batch);
        double[] norms = new double[layers];
        int reportEvery = Math.max(1, perEpoch / 50);
        listener.start("train " + net.config().describe(), total);
        int epoch = firstEpoch;
        TrainStatus status = TrainStatus.COMPLETED;
        String divergence = null;
        long divergedIteration = -1;
        int divergedLayer = -1;
        epochs:
        for (; epoch < config.epochs(); epoch++) {
            int[] order = root.split("shuffle").split(epoch).permutation(n);
            long epochStart = System.nanoTime();
            for (int b = 0; b < perEpoch; b++) {
                int from = b * batch;
                Rows.gather(train.inputs(), order, from, x);
                for (int i = 0; i < batch; i++) {
                    labels[i] = train.labels()[order[from + i]];
                }
                double l = net.lossAndGradients(x, loss, config.reg(), iteration);
                double meanNorm = net.gradientNorms(norms);
                int blownLayer = record(history, Math.toIntExact(iteration), l, meanNorm, norms);
                if (blownLayer >= 0) {
                    divergedLayer = blownLayer;
                    status = TrainStatus.DIVERGED;
                    divergedIteration = iteration;
                    divergence = divergence(l, "iteration " + iteration + " (epoch " + (epoch + 1) + ")", blownLayer);
                    iteration++;
                    trainSeconds += (System.nanoTime() - epochStart) / 1e9;
                    break epochs;
                }
                optimizer.step(net.parameters(), net.team());
                iteration++;
                if (config.accuracyEvery() > 0 && iteration % config.accuracyEvery() == 0) {
                    long measureStart = System.nanoTime();
                    history.recordIterationTrainAccuracy(measured++, iteration,
                            net.accuracy(sampleInputs, sampleLabels, config.evalBatch()));
                    epochStart += System.nanoTime() - measureStart;
                }
                if (b % reportEvery == 0 || b == perEpoch - 1) {
                    listener.advance(iteration, String.format("epoch %d/%d  loss %.4f", epoch + 1, config.epochs(), l));
                }
            }
            double seconds = (System.nanoTime() - epochStart) / 1e9;
            trainSeconds += seconds;
            history.epochSeconds()[epoch] = seconds;
            history.trainAccuracy()[epoch] = net.accuracy(sampleInputs, sampleLabels, config.evalBatch());
            boolean validated = validation.size() > 0;
            double valAccuracy = validated ? net.accuracy(validation.inputs(), validation.labels(), config.evalBatch())
                    : Double.NaN;
            history.validationAccuracy()[epoch] = valAccuracy;
            if (!validated || valAccuracy > bestAccuracy) {
                bestAccuracy = valAccuracy;
                bestEpoch = epoch + 1;
                best = values.toDoubleArray();
            }
            optimizer.setLearningRate(optimizer.learningRate() * config.lrDecay());
            listener.advance(iteration, String.format("epoch %d/%d  train acc %.4f", epoch + 1, config.epochs(),
                    history.trainAccuracy()[epoch]) + (validated ? String.format("  val acc %.4f", valAccuracy) : ""));
            if (checkpoint != null) {
                CheckpointFile.write(checkpoint, new Checkpoint(fingerprint(net), epoch + 1, iteration,
                        values.toDoubleArray(), best.clone(), bestEpoch, bestAccuracy, optimizer.state(),
                        history.truncate(iteration, epoch + 1, measured), trainSeconds));
            }
        }
        int completed = status == TrainStatus.COMPLETED ? config.epochs() : epoch;
        if (bestEpoch > 0) {
            load(values, best);
        }
        String done = validation.size() > 0 ? String.format("done: best val acc %.4f (epoch %d)", bestAccuracy, bestEpoch)
                : "done: the last epoch's parameters (no validation set)";
        listener.finish(status == TrainStatus.COMPLETED ? done : "diverged: " + divergence);
        return new TrainResult(status, completed, iteration, perEpoch, divergence, divergedIteration, divergedLayer,
                history.truncate(iteration, completed, measured), bestEpoch, bestEpoch > 0 ? bestAccuracy : Double.NaN,
                completed > 0 ? history.trainAccuracy()[completed - 1] : Double.NaN,
                completed > 0 ? history.validationAccuracy()[completed - 1] : Double.NaN,
                trainSeconds, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Trains a regression network on {@code train} with the mean squared error
     * ({@link MeanSquaredError}) for a given number of optimizer steps, with the same minibatch
     * schedule as {@link #fit}: step {@code t} uses minibatch {@code t mod floor(n / batch)} of
     * epoch {@code floor(t / floor(n / batch))}, whose order is
     * {@code RandomStream(seed).split("shuffle").split(epoch).permutation(n)}; the learning rate is
     * multiplied by {@code lrDecay} at the start of every epoch after the first. Each step: forward,
     * loss plus {@code 0.5 reg ||W||^2}, backward, the gradient norms, the optimizer's step.
     * {@link TrainConfig#epochs()}, the accuracy sample and the eval batch are not used.
     *
     * <p>Divergence, as in {@link #fit}: a NaN or infinite loss or gradient stops the run before the
     * step, with status {@link TrainStatus#DIVERGED}; {@link TrainResult#divergedIteration()} is
     * the step at which the loss (or a gradient) left finite values. The network keeps its last
     * parameters. The result has no accuracies (NaN) and no per-epoch history.
     *
     * @param net the network, modified
     * @param optimizer the optimizer, modified
     * @param train inputs and targets, of the network's precision
     * @param steps the number of optimizer steps (>= 1)
     * @param snapshotEvery call {@code snapshots} after every this many steps (>= 1)
     * @param snapshots called between steps
     * @param listener progress, one unit per step
     */
    public TrainResult fitRegression(FullyConnectedNet net, Optimizer optimizer, RegressionSet train, long steps,
                                     long snapshotEvery, StepListener snapshots, ProgressListener listener) {
        long start = System.nanoTime();
        if (steps < 1 || snapshotEvery < 1) {
            throw steps < 1 ? Check.invalid("steps", steps, "must be >= 1")
                    : Check.invalid("snapshot every", snapshotEvery, "must be >= 1");
        }
        int n = train.size();
        int batch = config.batchSize();
        if (batch > n) {
            throw Check.invalid("batch size", batch, "must be <= the training set's size " + n);
        }
        if (train.features() != net.config().inputs() || train.targets().cols() != net.config().outputs()) {
            throw new IllegalArgumentException("the data has " + train.features() + " features and "
                    + train.targets().cols() + " targets but the network takes " + net.config().inputs()
                    + " and gives " + net.config().outputs());
        }
        int perEpoch = n / batch;
        int layers = net.depth();
        TrainHistory history = TrainHistory.allocate(layers, steps, 0, 0);
        RandomStream shuffles = new RandomStream(config.seed()).split("shuffle");
        DenseMatrix<?> x = net.inputBuffer(batch);
        DenseMatrix<?> targets = net.config().precision().zeros(batch, net.config().outputs());
        MeanSquaredError loss = new MeanSquaredError(targets);
        double[] norms = new double[layers];
        long reportEvery = Math.max(1, steps / 200);
        listener.start("train " + net.config().describe() + " on " + train.name(), steps);
        TrainStatus status = TrainStatus.COMPLETED;
        String divergence = null;
        long divergedIteration = -1;
        int divergedLayer = -1;
        int[] order = null;
        long iteration = 0;
        for (; iteration < steps; iteration++) {
            long epoch = iteration / perEpoch;
            int from = (int) (iteration % perEpoch) * batch;
            if (from == 0) {
                order = shuffles.split(epoch).permutation(n);
                if (epoch > 0) {
                    optimizer.setLearningRate(optimizer.learningRate() * config.lrDecay());
                }
            }
            Rows.gather(train.inputs(), order, from, x);
            Rows.gather(train.targets(), order, from, targets);
            double l = net.lossAndGradients(x, loss, config.reg(), iteration);
            double meanNorm = net.gradientNorms(norms);
            int blownLayer = record(history, Math.toIntExact(iteration), l, meanNorm, norms);
            if (blownLayer >= 0) {
                divergedLayer = blownLayer;
                status = TrainStatus.DIVERGED;
                divergedIteration = iteration;
                divergence = divergence(l, "step " + iteration, blownLayer);
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
        listener.finish(status == TrainStatus.COMPLETED ? String.format("done: %d steps", steps)
                : "diverged: " + divergence);
        return new TrainResult(status, (int) Math.min(Integer.MAX_VALUE, iteration / perEpoch), iteration, perEpoch,
                divergence, divergedIteration, divergedLayer, history.truncate(iteration, 0, 0), 0, Double.NaN, Double.NaN,
                Double.NaN, seconds, seconds);
    }

    /** What a checkpoint must match: the architecture and the parameter count. */
    static String fingerprint(FullyConnectedNet net) {
        var c = net.config();
        return c.describe() + " " + c.activation().label() + (c.batchNorm() ? " batchnorm" : "")
                + (c.dropout() > 0 ? " dropout " + c.dropout() : "") + ", " + net.parameters().size() + " numbers";
    }

    private void requireCompatible(FullyConnectedNet net, Checkpoint resume) {
        if (!resume.network().equals(fingerprint(net)) || resume.parameters().length != net.parameters().size()) {
            throw new IllegalArgumentException("the checkpoint is of a network " + resume.network()
                    + ", not of this one: " + fingerprint(net));
        }
        if (resume.epochsDone() > config.epochs()) {
            throw Check.invalid("epochs", config.epochs(), "must be >= the " + resume.epochsDone()
                    + " epochs the checkpoint has done");
        }
        requireSameAccuracySchedule(resume);
    }

    /**
     * Requires the checkpoint's per-iteration train accuracies to be those this configuration
     * records: after iterations {@code N, 2N, ...} up to the checkpoint's, for {@code accuracyEvery N}.
     */
    private void requireSameAccuracySchedule(Checkpoint resume) {
        long[] at = resume.history().iterationTrainAccuracyAt();
        boolean same = at.length == config.accuracyMeasurements(resume.iteration());
        for (int k = 0; same && k < at.length; k++) {
            same = at[k] == (long) (k + 1) * config.accuracyEvery();
        }
        if (!same) {
            throw Check.invalid("accuracy every", config.accuracyEvery(), "must be the checkpoint's, which measured "
                    + at.length + " per-iteration train accuracies in " + resume.iteration() + " iterations"
                    + (at.length > 0 ? " (the first after " + at[0] + ")" : ""));
        }
    }

    private static void load(DenseMatrix<?> values, double[] source) {
        for (int k = 0; k < source.length; k++) {
            values.setFromDouble(0, k, source[k]);
        }
    }

    /** The train-accuracy sample: the first {@code accuracySample} examples of a seeded permutation. */
    private int[] sampleIndex(Dataset train, RandomStream stream) {
        int[] order = stream.permutation(train.size());
        return Arrays.copyOf(order, Math.min(config.accuracySample(), train.size()));
    }

    private static MatrixF32 sampleInputs(Dataset train, int[] index) {
        MatrixF32 m = MatrixF32.zeros(index.length, train.features());
        Rows.gather(train.inputs(), index, 0, m);
        return m;
    }

    private static int[] sampleLabels(Dataset train, int[] index) {
        int[] labels = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            labels[i] = train.labels()[index[i]];
        }
        return labels;
    }

    /** The divergence message: the loss, where, and the layer whose gradient left finite values (if one did). */
    private static String divergence(double loss, String where, int layer) {
        return "loss " + loss + " at " + where + (layer > 0 ? ", gradient of layer " + layer + " non-finite" : "");
    }

    /**
     * Records iteration {@code t}'s loss and gradient norms (overall and per layer) in the history,
     * and tells whether training diverged there.
     *
     * @return -1 when the loss and every gradient norm are finite; otherwise the 1-based index of
     *     the last layer whose gradient norm is not finite (the one nearest the output), or 0 when
     *     only the loss is
     */
    private static int record(TrainHistory history, int t, double loss, double meanNorm, double[] norms) {
        history.loss()[t] = loss;
        history.gradientNorm()[t] = meanNorm;
        for (int k = 0; k < norms.length; k++) {
            history.layerGradientNorms()[k][t] = norms[k];
        }
        if (Double.isFinite(loss) && Double.isFinite(meanNorm)) {
            return -1;
        }
        for (int k = norms.length - 1; k >= 0; k--) {
            if (!Double.isFinite(norms[k])) {
                return k + 1;
            }
        }
        return 0;
    }
}
