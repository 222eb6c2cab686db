package org.gdlab.theory.spectrum;

import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The iteration count of every coordinate of a spectrum, each found by running its own scalar
 * recurrence. The coordinates are independent, so they run on all cores (the common fork-join
 * pool); each count lands in its own slot, so the answer does not depend on how the work was
 * shared. For 1,000 singular values the explorer's answer spends most of its time here.
 */
public final class EachCoordinate {
    private EachCoordinate() {
    }

    /**
     * {@code count.apply(i)} for {@code i = 0 .. n-1}, computed in parallel. The work of a
     * coordinate grows like {@code 1 / sigma_i^2}, so the costly ones sit together at the end of a
     * sorted spectrum: each thread takes every {@code p}-th coordinate (a stripe), not a block, so
     * that the threads get equal shares of cheap and costly coordinates.
     *
     * @param n the number of coordinates
     * @param count the count of coordinate i
     * @return the n counts, element i for coordinate i
     */
    public static IterationCount[] counts(int n, IntFunction<IterationCount> count) {
        IterationCount[] out = new IterationCount[n];
        int stripes = Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1);
        IntStream.range(0, stripes).parallel().forEach(s -> {
            for (int i = s; i < n; i += stripes) {
                out[i] = count.apply(i);
            }
        });
        return out;
    }

    /**
     * The worst of {@link #counts} ({@link IterationCount#worse}); reached in 0 steps for no coordinate.
     *
     * @param n the number of coordinates
     * @param count the count of coordinate i
     * @return the worst count
     */
    public static IterationCount worst(int n, IntFunction<IterationCount> count) {
        IterationCount worst = IterationCount.reached(0);
        for (IterationCount c : counts(n, count)) {
            worst = worst.worse(c);
        }
        return worst;
    }
}
