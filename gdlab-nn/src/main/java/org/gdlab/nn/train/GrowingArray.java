package org.gdlab.nn.train;

import java.util.Arrays;

/**
 * A {@code double[]} that grows with the entries written into it, up to a fixed bound: writing
 * entry {@code i} past the current length doubles the length ({@code max(2 length, i + 1)}, at
 * most the bound), so {@code n} entries cost {@code O(log n)} allocations of at most
 * {@code 2 n} numbers in all, and none once the length covers the work done.
 */
final class GrowingArray {
    /** The first allocation, in entries (or the bound, when smaller). */
    static final int FIRST_LENGTH = 1024;

    private final int bound;
    private double[] values;

    /** Room for up to {@code bound} entries, of which none are allocated yet. */
    GrowingArray(int bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("a growing array bound of " + bound);
        }
        this.bound = bound;
        this.values = new double[0];
    }

    /** Sets entry {@code i} (in {@code [0, bound)}), growing the array when {@code i} is past its length. */
    void set(int i, double v) {
        if (i >= values.length) {
            grow(i);
        }
        values[i] = v;
    }

    /** Entry {@code i}, which must have been set. */
    double get(int i) {
        return values[i];
    }

    /** The first {@code n} entries (those not set are 0), as a new array. */
    double[] copy(int n) {
        return Arrays.copyOf(values, n);
    }

    /** Sets entries {@code 0..source.length - 1} to {@code source}. */
    void load(double[] source) {
        if (source.length > 0) {
            set(source.length - 1, source[source.length - 1]);
            System.arraycopy(source, 0, values, 0, source.length);
        }
    }

    /** The length allocated now. */
    int capacity() {
        return values.length;
    }

    private void grow(int i) {
        if (i >= bound) {
            throw new IllegalStateException("entry " + i + " of a history bounded at " + bound + " entries");
        }
        long doubled = Math.max(Math.max(2L * values.length, FIRST_LENGTH), i + 1L);
        values = Arrays.copyOf(values, (int) Math.min(doubled, bound));
    }
}
