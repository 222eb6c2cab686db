package org.gdlab.theory.spectrum;

import org.gdlab.core.validate.Check;

/**
 * How many iterations an iteration needs to get within eps of its solution, as a value: a count,
 * or the reason there is none.
 *
 * @param outcome what happened
 * @param iterations for {@link Outcome#REACHED} the count; for {@link Outcome#DIVERGED} the step at
 *     which the error blew up (or turned NaN); for {@link Outcome#NOT_REACHED} the step budget; 0
 *     for {@link Outcome#NEVER}
 */
public record IterationCount(Outcome outcome, long iterations) {
    /** A simulated error this many times {@code |w*|} (or NaN/infinite) counts as divergence. */
    public static final double DIVERGENCE_FACTOR = 1e12;
    /**
     * The most recurrence steps one analysis may simulate in the worst case (every simulation running
     * its whole step budget, as on an ill-conditioned spectrum): {@code 10^10}, about ten seconds.
     */
    public static final long MAX_SIMULATED_STEPS = 10_000_000_000L;

    /**
     * Requires that {@code simulations} recurrences of up to {@code budget} steps each stay within
     * {@link #MAX_SIMULATED_STEPS}.
     *
     * @param name the option that set the budget, e.g. {@code --max-iter}
     * @param budget the step budget of one recurrence
     * @param simulations how many recurrences the analysis runs
     * @return budget
     */
    public static long requireAffordable(String name, long budget, long simulations) {
        if (simulations > 0 && budget > MAX_SIMULATED_STEPS / simulations) {
            throw Check.invalid(name, budget, "the analysis runs " + simulations
                    + " recurrences (coordinates x learning rates), each up to " + name + " steps; at most "
                    + MAX_SIMULATED_STEPS + " steps in all (about 10 s) are allowed: lower " + name);
        }
        return budget;
    }

    /** Why there is, or is not, a count. Declared from best to worst. */
    public enum Outcome {
        /** Within eps after {@code iterations} steps, and stays there. */
        REACHED,
        /** Still not certified within eps after the step budget. */
        NOT_REACHED,
        /** The rate is >= 1: the closed form says the error never shrinks to eps. */
        NEVER,
        /** The simulated error exceeded the divergence bound or became NaN/infinite. */
        DIVERGED
    }

    /**
     * A reached count.
     *
     * @param iterations the steps, {@code >= 0}
     * @return a count with outcome {@link Outcome#REACHED}
     */
    public static IterationCount reached(long iterations) {
        return new IterationCount(Outcome.REACHED, iterations);
    }

    /**
     * The asymptotic count {@code ceil(ln eps / ln rate)}: the first t with {@code rate^t <= eps};
     * 1 when the rate is 0, {@link Outcome#NEVER} when the rate is >= 1 or NaN.
     *
     * @param rate the contraction per step, {@code >= 0}
     * @param eps the relative tolerance, in {@code (0, 1)}
     * @return the count, or {@link Outcome#NEVER}
     */
    public static IterationCount asymptotic(double rate, double eps) {
        if (!(rate < 1)) {
            return new IterationCount(Outcome.NEVER, 0);
        }
        if (rate == 0) {
            return reached(1);
        }
        return reached((long) Math.ceil(Math.log(eps) / Math.log(rate)));
    }

    /**
     * Whether there is a count.
     *
     * @return whether the outcome is {@link Outcome#REACHED}
     */
    public boolean isReached() {
        return outcome == Outcome.REACHED;
    }

    /**
     * The worse of two counts: the worse outcome, and for equal outcomes the larger number. Over the
     * coordinates of a problem this is the count of the whole problem.
     *
     * @param other the other count
     * @return this or {@code other}, whichever is worse ({@code this} on a tie)
     */
    public IterationCount worse(IterationCount other) {
        int c = outcome.compareTo(other.outcome);
        if (c != 0) {
            return c > 0 ? this : other;
        }
        return iterations >= other.iterations ? this : other;
    }

    /**
     * Whether this count is strictly better than the other (a better outcome, or the same outcome in fewer steps).
     *
     * @param other the other count
     * @return whether this is strictly better
     */
    public boolean isBetterThan(IterationCount other) {
        return other.worse(this) == other && !equals(other);
    }

    /**
     * How many steps a trajectory chart of this run draws: the count and a tenth more, so that the
     * end of the convergence shows, at most {@code max}; {@code otherwise} when there is no count.
     *
     * @param max the most steps to draw
     * @param otherwise the steps to draw when there is no count
     * @return the number of steps to draw
     */
    public int chartSteps(int max, int otherwise) {
        return isReached() ? (int) Math.min(max, iterations + iterations / 10 + 1) : otherwise;
    }

    /**
     * For reports: the count, or the reason there is none.
     *
     * @return the count as digits, or e.g. {@code "never"} or {@code "diverges (t=12)"}
     */
    public String describe() {
        return switch (outcome) {
            case REACHED -> Long.toString(iterations);
            case NOT_REACHED -> "not within " + iterations;
            case NEVER -> "never";
            case DIVERGED -> "diverges (t=" + iterations + ")";
        };
    }
}
