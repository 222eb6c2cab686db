package org.gdlab.core.linalg;

/**
 * A claim on OpenBLAS's thread count, which is one setting of the whole process: runs that train
 * at the same time in one JVM (a sweep's points) must not change it under each other, since the
 * count can change a product's rounding and would oversubscribe the cores.
 *
 * <p>Holders that ask for the same count share it; a holder that asks for another count waits
 * until every current holder has let go. The first holder saves the count it found and the last
 * one to let go restores it. So a run always computes with the count it asked for, whatever else
 * runs beside it.
 */
public final class BlasThreadHold implements AutoCloseable {
    private static final Object LOCK = new Object();
    private static int holders;
    private static int held;
    private static int before;

    private boolean open = true;

    private BlasThreadHold() {
    }

    /**
     * Sets OpenBLAS to {@code threads} threads for as long as the hold is open, waiting while
     * other holders hold another count.
     *
     * @param threads the OpenBLAS thread count to hold
     * @return the open hold; closing it lets other counts in
     * @throws IllegalArgumentException when {@code threads} is not in [1, {@link Blas#MAX_THREADS}]
     * @throws IllegalStateException when the thread is interrupted while it waits (its interrupt flag is kept)
     */
    public static BlasThreadHold acquire(int threads) {
        Blas.requireThreads("threads", threads);
        synchronized (LOCK) {
            while (holders > 0 && held != threads) {
                try {
                    LOCK.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for BLAS threads", e);
                }
            }
            if (holders == 0) {
                before = Blas.threads();
                Blas.setThreads(threads);
                held = threads;
            }
            holders++;
        }
        return new BlasThreadHold();
    }

    /** Lets go; the last holder restores the count found by the first. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (!open) {
                return;
            }
            open = false;
            if (--holders == 0) {
                Blas.setThreads(before);
                LOCK.notifyAll();
            }
        }
    }
}
