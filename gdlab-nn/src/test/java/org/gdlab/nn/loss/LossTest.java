package org.gdlab.nn.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;

class LossTest {
    @Test
    void softmaxCrossEntropyMatchesHandValues() {
        MatrixF64 s = MatrixF64.of(2, 3, 1, 2, 3, 0, 0, 0);
        MatrixF64 d = MatrixF64.zeros(2, 3);
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        double expected = (-(3 - Math.log(z)) + Math.log(3)) / 2;
        assertEquals(expected, new SoftmaxCrossEntropy(new int[] {2, 1}).lossAndGradient(s, d), 1e-15);
        assertEquals((Math.exp(3) / z - 1) / 2, d.get(0, 2), 1e-15);
        assertEquals((1.0 / 3 - 1) / 2, d.get(1, 1), 1e-15);
        assertEquals(1.0 / 6, d.get(1, 0), 1e-15);
    }

    @Test
    void softmaxCrossEntropyIsStableForHugeScoresInFloat32() {
        MatrixF32 s = MatrixF32.of(1, 3, 1e30f, -1e30f, 0f);
        MatrixF32 d = MatrixF32.zeros(1, 3);
        assertEquals(0, new SoftmaxCrossEntropy(new int[] {0}).lossAndGradient(s, d), 0);
        assertEquals(2e30, new SoftmaxCrossEntropy(new int[] {1}).lossAndGradient(s, d), 1e24);
        assertEquals(-1, d.get(0, 1), 0);
        assertEquals(1, d.get(0, 0), 0);
    }

    @Test
    void softmaxCrossEntropyNamesABadLabel() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxCrossEntropy(new int[] {3}).lossAndGradient(MatrixF64.zeros(1, 3), MatrixF64.zeros(1, 3)));
        assertEquals("softmax cross-entropy: label 0 = 3 is not allowed: must be in [0, 2]", e.getMessage());
    }

    @Test
    void meanSquaredErrorIsTheMeanOverEveryElement() {
        MatrixF64 o = MatrixF64.of(2, 2, 1, 2, 3, 4);
        MatrixF64 t = MatrixF64.of(2, 2, 0, 2, 5, 4);
        MatrixF64 d = MatrixF64.zeros(2, 2);
        assertEquals((1 + 4) / 4.0, new MeanSquaredError(t).lossAndGradient(o, d), 1e-15);
        assertEquals(2 * 1 / 4.0, d.get(0, 0), 1e-15);
        assertEquals(2 * -2 / 4.0, d.get(1, 0), 1e-15);
        assertEquals(0, d.get(0, 1), 0);
    }
}
