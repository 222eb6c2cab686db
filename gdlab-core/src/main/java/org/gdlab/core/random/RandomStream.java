package org.gdlab.core.random;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.gdlab.core.matrix.DenseMatrix;

/**
 * A seeded, reproducible and splittable stream of random numbers.
 *
 * <p>The generator is {@code L64X128MixRandom}, whose output for a given seed is fixed by its
 * specification, so the same seed gives the same numbers on every JDK from 17 on. Independent
 * streams come from {@link #split(String)}: a child's seed is a SplitMix64 mix of the parent's
 * seed and the child's name, so that adding a new consumer of randomness never shifts the
 * numbers an existing one sees.
 */
public final class RandomStream {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of("L64X128MixRandom");

    private final long seed;
    private final RandomGenerator generator;

    /**
     * A stream seeded with {@code seed}.
     *
     * @param seed any 64-bit value; equal seeds give equal draws
     */
    public RandomStream(long seed) {
        this.seed = seed;
        this.generator = FACTORY.create(seed);
    }

    /**
     * The seed this stream started from.
     *
     * @return the seed given to the constructor (or derived by {@link #split})
     */
    public long seed() {
        return seed;
    }

    /**
     * An independent child stream named {@code name}; the same parent seed and name give the same child.
     *
     * @param name the child's name
     * @return the child stream
     */
    public RandomStream split(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return split(h);
    }

    /**
     * An independent child stream for the key {@code key} (an index, say).
     *
     * @param key the child's key
     * @return the child stream
     */
    public RandomStream split(long key) {
        return new RandomStream(mix64(seed ^ mix64(key + 0x9e3779b97f4a7c15L)));
    }

    /** The SplitMix64 finalizer: a bijection of 64-bit words that spreads every input bit. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Uniform in [0, 1).
     *
     * @return the next draw
     */
    public double uniform() {
        return generator.nextDouble();
    }

    /**
     * Uniform in [low, high).
     *
     * @param low the lower bound, inclusive
     * @param high the upper bound, exclusive
     * @return the next draw
     */
    public double uniform(double low, double high) {
        return low + (high - low) * generator.nextDouble();
    }

    /**
     * Standard normal N(0, 1).
     *
     * @return the next draw
     */
    public double normal() {
        return generator.nextGaussian();
    }

    /**
     * Normal with the given mean and standard deviation.
     *
     * @param mean the mean of the draws
     * @param std the standard deviation, {@code >= 0}
     * @return the next draw
     */
    public double normal(double mean, double std) {
        return mean + std * generator.nextGaussian();
    }

    /**
     * Uniform integer in [0, bound).
     *
     * @param bound the exclusive upper bound, {@code >= 1}
     * @return the next draw
     */
    public int nextInt(int bound) {
        return generator.nextInt(bound);
    }

    /**
     * A uniformly random permutation of {@code 0 .. n-1} (Fisher-Yates).
     *
     * @param n the number of elements, {@code >= 0}
     * @return the permutation as an array of length {@code n}
     */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = generator.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * Fills {@code m} row by row with draws from N(mean, std^2).
     *
     * @param m the matrix to fill
     * @param mean the mean of the draws
     * @param std the standard deviation, {@code >= 0}
     */
    public void fillNormal(DenseMatrix<?> m, double mean, double std) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                m.setFromDouble(i, j, normal(mean, std));
            }
        }
    }

    /**
     * Fills {@code m} row by row with draws uniform in [low, high).
     *
     * @param m the matrix to fill
     * @param low the lower bound, inclusive
     * @param high the upper bound, exclusive
     */
    public void fillUniform(DenseMatrix<?> m, double low, double high) {
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                m.setFromDouble(i, j, uniform(low, high));
            }
        }
    }
}
