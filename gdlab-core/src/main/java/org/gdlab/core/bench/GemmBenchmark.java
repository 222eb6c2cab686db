package org.gdlab.core.bench;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/**
 * Measures GEMM throughput the way the numpy peer ({@code bench/peers/gemm_numpy.py} in the repository)
 * does, so the two can be compared: two warm-up products, then products repeated until at least
 * {@code minSeconds} have passed (and at least 3), reporting the best and the mean time.
 * A product of {@code (m x k)(k x n)} counts {@code 2 m k n} floating-point operations.
 */
public final class GemmBenchmark {
    /** The longest a benchmark may time one case: a minute (a benchmark is a measurement, not a soak test). */
    public static final double MAX_MIN_SECONDS = 60;

    /**
     * Requires a timing per case in {@code (0, MAX_MIN_SECONDS]} (NaN and infinity fail), naming the option.
     *
     * @param name the option that gave the timing, for the message
     * @param seconds the minimum time per case, in seconds
     * @return seconds
     */
    public static double requireMinSeconds(String name, double seconds) {
        return Check.inHalfOpenRange(name, seconds, 0, MAX_MIN_SECONDS);
    }

    /** The shapes the issue and the peer measure: (m, k, n). */
    public static final List<GemmShape> STANDARD_SHAPES = List.of(
            new GemmShape(100, 784, 100, false),
            new GemmShape(256, 784, 512, false),
            new GemmShape(1024, 1024, 1024, false),
            new GemmShape(1024, 1024, 1024, true));

    private GemmBenchmark() {
    }

    /**
     * One product shape.
     *
     * @param m rows of A and C
     * @param k columns of A, rows of B
     * @param n columns of B and C
     * @param float64 true for double precision
     */
    public record GemmShape(int m, int k, int n, boolean float64) {
        /**
         * Validates the sizes.
         *
         * @param m rows of A and C, {@code >= 1}
         * @param k columns of A, rows of B, {@code >= 1}
         * @param n columns of B and C, {@code >= 1}
         * @param float64 true for double precision
         */
        public GemmShape {
            Check.positive("m", m);
            Check.positive("k", k);
            Check.positive("n", n);
        }

        /**
         * {@code float32 (m x k)x(k x n)}.
         *
         * @return the precision and the two operand shapes, e.g. {@code float32
         *     (100x784)x(784x100)}
         */
        public String label() {
            return (float64 ? "float64 " : "float32 ") + "(" + m + "x" + k + ")x(" + k + "x" + n + ")";
        }
    }

    /**
     * The measurement of one shape.
     *
     * @param shape what was multiplied
     * @param reps timed repetitions
     * @param bestSeconds the fastest repetition
     * @param meanSeconds the mean repetition
     */
    public record GemmResult(GemmShape shape, int reps, double bestSeconds, double meanSeconds) {
        /**
         * GFLOP/s of the best repetition.
         *
         * @return {@code 2 m k n / bestSeconds / 1e9}
         */
        public double bestGflops() {
            return flops() / bestSeconds / 1e9;
        }

        /**
         * GFLOP/s of the mean repetition.
         *
         * @return {@code 2 m k n / meanSeconds / 1e9}
         */
        public double meanGflops() {
            return flops() / meanSeconds / 1e9;
        }

        private double flops() {
            return 2.0 * shape.m() * shape.k() * shape.n();
        }
    }

    /**
     * Measures each shape for at least {@code minSeconds}, with operands drawn from seed 0.
     *
     * @param shapes the products to time, in order
     * @param minSeconds the least time spent per shape, in {@code (0, MAX_MIN_SECONDS]}
     * @return one result per shape, in the order of {@code shapes}
     */
    public static List<GemmResult> run(List<GemmShape> shapes, double minSeconds) {
        requireMinSeconds("minSeconds", minSeconds);
        RandomStream rng = new RandomStream(0);
        List<GemmResult> results = new ArrayList<>();
        for (GemmShape s : shapes) {
            Runnable product;
            if (s.float64()) {
                MatrixF64 a = MatrixF64.zeros(s.m(), s.k());
                MatrixF64 b = MatrixF64.zeros(s.k(), s.n());
                MatrixF64 c = MatrixF64.zeros(s.m(), s.n());
                rng.fillNormal(a, 0, 1);
                rng.fillNormal(b, 0, 1);
                product = () -> Blas.gemm(1.0, a, false, b, false, 0.0, c);
            } else {
                MatrixF32 a = MatrixF32.zeros(s.m(), s.k());
                MatrixF32 b = MatrixF32.zeros(s.k(), s.n());
                MatrixF32 c = MatrixF32.zeros(s.m(), s.n());
                rng.fillNormal(a, 0, 1);
                rng.fillNormal(b, 0, 1);
                product = () -> Blas.gemm(1f, a, false, b, false, 0f, c);
            }
            results.add(time(s, product, minSeconds));
        }
        return results;
    }

    private static GemmResult time(GemmShape shape, Runnable product, double minSeconds) {
        product.run();
        product.run();
        List<Long> times = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < 3 || System.nanoTime() - start < minSeconds * 1e9) {
            long t0 = System.nanoTime();
            product.run();
            times.add(System.nanoTime() - t0);
        }
        long best = times.stream().mapToLong(Long::longValue).min().orElseThrow();
        double mean = times.stream().mapToLong(Long::longValue).average().orElseThrow();
        return new GemmResult(shape, times.size(), best / 1e9, mean / 1e9);
    }
}
