package org.gdlab.sweep;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;

/**
 * The {@code local} engine: runs {@code parallel} points at a time in this JVM, each through
 * {@link PointRunner} with the threads of its own run config, so a sweep of {@code N} at a time
 * uses about {@code N x threads} cores. The points share their loaded data ({@link DataCache})
 * and never change each other's BLAS threads ({@link org.gdlab.core.linalg.BlasThreadHold}), so
 * a point's results do not depend on the parallelism or the order. Points start in the sweep's
 * order.
 *
 * <p>With a budget of {@code B} seconds, no point starts once {@code B} seconds have passed since
 * the engine began, except the first; the others are reported {@link PointStatus#NOT_TRIED}.
 */
public final class LocalEngine implements SweepEngine {
    /** The engine's name. */
    public static final String NAME = "local";

    private final int parallel;
    private final ProgressListener listener;
    private final Optional<Double> budgetSeconds;

    /**
     * An engine running {@code parallel} points at a time, their training silent.
     *
     * @param parallel how many points run at a time, at least 1
     */
    public LocalEngine(int parallel) {
        this(parallel, ProgressListener.SILENT, Optional.empty());
    }

    /**
     * An engine running {@code parallel} points at a time, reporting their training to
     * {@code listener} (which must then take calls from several threads when {@code parallel > 1}),
     * and starting none after {@code budgetSeconds}.
     *
     * @param parallel how many points run at a time, at least 1
     * @param listener told of every point's training progress; {@link ProgressListener#SILENT} for none
     * @param budgetSeconds seconds after the engine began past which no point starts but the first; empty for no budget
     */
    public LocalEngine(int parallel, ProgressListener listener, Optional<Double> budgetSeconds) {
        this.parallel = Check.positive("parallel", parallel);
        this.listener = listener;
        this.budgetSeconds = budgetSeconds;
    }

    /**
     * The same engine starting no point after {@code seconds} (the first always starts).
     *
     * @param seconds the new budget in seconds; empty for none
     * @return a new engine with this one's parallelism and listener and the budget {@code seconds}
     */
    public LocalEngine withBudget(Optional<Double> seconds) {
        return new LocalEngine(parallel, listener, seconds);
    }

    /**
     * How many points run at a time.
     *
     * @return the number of points run at once, at least 1
     */
    public int parallel() {
        return parallel;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(List<SweepTask> tasks, Consumer<PointOutcome> finished) {
        long start = System.nanoTime();
        AtomicInteger started = new AtomicInteger();
        Object report = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, Math.max(tasks.size(), 1)), r -> {
            Thread t = new Thread(r, "gdlab-sweep-point");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = tasks.stream().<Future<?>>map(task -> pool.submit(() -> {
                PointOutcome o = mayStart(start, started)
                        ? PointRunner.run(task, listener)
                        : new PointOutcome(task.index(), task.name(), PointStatus.NOT_TRIED, String.format(
                                java.util.Locale.ROOT, "the sweep's budget of %.0f s ran out before it started",
                                budgetSeconds.orElseThrow()), null, false, 0);
                synchronized (report) {
                    finished.accept(o);
                }
            })).toList();
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a sweep point's report failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean mayStart(long start, AtomicInteger started) {
        synchronized (started) {
            boolean within = budgetSeconds.isEmpty() || (System.nanoTime() - start) / 1e9 <= budgetSeconds.get();
            if (within || started.get() == 0) {
                started.incrementAndGet();
                return true;
            }
            return false;
        }
    }
}
