package org.gdlab.nn.hessian;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.loss.LossKind;
import org.gdlab.nn.model.FullyConnectedNet;

/**
 * Measures a training net's sharpness as {@link SharpnessTracking} asks: the top eigenvalue of the
 * Hessian of {@code L(theta) = CE(f(X_s; theta)) + 0.5 reg sum ||W_l||^2} on the fixed sample
 * {@code X_s} (the first {@code examples} training examples, held in float64 from the start), by
 * {@link Lanczos} on {@link PearlmutterHessian} products. The {@code k}-th measurement of a run
 * starts Lanczos from a normal vector drawn from {@code RandomStream(seed).split("sharpness").split(k)},
 * so a resumed run measures what the uninterrupted one does. The net is read, never changed
 * (the Hessian works on a float64 copy): training with and without tracking gives the same bytes.
 */
public final class SharpnessTracker {
    private final SharpnessTracking tracking;
    private final MatrixF64 sample;
    private final Loss loss;
    private final double reg;
    private final RandomStream starts;

    /**
     * @param tracking the cadence and sizes
     * @param train the training split; its first {@code min(examples, size)} examples are the sample
     * @param reg the run's L2 strength
     * @param seed the run's seed
     */
    public SharpnessTracker(SharpnessTracking tracking, Dataset train, double reg, long seed) {
        this.tracking = tracking;
        int n = Math.min(tracking.examples(), train.size());
        this.sample = MatrixF64.copyOf(train.inputs().rowRange(0, n));
        this.loss = LossKind.CROSS_ENTROPY.bind(train.labels(), 0, n, train.classes());
        this.reg = reg;
        this.starts = new RandomStream(seed).split("sharpness");
    }

    /**
     * The cadence and sizes.
     *
     * @return when and on how many examples the tracker measures
     */
    public SharpnessTracking tracking() {
        return tracking;
    }

    /**
     * The {@code k}-th measurement (from 0), at {@code net}'s current parameters.
     *
     * @param k the measurement's index in the run, which seeds its Lanczos start
     * @param net the training net, read only
     * @param iteration the steps done
     * @param iterationsPerEpoch for the fractional epoch
     * @param learningRate the learning rate in force
     * @param edge the optimizer's stability edge at that rate
     * @return {@code lambda_max} with its residual bound, the iteration, epoch, rate and edge
     */
    public SharpnessPoint measure(int k, FullyConnectedNet net, long iteration, int iterationsPerEpoch,
                                  double learningRate, double edge) {
        PearlmutterHessian h = new PearlmutterHessian(net, sample, loss, reg);
        int steps = Math.min(tracking.lanczosSteps(), h.dimension());
        Lanczos.Result r = Lanczos.run(h, Lanczos.randomStart(h.dimension(), starts.split(k)), steps, 0);
        return new SharpnessPoint(iteration, (double) iteration / iterationsPerEpoch, r.values()[0], r.residuals()[0],
                learningRate, edge);
    }
}
