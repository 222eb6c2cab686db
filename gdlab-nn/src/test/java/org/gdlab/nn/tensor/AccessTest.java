package org.gdlab.nn.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;
import org.junit.jupiter.api.Test;

class AccessTest {
    @Test
    void setRowsFillsEveryRowOfAViewAndLeavesTheRestAlone() {
        for (Precision p : Precision.values()) {
            DenseMatrix<?> m = p.zeros(4, 5);
            m.fill(-1);
            DenseMatrix<?> view = m.block(1, 1, 2, 3);
            Access.of(view).setRows(2, new double[] {0.5, 1.5, 2.5}, 3);
            assertArrayEquals(new double[] {-1, -1, -1, -1, -1}, m.toDoubleRows()[0], p.label());
            assertArrayEquals(new double[] {-1, 0.5, 1.5, 2.5, -1}, m.toDoubleRows()[1], p.label());
            assertArrayEquals(new double[] {-1, 0.5, 1.5, 2.5, -1}, m.toDoubleRows()[2], p.label());
            assertArrayEquals(new double[] {-1, -1, -1, -1, -1}, m.toDoubleRows()[3], p.label());
        }
    }

    @Test
    void addColumnSumsAddsTheColumnTotalsInTheMatricesPrecision() {
        for (Precision p : Precision.values()) {
            DenseMatrix<?> m = p.zeros(37, 6);
            new RandomStream(2).fillNormal(m, 0, 1);
            double[] sums = {1, 2, 3, 4, 5, 6};
            Access.of(m.block(0, 0, 37, 5)).addColumnSums(37, sums, 5);
            double[] expected = m.colSums();
            for (int j = 0; j < 5; j++) {
                assertEquals(j + 1 + expected[j], sums[j], p == Precision.FLOAT32 ? 1e-5 : 1e-13, p.label() + " column " + j);
            }
            assertEquals(6, sums[5], 0, "a column past n is untouched");
        }
    }
}
