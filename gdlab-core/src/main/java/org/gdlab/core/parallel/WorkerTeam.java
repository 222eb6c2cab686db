package org.gdlab.core.parallel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.gdlab.core.validate.Check;

/**
 * A fixed team of {@code size} members that run one body together: {@link #run} calls
 * {@code body.accept(m)} for every member {@code m} in {@code [0, size)}, the calling thread as
 * member 0 and one daemon thread per other member, and returns when all have finished.
 *
 * <p>Made for handing over work every few milliseconds, as a training step does: a run
 * allocates nothing, and an idle member keeps checking for {@link #SPIN_NANOS}, yielding its
 * core to any other runnable thread (the JIT compiler's, while the code warms up), before it
 * parks, so back-to-back runs start without a wake-up. A failure in any member is rethrown by
 * {@link #run} after every member has finished (the first one, the caller's own first; a checked
 * exception thrown undeclared comes wrapped in an {@link IllegalStateException}).
 * One run at a time: {@link #run} is not reentrant and must be called from one thread at a time.
 * {@link #split} gives the members equal shares of a range.
 */
public final class WorkerTeam implements AutoCloseable {
    /**
     * How long an idle member keeps checking before it parks, in nanoseconds: 1 ms, longer than
     * the serial work a training step does between two runs (gathering the batch, the gradient
     * norms: up to about 0.4 ms), so that a step's runs find the helpers awake. Waking a parked
     * thread took long enough on a 2-core virtual machine that 0.1 ms here made workload (b)'s epoch
     * 8% slower (1.42 to 1.46 s against 1.32 to 1.33 s; 0.5, 1 and 2 ms measured alike).
     */
    public static final long SPIN_NANOS = 1_000_000;

    /** A team of one: {@link #run} calls the body on the caller's thread. */
    public static final WorkerTeam SERIAL = new WorkerTeam(1);

    private final int size;
    private final Thread[] helpers;
    private final AtomicInteger remaining = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile IntConsumer body;
    private volatile long generation;
    private volatile boolean closed;
    private volatile Thread caller;

    /**
     * A team of {@code size} members, starting {@code size - 1} daemon threads.
     *
     * @param size the number of members, the calling thread included, {@code >= 1}
     * @throws IllegalArgumentException when {@code size < 1}
     */
    public WorkerTeam(int size) {
        this.size = Check.positive("worker team size", size);
        this.helpers = new Thread[size - 1];
        for (int m = 1; m < size; m++) {
            int member = m;
            Thread t = new Thread(() -> serve(member), "gdlab-worker-" + m);
            t.setDaemon(true);
            helpers[m - 1] = t;
            t.start();
        }
    }

    /**
     * The number of members, the caller included.
     *
     * @return the member count, {@code >= 1}
     */
    public int size() {
        return size;
    }

    /**
     * The start of share {@code k} of {@code [0, n)} cut into {@code parts} nearly equal
     * contiguous shares: {@code floor(n k / parts)}; share {@code k} is
     * {@code [split(n, parts, k), split(n, parts, k + 1))}.
     *
     * @param n the length of the range, {@code >= 0}
     * @param parts the number of shares, {@code >= 1}
     * @param k the share, in {@code [0, parts]} ({@code parts} gives {@code n})
     * @return the first index of share {@code k}
     */
    public static int split(int n, int parts, int k) {
        return (int) ((long) n * k / parts);
    }

    /**
     * Runs {@code body.accept(m)} for every member {@code m}, in parallel, and waits for all.
     *
     * @param body called once per member with its number, in {@code [0, size)}
     * @throws IllegalStateException when the team is closed
     */
    public void run(IntConsumer body) {
        if (closed) {
            throw new IllegalStateException("the worker team is closed");
        }
        if (size == 1) {
            body.accept(0);
            return;
        }
        this.caller = Thread.currentThread();
        this.body = body;
        remaining.set(size - 1);
        generation++;
        for (Thread t : helpers) {
            LockSupport.unpark(t);
        }
        Throwable own = null;
        try {
            body.accept(0);
        } catch (Throwable e) {
            own = e;
        }
        long start = System.nanoTime();
        while (remaining.get() != 0) {
            idle(start);
        }
        this.body = null;
        Throwable helperFailure = failure.getAndSet(null);
        Throwable first = own != null ? own : helperFailure;
        if (first instanceof RuntimeException r) {
            throw r;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException("a member of the worker team failed: " + first, first);
        }
    }

    private void serve(int member) {
        long seen = 0;
        while (true) {
            long start = System.nanoTime();
            while (generation == seen && !closed) {
                idle(start);
            }
            if (closed) {
                return;
            }
            seen = generation;
            try {
                body.accept(member);
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
            if (remaining.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    /**
     * One wait of a member with nothing to do since {@code start}: a yield while that was less
     * than {@link #SPIN_NANOS} ago, else a park until unparked (or a millisecond, in case).
     */
    private static void idle(long start) {
        if (System.nanoTime() - start < SPIN_NANOS) {
            Thread.yield();
        } else {
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** Stops the helper threads; the team cannot run afterwards. Idempotent; {@link #SERIAL} stays open. */
    @Override
    public void close() {
        if (this == SERIAL) {
            return;
        }
        closed = true;
        for (Thread t : helpers) {
            LockSupport.unpark(t);
        }
    }
}
