package org.gdlab.web.api;

import org.gdlab.core.validate.Check;

/**
 * The most work one request may ask for. A request over a bound is refused with a 400 naming the
 * bound, never queued: the explorer answers while a slider moves, so every answer must come in
 * about a second on a laptop.
 */
public final class Bounds {
    /** The most singular values of a spectrum (listed, generated or from an uploaded X). */
    public static final int MAX_SPECTRUM = 1000;
    /** The largest generated condition number {@code sigma_max / sigma_min}. */
    public static final double MAX_CONDITION = 1e4;
    /** The most steps of each simulated coordinate. */
    public static final long MAX_ITERATIONS = 100_000;
    /** The etas of the optimal set simulated for a spectrum of at most {@link #FINE_SCAN_SIZE} values (the CLI's default). */
    public static final int FINE_SCAN_POINTS = 101;
    /** The etas of the optimal set simulated for a larger spectrum. */
    public static final int COARSE_SCAN_POINTS = 11;
    /** The largest spectrum scanned at {@link #FINE_SCAN_POINTS}. */
    public static final int FINE_SCAN_SIZE = 50;
    /** The most bytes of an uploaded X. */
    public static final long MAX_UPLOAD_BYTES = 48L << 20;
    /** The most entries of an uploaded X. */
    public static final long MAX_UPLOAD_ENTRIES = 2_000_000;
    /** The most bytes of a JSON request. */
    public static final int MAX_JSON_BYTES = 1 << 20;
    /** The most steps of a noise simulation. */
    public static final int MAX_NOISE_STEPS = 5000;
    /** The most Monte Carlo trials of a noise simulation. */
    public static final int MAX_NOISE_TRIALS = 5000;
    /** The most trial steps ({@code steps * trials}) of a noise simulation. */
    public static final long MAX_NOISE_WORK = 2_000_000;
    /** The most rows or columns of a generated ridge problem. */
    public static final int MAX_RIDGE_SIZE = 200;
    /** The most parameters of a live linearization's network. */
    public static final int MAX_NETWORK_PARAMETERS = 20_000;
    /** The most optimizer steps of a live linearization. */
    public static final long MAX_TRAINING_STEPS = 200_000;
    /** The most live linearizations running at once on the server (each page may run one). */
    public static final int MAX_LIVE_TRAININGS = 2;

    private Bounds() {
    }

    /**
     * Requires {@code 1 <= value <= max}, naming the bound of the explorer.
     *
     * @param name the request's field, named in the error
     * @param value the requested value
     * @param max the explorer's bound
     * @return {@code value}
     * @throws IllegalArgumentException when {@code value} is outside {@code [1, max]}
     */
    public static long atMost(String name, long value, long max) {
        if (value < 1 || value > max) {
            throw Check.invalid(name, value, "must be in [1, " + max + "] in the explorer");
        }
        return value;
    }

    /**
     * Requires a given value, naming it.
     *
     * @param <T> the field's type
     * @param name the request's field, named in the error
     * @param value the value the request gave, null when it gave none
     * @return {@code value}, not null
     * @throws IllegalArgumentException when {@code value} is null
     */
    public static <T> T required(String name, T value) {
        if (value == null) {
            throw Check.invalid(name, null, "must be given");
        }
        return value;
    }
}
