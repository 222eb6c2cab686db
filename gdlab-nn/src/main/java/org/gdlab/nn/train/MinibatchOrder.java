package org.gdlab.nn.train;

import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/**
 * The minibatch schedule: epoch {@code e} (from 0) visits {@code n} examples in the order
 * {@code RandomStream(seed).split("shuffle").split(e).permutation(n)}, in {@code floor(n / batch)}
 * minibatches of {@code batch} consecutive entries of that order (the last {@code n mod batch}
 * entries are left out of that epoch).
 */
final class MinibatchOrder {
    private final RandomStream shuffles;
    private final int n;
    private final int batch;

    /**
     * @throws IllegalArgumentException naming the batch size when it exceeds {@code n}
     */
    MinibatchOrder(long seed, int n, int batch) {
        if (batch > n) {
            throw Check.invalid("batch size", batch, "must be <= the training set's size " + n);
        }
        this.shuffles = new RandomStream(seed).split("shuffle");
        this.n = n;
        this.batch = batch;
    }

    /** The minibatches of an epoch, {@code floor(n / batch)}. */
    int perEpoch() {
        return n / batch;
    }

    /** The order of epoch {@code e}: minibatch {@code b} is entries {@code [b batch, (b + 1) batch)}. */
    int[] order(long epoch) {
        return shuffles.split(epoch).permutation(n);
    }
}
