package org.gdlab.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

    private static double[] draws(RandomStream r, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = r.normal();
        }
        return d;
    }

    @Test
    void sameSeedSameNumbers() {
        assertArrayEquals(draws(new RandomStream(42), 100), draws(new RandomStream(42), 100));
        assertNotEquals(draws(new RandomStream(42), 5)[0], draws(new RandomStream(43), 5)[0]);
    }

    @Test
    void theGeneratorIsTheSpecifiedAlgorithm() {
        RandomStream a = new RandomStream(7);
        var reference = java.util.random.RandomGeneratorFactory.of("L64X128MixRandom").create(7L);
        for (int i = 0; i < 10; i++) {
            assertEquals(reference.nextDouble(), a.uniform());
        }
    }

    @Test
    void splitsAreDeterministicAndIndependentOfTheParentsUse() {
        RandomStream parent = new RandomStream(1);
        double[] child = draws(parent.split("init"), 10);
        parent.normal();
        assertArrayEquals(child, draws(parent.split("init"), 10));
        assertNotEquals(child[0], draws(parent.split("shuffle"), 1)[0]);
        assertNotEquals(draws(parent.split(0), 1)[0], draws(parent.split(1), 1)[0]);
    }

    @Test
    void normalHasTheRightMoments() {
        RandomStream r = new RandomStream(9);
        int n = 200_000;
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double v = r.normal(2, 3);
            sum += v;
            sq += v * v;
        }
        double mean = sum / n;
        double var = sq / n - mean * mean;
        assertEquals(2, mean, 5 * 3 / Math.sqrt(n));
        assertEquals(9, var, 0.1);
    }

    @Property(tries = 50)
    void permutationIsAPermutation(@ForAll @IntRange(min = 0, max = 500) int n, @ForAll long seed) {
        int[] p = new RandomStream(seed).permutation(n);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Property(tries = 50)
    void uniformStaysInItsInterval(@ForAll long seed) {
        RandomStream r = new RandomStream(seed);
        for (int i = 0; i < 100; i++) {
            double u = r.uniform(-0.03, 0.03);
            assertTrue(u >= -0.03 && u < 0.03);
        }
    }
}
