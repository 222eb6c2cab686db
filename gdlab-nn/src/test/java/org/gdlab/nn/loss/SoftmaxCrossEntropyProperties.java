package org.gdlab.nn.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;

class SoftmaxCrossEntropyProperties {
    @Property(tries = 200)
    void gradientRowsSumToZeroAndShiftingScoresChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int n,
                                                             @ForAll @IntRange(min = 2, max = 7) int k,
                                                             @ForAll @DoubleRange(min = -1e4, max = 1e4) double shift) {
        RandomStream r = new RandomStream(seed);
        MatrixF64 s = MatrixF64.zeros(n, k);
        r.fillNormal(s, 0, 3);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(k);
        }
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(labels);
        MatrixF64 d = MatrixF64.zeros(n, k);
        double l = loss.lossAndGradient(s, d);
        assertTrue(l >= 0 && Double.isFinite(l));
        for (double rowSum : d.rowSums()) {
            assertEquals(0, rowSum, 1e-12);
        }
        MatrixF64 shifted = s.copy();
        shifted.mapInPlace(v -> v + shift);
        MatrixF64 d2 = MatrixF64.zeros(n, k);
        assertEquals(l, loss.lossAndGradient(shifted, d2), 1e-9 * Math.max(1, Math.abs(shift)));
    }
}
