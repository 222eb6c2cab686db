package org.gdlab.spark;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.sweep.PointOutcome;
import org.gdlab.sweep.PointRunner;
import org.gdlab.sweep.SweepTask;

/**
 * Runs points side by side in one JVM (an executor, or {@code local[N]}) although OpenBLAS's thread
 * count is one number for the whole process ({@link Blas#setThreads}), so that each point's bytes
 * are those {@code gdlab train --threads T} gives it: BLAS at {@code T} threads around the training
 * (which sets its own count through {@link org.gdlab.nn.train.TrainingThreads} and puts {@code T}
 * back), and results.json's provenance naming {@code threads=T}.
 * <ul>
 *   <li>Points that train with one thread <em>share</em> the JVM: BLAS stays at one thread while
 *       any of them runs (each finds 1, sets 1 and puts back 1).</li>
 *   <li>A point with {@code T > 1} threads runs <em>alone</em> in the JVM, BLAS at {@code T} for its
 *       run and back at one thread before the next point starts.</li>
 * </ul>
 * A fair read-write lock holds the two apart (shared points take the read lock, a point alone the
 * write lock), in the order the tasks arrive. On a cluster the engine gives each executor the
 * cores of one task when points train with more than one thread, so that they do not wait here.
 */
final class SharedBlas {
    private static final ReentrantReadWriteLock POINTS = new ReentrantReadWriteLock(true);

    static {
        Blas.setThreads(1);
    }

    private SharedBlas() {
    }

    /** Runs {@code task} through {@link PointRunner} once the JVM's BLAS is free for it. */
    static PointOutcome run(SweepTask task, ProgressListener listener) {
        int threads = threads(task);
        Lock lock = threads == 1 ? POINTS.readLock() : POINTS.writeLock();
        lock.lock();
        try {
            Blas.setThreads(threads);
            return PointRunner.run(task, listener);
        } finally {
            if (threads > 1) {
                Blas.setThreads(1);
            }
            lock.unlock();
        }
    }

    /**
     * The threads the point's run trains with; 1 for a config that does not parse (or names a
     * thread count out of range), which {@link PointRunner} reports as the point's failure.
     */
    static int threads(SweepTask task) {
        try {
            return JsonFiles.mapper().readValue(task.configJson(), RunConfig.class).threads();
        } catch (Exception e) {
            return 1;
        }
    }
}
