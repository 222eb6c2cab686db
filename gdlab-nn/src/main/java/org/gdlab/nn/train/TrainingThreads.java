package org.gdlab.nn.train;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.BlasThreadHold;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.model.FullyConnectedNet;

/**
 * How a training run spends its threads. A net that can split its batches
 * ({@link FullyConnectedNet#canSplitBatches()}) gets a {@link WorkerTeam} of that many members,
 * each training its shard of every batch with a one-thread BLAS: the minibatch products are too
 * small for BLAS's own threads to pay, while the shards also share the elementwise work and the
 * optimizer's step. A net with batch norm keeps whole batches and gives BLAS the threads. BLAS's
 * count is held with a {@link BlasThreadHold}, so runs training at the same time in one JVM (a
 * sweep's points) never change it under each other.
 *
 * <p>Measured on 2 cores ({@code gdlab bench train}, one session): an epoch of 784-[200]*10-10,
 * batch 200, Adam took 2.63 s with one thread and 1.53 s with two (1.50 s once the JIT has
 * warmed up); 784-[100]*5-10, batch 100, 0.56 s and 0.57 s (0.37 s warm).
 */
public final class TrainingThreads implements AutoCloseable {
    /** The default thread count of training: two, on any machine, so runs are reproduced everywhere. */
    public static final int DEFAULT = 2;

    /**
     * {@code GDLAB_THREADS} if set, else {@link #DEFAULT}.
     *
     * @return the number of training threads, {@code >= 1}
     */
    public static int standard() {
        return Blas.threadsFromEnvironmentOr(DEFAULT);
    }

    private final FullyConnectedNet net;
    private final WorkerTeam team;
    private final int threads;
    private final BlasThreadHold blas;

    private TrainingThreads(FullyConnectedNet net, WorkerTeam team, int threads, BlasThreadHold blas) {
        this.net = net;
        this.team = team;
        this.threads = threads;
        this.blas = blas;
    }

    /**
     * Sets {@code net} and BLAS up to train with {@code threads} threads.
     *
     * @param net the network to train; its team is set
     * @param threads the number of threads, in [1, {@link FullyConnectedNet#MAX_TEAM}]
     * @return the setting, to close after training: closing restores BLAS's threads and the net's serial team
     * @throws IllegalArgumentException when {@code threads} is not in [1, {@link FullyConnectedNet#MAX_TEAM}]
     */
    public static TrainingThreads apply(FullyConnectedNet net, int threads) {
        Check.positive("threads", threads);
        if (threads > FullyConnectedNet.MAX_TEAM) {
            throw Check.invalid("threads", threads, "must be <= " + FullyConnectedNet.MAX_TEAM);
        }
        if (!net.canSplitBatches()) {
            return new TrainingThreads(net, WorkerTeam.SERIAL, threads, BlasThreadHold.acquire(threads));
        }
        BlasThreadHold blas = BlasThreadHold.acquire(1);
        WorkerTeam team = threads == 1 ? WorkerTeam.SERIAL : new WorkerTeam(threads);
        net.setTeam(team);
        return new TrainingThreads(net, team, threads, blas);
    }

    /**
     * How the threads are used, e.g. {@code "2 threads: batches split in 2, BLAS 1 thread each"}.
     *
     * @return one line with the thread count, the batch split and BLAS's threads
     */
    public String describe() {
        if (!net.canSplitBatches()) {
            return threads + (threads == 1 ? " thread" : " threads") + ": whole batches (batch norm), BLAS " + threads;
        }
        return threads == 1 ? "1 thread: whole batches, BLAS 1 thread"
                : threads + " threads: batches split in " + threads + ", BLAS 1 thread each";
    }

    /** Stops the team's threads, returns the net to whole batches and lets go of BLAS's thread count. */
    @Override
    public void close() {
        blas.close();
        net.setTeam(WorkerTeam.SERIAL);
        if (team != WorkerTeam.SERIAL) {
            team.close();
        }
    }
}
