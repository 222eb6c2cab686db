package org.gdlab.sweep;

import org.gdlab.core.validate.Check;

/**
 * Which points of the grid a sweep runs: all of them, or a seeded random sample.
 *
 * @param points 0 for the whole grid, else how many distinct grid points to draw
 * @param seed the seed of the draw ({@code RandomStream(seed).split("sample")})
 */
public record Sampling(int points, long seed) {
    /** The whole grid. */
    public static final Sampling GRID = new Sampling(0, 0);

    /**
     * Checks that {@code points} is not negative.
     *
     * @param points 0 for the whole grid, else how many grid points to draw; not negative
     * @param seed the seed of the draw
     */
    public Sampling {
        if (points < 0) {
            throw Check.invalid("sample points", points, "must be >= 1 (or absent for the whole grid)");
        }
    }

    /**
     * Whether every grid point runs.
     *
     * @return true when {@code points} is 0
     */
    public boolean grid() {
        return points == 0;
    }
}
