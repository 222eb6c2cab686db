package org.gdlab.nn.train;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.init.HeInitializer;
import org.gdlab.nn.loss.SoftmaxCrossEntropy;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.Adam;
import org.gdlab.nn.optim.Optimizer;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.tensor.Rows;

/**
 * Times training epochs of the two workloads with the real {@link Trainer} (float32, He
 * init, Adam 1e-3), like the peers in the repository's {@code bench/peers}: the time of the training
 * iterations of an epoch (shuffle included, evaluation excluded), its median over epochs, and
 * the GFLOP/s of the GEMM work, {@code 2 n sum_l in_l out_l (3, or 2 for the first layer)}.
 * It also measures the bytes the JVM allocates per iteration of the hot loop (forward, backward,
 * gradient norms, optimizer step) once warm, in every thread (the worker team's too).
 */
public final class TrainBenchmark {
    /** A network and batch size to time. */
    public record Workload(String label, int[] hidden, int batch) {
    }

    /**
     * One measured workload.
     *
     * @param workload its label
     * @param threads how the run used its threads ({@link TrainingThreads#describe()})
     * @param examples training examples per epoch
     * @param epochSeconds each epoch's training time
     * @param medianSeconds their median
     * @param gflops the GEMM work per epoch over the median time
     * @param allocatedBytesPerIteration bytes allocated per warm hot-loop iteration (-1 if the JVM cannot tell)
     * @param finalLoss the last iteration's loss, to show the training was real
     */
    public record Measurement(String workload, String threads, int examples, double[] epochSeconds, double medianSeconds, double gflops,
                              double allocatedBytesPerIteration, double finalLoss) {
    }

    /** (a) 784-[100]*5-10, batch 100 and (b) 784-[200]*10-10, batch 200. */
    public static final List<Workload> STANDARD = List.of(
            new Workload("(a) 784-[100]*5-10 b100 adam", NetConfig.repeatedWidths(100, 5), 100),
            new Workload("(b) 784-[200]*10-10 b200 adam", NetConfig.repeatedWidths(200, 10), 200));

    /** The most epochs one workload is timed for: the median settles after a few, each takes seconds. */
    public static final int MAX_EPOCHS = 100;

    private TrainBenchmark() {
    }


    /**
     * The floating-point operations of one epoch's GEMMs.
     *
     * @param net the architecture
     * @param examples the training examples per epoch
     * @param batch the batch size; an epoch runs {@code floor(examples / batch)} full batches
     * @return {@code 2 m sum_l fanIn_l fanOut_l (3, or 2 for l = 1)}, {@code m} the examples of the full
     *     batches
     */
    public static double flopsPerEpoch(NetConfig net, int examples, int batch) {
        double perExample = 0;
        for (int l = 1; l <= net.depth(); l++) {
            perExample += 2.0 * net.fanIn(l) * net.fanOut(l) * (l == 1 ? 2 : 3);
        }
        return perExample * (double) (examples / batch) * batch;
    }

    /**
     * Trains {@code epochs} epochs of {@code workload} on {@code train} with {@code threads}
     * threads ({@link TrainingThreads}) and measures them.
     *
     * @param workload the network and batch size
     * @param train the training set
     * @param epochs the epochs to time, in [1, {@link #MAX_EPOCHS}]
     * @param threads the training threads, in [1, {@link FullyConnectedNet#MAX_TEAM}]
     * @param listener progress
     * @return the epochs' times, their median, the GFLOP/s and the allocation per iteration
     */
    public static Measurement run(Workload workload, Dataset train, int epochs, int threads, ProgressListener listener) {
        Check.inRange("epochs", epochs, 1, MAX_EPOCHS);
        NetConfig config = NetConfig.relu(train.features(), workload.hidden(), train.classes(), Precision.FLOAT32);
        FullyConnectedNet net = new FullyConnectedNet(config, new RandomStream(0));
        net.initialize(new HeInitializer(), new RandomStream(0).split("init"));
        Optimizer adam = new Adam(Adam.DEFAULT_LR, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPS);
        Dataset check = head(train, Math.min(1000, train.size()));
        TrainConfig tc = TrainConfig.of(workload.batch(), epochs, 0).withAccuracySample(check.size()).withEvalBatch(1000);
        try (TrainingThreads using = TrainingThreads.apply(net, threads)) {
            return measure(workload, using.describe(), config, net, adam, train, check, tc, listener);
        }
    }

    private static Measurement measure(Workload workload, String threads, NetConfig config, FullyConnectedNet net,
                                       Optimizer adam, Dataset train, Dataset check, TrainConfig tc,
                                       ProgressListener listener) {
        TrainResult r = new Trainer(tc).fit(net, adam, train, check, listener);
        double[] seconds = Arrays.copyOf(r.history().epochSeconds(), r.epochsCompleted());
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted.length == 0 ? Double.NaN : sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        double gflops = flopsPerEpoch(config, train.size(), workload.batch()) / median / 1e9;
        double[] loss = r.history().loss();
        return new Measurement(workload.label(), threads, train.size(), seconds, median, gflops,
                allocatedPerIteration(net, adam, train, workload.batch()), loss[loss.length - 1]);
    }

    /** The first {@code n} examples as a new data set. */
    private static Dataset head(Dataset d, int n) {
        MatrixF32 x = MatrixF32.copyOf(d.inputs().rowRange(0, n));
        return new Dataset(d.name() + " head", x, Arrays.copyOf(d.labels(), n), d.classes());
    }

    private static double allocatedPerIteration(FullyConnectedNet net, Optimizer optimizer, Dataset train, int batch) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported()) {
            return -1;
        }
        int[] order = new int[batch];
        for (int i = 0; i < batch; i++) {
            order[i] = i;
        }
        int[] labels = Arrays.copyOf(train.labels(), batch);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(labels);
        DenseMatrix<?> x = net.inputBuffer(batch);
        double[] norms = new double[net.depth()];
        Rows.Gatherer gatherer = new Rows.Gatherer(net.team());
        int iterations = 200;
        long[] threads = bean.getAllThreadIds();
        long before = 0;
        for (int t = 0; t < 2 * iterations; t++) {
            if (t == iterations) {
                before = allocated(bean, threads);
            }
            gatherer.gather(train.inputs(), order, 0, x);
            net.lossAndGradients(x, loss, 0, t);
            net.gradientNorms(norms);
            optimizer.step(net.parameters(), net.team());
        }
        return (double) (allocated(bean, threads) - before) / iterations;
    }

    /** The bytes allocated so far by the given threads (the worker team's included), read without allocating. */
    private static long allocated(com.sun.management.ThreadMXBean bean, long[] threads) {
        long sum = 0;
        for (long id : threads) {
            sum += Math.max(0, bean.getThreadAllocatedBytes(id));
        }
        return sum;
    }
}
