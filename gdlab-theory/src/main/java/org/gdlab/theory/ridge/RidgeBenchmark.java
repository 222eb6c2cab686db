package org.gdlab.theory.ridge;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.bench.GemmBenchmark;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/**
 * Times the primal and the kernel form of ridge over a grid of shapes {@code (n, d)} and checks the
 * flop model of {@link RidgeForm}: on every grid point where the measured times differ by more than
 * 20%, the model's choice must be the faster form.
 *
 * <p>Each form is timed end to end (Gram matrix, Cholesky, solves, allocation). The two forms are
 * timed in alternation (primal, kernel, primal, ...) so that a burst of load from other processes
 * slows both alike, for at least {@code minSeconds} each and at least three times; the best time of
 * each counts. The whole grid is preceded by one untimed pass over its first point, so that the
 * JIT compiler's and OpenBLAS's start-up cost falls on no measurement.
 */
public final class RidgeBenchmark {
    /** Slower over faster time above which a grid point counts as decisive ("differ by more than 20%"). */
    public static final double DECISIVE_RATIO = 1.2;
    /** The largest n or d of the grid: its n x n and d x d systems take about a second to factor. */
    public static final int MAX_SIZE = 5000;
    /** The most seconds of timing one benchmark may ask for, over the grid and both forms. */
    public static final double MAX_SECONDS = 600;

    private RidgeBenchmark() {
    }

    /**
     * One grid point.
     *
     * @param n rows of X
     * @param d columns of X
     * @param primalSeconds best time of the primal form
     * @param kernelSeconds best time of the kernel form
     * @param primalFlops the model's flops of the primal form
     * @param kernelFlops the model's flops of the kernel form
     * @param modelChoice the form the automatic choice takes
     * @param measuredFaster the form that measured faster
     * @param slowerOverFaster the measured time ratio, {@code >= 1}
     * @param decisive whether the ratio exceeds {@link #DECISIVE_RATIO}
     * @param choiceIsFaster whether the model's choice is the measured faster form
     */
    public record Point(int n, int d, double primalSeconds, double kernelSeconds, double primalFlops,
                        double kernelFlops, RidgeForm modelChoice, RidgeForm measuredFaster,
                        double slowerOverFaster, boolean decisive, boolean choiceIsFaster) {
        /**
         * The measured speed of the primal form in GFLOP/s of the model's count.
         *
         * @return {@code primalFlops / primalSeconds / 1e9}
         */
        public double primalGflops() {
            return primalFlops / primalSeconds / 1e9;
        }

        /**
         * The measured speed of the kernel form in GFLOP/s of the model's count.
         *
         * @return {@code kernelFlops / kernelSeconds / 1e9}
         */
        public double kernelGflops() {
            return kernelFlops / kernelSeconds / 1e9;
        }
    }

    /**
     * The benchmark's outcome.
     *
     * @param sizes the values of n and of d (the grid is their square)
     * @param lambda the regularization used
     * @param minSeconds the minimum timing per form and grid point
     * @param blas the BLAS configuration measured
     * @param points every grid point, n major
     * @param decisivePoints how many points differ by more than 20%
     * @param decisivePointsChosenRight how many of those the model's choice got right
     * @param claimHolds whether the choice is right on every decisive point
     */
    public record Result(int[] sizes, double lambda, double minSeconds, String blas, List<Point> points,
                         int decisivePoints, int decisivePointsChosenRight, boolean claimHolds) {
    }

    /**
     * Runs the benchmark.
     *
     * @param sizes the grid values, each {@code >= 1}
     * @param lambda the regularization, {@code > 0}
     * @param minSeconds the minimum timing per form and point, {@code > 0}
     * @param seed the seed of the random matrices
     * @param progress told of each finished grid point
     * @return every grid point and whether the model's choice held on the decisive ones
     */
    public static Result run(int[] sizes, double lambda, double minSeconds, long seed, ProgressListener progress) {
        requireAffordable("sizes", sizes, "minSeconds", minSeconds);
        Check.positive("lambda", lambda);
        RandomStream rng = new RandomStream(seed);
        List<Point> points = new ArrayList<>();
        warmUp(sizes[0], lambda, minSeconds);
        progress.start("ridge forms", (long) sizes.length * sizes.length);
        for (int n : sizes) {
            for (int d : sizes) {
                RandomStream cell = rng.split(((long) n << 32) | d);
                MatrixF64 x = MatrixF64.zeros(n, d);
                MatrixF64 y = MatrixF64.zeros(n, 1);
                cell.fillNormal(x, 0, 1);
                cell.fillNormal(y, 0, 1);
                double[] best = bestSeconds(() -> RidgeRegression.solve(RidgeForm.PRIMAL, x, y, lambda),
                        () -> RidgeRegression.solve(RidgeForm.KERNEL, x, y, lambda), minSeconds);
                double primal = best[0];
                double kernel = best[1];
                RidgeForm faster = primal <= kernel ? RidgeForm.PRIMAL : RidgeForm.KERNEL;
                RidgeForm choice = RidgeForm.cheaper(n, d);
                double ratio = Math.max(primal, kernel) / Math.min(primal, kernel);
                points.add(new Point(n, d, primal, kernel, RidgeForm.PRIMAL.flops(n, d), RidgeForm.KERNEL.flops(n, d),
                        choice, faster, ratio, ratio > DECISIVE_RATIO, choice == faster));
                progress.advance(points.size(), "n = " + n + ", d = " + d);
            }
        }
        int decisive = (int) points.stream().filter(Point::decisive).count();
        int right = (int) points.stream().filter(p -> p.decisive() && p.choiceIsFaster()).count();
        progress.finish(right + " of " + decisive + " decisive points chosen right");
        return new Result(sizes.clone(), lambda, minSeconds, Blas.configuration(), List.copyOf(points), decisive, right,
                right == decisive);
    }

    /**
     * Requires a grid the benchmark can time: at least one size, each in {@code [1, MAX_SIZE]}, a
     * timing in {@code (0, GemmBenchmark.MAX_MIN_SECONDS]}, and at most {@link #MAX_SECONDS} of
     * timing in all ({@code sizes^2} points, both forms, each at least {@code minSeconds}).
     *
     * @param sizesName the option of the sizes, e.g. {@code --sizes}
     * @param sizes the grid values
     * @param secondsName the option of the timing, e.g. {@code --min-seconds}
     * @param minSeconds the minimum timing per form and point, in seconds
     */
    public static void requireAffordable(String sizesName, int[] sizes, String secondsName, double minSeconds) {
        if (sizes.length == 0) {
            throw Check.invalid(sizesName, "[]", "at least one size");
        }
        for (int s : sizes) {
            Check.inRange(sizesName, s, 1, MAX_SIZE);
        }
        GemmBenchmark.requireMinSeconds(secondsName, minSeconds);
        double total = 2.0 * sizes.length * sizes.length * minSeconds;
        if (total > MAX_SECONDS) {
            throw Check.invalid(secondsName, minSeconds, "with " + sizes.length + " x " + sizes.length + " grid points "
                    + "and two forms the timing would take " + total + " s; at most " + MAX_SECONDS + " s are allowed");
        }
    }

    /** One untimed pass over an {@code n x n} problem, both forms. */
    private static void warmUp(int n, double lambda, double minSeconds) {
        MatrixF64 x = MatrixF64.zeros(n, n);
        MatrixF64 y = MatrixF64.zeros(n, 1);
        new RandomStream(0).fillNormal(x, 0, 1);
        bestSeconds(() -> RidgeRegression.solve(RidgeForm.PRIMAL, x, y, lambda),
                () -> RidgeRegression.solve(RidgeForm.KERNEL, x, y, lambda), minSeconds);
    }

    /** The best times of {@code a} and {@code b}, run in alternation after one warm-up call each. */
    private static double[] bestSeconds(Runnable a, Runnable b, double minSeconds) {
        a.run();
        b.run();
        long bestA = Long.MAX_VALUE;
        long bestB = Long.MAX_VALUE;
        long start = System.nanoTime();
        int reps = 0;
        while (reps < 3 || System.nanoTime() - start < 2 * minSeconds * 1e9) {
            long t0 = System.nanoTime();
            a.run();
            long t1 = System.nanoTime();
            b.run();
            long t2 = System.nanoTime();
            bestA = Math.min(bestA, t1 - t0);
            bestB = Math.min(bestB, t2 - t1);
            reps++;
        }
        return new double[] {bestA / 1e9, bestB / 1e9};
    }
}
