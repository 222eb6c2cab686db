package org.gdlab.nn.train;

import java.util.Optional;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.hessian.SharpnessTracker;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.optim.Optimizer;
import org.gdlab.nn.tensor.Rows;

/**
 * The training steps of a classifier's epochs, one {@link #run} per epoch: for each minibatch of
 * the epoch's order, gather it, take the loss and its gradient, record them (stopping at
 * divergence), step the optimizer, and take the measurements due (the iteration accuracy, the
 * sharpness, progress). {@link Trainer} does the rest of an epoch around it.
 *
 * <p>The loop has no inner loop of its own (the labels are gathered by {@link Rows#gather}) and holds no
 * branch taken once an epoch (the progress of the epoch's last step is reported after it). The
 * JIT compiles a method while it runs, on the stack, when one of its loops has run long, and it
 * compiles from the branch counts seen so far, throwing the code away at the first branch that
 * had never been taken. The labels' loop inside the trainer's whole run set this off in the second
 * epoch; the code was thrown away at the epoch's end, and the two compilations of the large method
 * (about 200 ms) took a core from the training threads in the second and third epochs
 * (docs/speed.md). This loop is now left to the interpreter for the first epochs at least (a few
 * hundred bytecodes a step, nothing next to the step's work), which is compiled method by method.
 */
final class EpochSteps {
    private final TrainConfig config;
    private final FullyConnectedNet net;
    private final Optimizer optimizer;
    private final Dataset train;
    private final RunningHistory history;
    private final Optional<SharpnessTracker> sharpness;
    private final AccuracySample sample;
    private final ProgressListener listener;
    private final int perEpoch;
    private final int reportEvery;
    private final int[] labels;
    private final SoftmaxCrossEntropy loss;
    private final DenseMatrix<?> x;
    private final Rows.Gatherer gatherer;
    private final IterationRecorder recorder;
    private long iteration;
    private int measured;
    private int sharpened;
    private Optional<Divergence> divergence = Optional.empty();

    /**
     * The steps of a run that has taken {@code iteration} steps and made {@code measured} accuracy
     * and {@code sharpened} sharpness measurements so far.
     */
    EpochSteps(TrainConfig config, FullyConnectedNet net, Optimizer optimizer, Dataset train, RunningHistory history,
               Optional<SharpnessTracker> sharpness, AccuracySample sample, ProgressListener listener, int perEpoch,
               long iteration, int measured, int sharpened) {
        this.config = config;
        this.net = net;
        this.optimizer = optimizer;
        this.train = train;
        this.history = history;
        this.sharpness = sharpness;
        this.sample = sample;
        this.listener = listener;
        this.perEpoch = perEpoch;
        this.reportEvery = Math.max(1, perEpoch / 50);
        this.labels = new int[config.batchSize()];
        this.loss = new SoftmaxCrossEntropy(labels);
        this.x = net.inputBuffer(config.batchSize());
        this.gatherer = new Rows.Gatherer(net.team());
        this.recorder = new IterationRecorder(history, net.depth());
        this.iteration = iteration;
        this.measured = measured;
        this.sharpened = sharpened;
    }

    /**
     * The steps of epoch {@code epoch} (from 0) over the minibatches of {@code order}, until the
     * epoch ends or the run diverges ({@link #divergence}). Before the run's first step it measures
     * the sharpness at the start, if tracked.
     *
     * @return the seconds the steps took, without the measurements
     */
    double run(int epoch, int[] order) {
        if (iteration == 0 && sharpness.isPresent()) {
            history.sharpness(sharpness.get().measure(sharpened++, net, 0, perEpoch, optimizer.learningRate(),
                    StabilityEdge.of(optimizer)));
        }
        int batch = config.batchSize();
        long epochStart = System.nanoTime();
        double l = Double.NaN;
        for (int b = 0; b < perEpoch; b++) {
            int from = b * batch;
            gatherer.gather(train.inputs(), order, from, x);
            Rows.gather(train.labels(), order, from, labels);
            l = net.lossAndGradients(x, loss, config.reg(), iteration);
            if (!recorder.record(Math.toIntExact(iteration), l, net)) {
                divergence = Optional.of(Trainer.diagnose(net, x, loss, iteration, epoch + 1, l, recorder));
                iteration++;
                break;
            }
            optimizer.step(net.parameters(), net.team());
            iteration++;
            if (config.accuracyEvery() > 0 && iteration % config.accuracyEvery() == 0) {
                long measureStart = System.nanoTime();
                history.iterationTrainAccuracy(measured++, iteration, sample.accuracy(net));
                epochStart += System.nanoTime() - measureStart;
            }
            if (sharpness.isPresent() && sharpness.get().tracking().due(iteration, b == perEpoch - 1, epoch + 1)) {
                long measureStart = System.nanoTime();
                history.sharpness(sharpness.get().measure(sharpened++, net, iteration, perEpoch,
                        optimizer.learningRate(), StabilityEdge.of(optimizer)));
                epochStart += System.nanoTime() - measureStart;
            }
            if (b % reportEvery == 0) {
                report(epoch, l);
            }
        }
        double seconds = (System.nanoTime() - epochStart) / 1e9;
        if (divergence.isEmpty() && (perEpoch - 1) % reportEvery != 0) {
            report(epoch, l);
        }
        return seconds;
    }

    private void report(int epoch, double l) {
        listener.advance(iteration, String.format("epoch %d/%d  loss %.4f", epoch + 1, config.epochs(), l));
    }

    /** The steps taken so far in the whole run. */
    long iteration() {
        return iteration;
    }

    /** The iteration accuracies measured so far in the whole run. */
    int measured() {
        return measured;
    }

    /** Where the run diverged, if it did. */
    Optional<Divergence> divergence() {
        return divergence;
    }
}
