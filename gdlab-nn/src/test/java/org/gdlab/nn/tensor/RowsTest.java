package org.gdlab.nn.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.parallel.WorkerTeam;
import org.junit.jupiter.api.Test;

class RowsTest {
    /** A 10 x 3 matrix whose element (i, j) is 10 i + j. */
    static DenseMatrix<?> numbered(Precision precision) {
        DenseMatrix<?> m = precision.zeros(10, 3);
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 3; j++) {
                m.setFromDouble(i, j, 10 * i + j);
            }
        }
        return m;
    }

    static void assertRows(int[] index, int from, DenseMatrix<?> dst) {
        for (int r = 0; r < dst.rows(); r++) {
            for (int j = 0; j < dst.cols(); j++) {
                assertEquals(10 * index[from + r] + j, dst.getAsDouble(r, j), "row " + r + ", column " + j);
            }
        }
    }

    @Test
    void theGathererCopiesTheSameRowsWithAnyTeamSizeInEitherPrecision() {
        int[] index = {9, 2, 7, 0, 4, 4, 1, 8, 3, 6, 5};
        for (Precision precision : Precision.values()) {
            for (int size = 1; size <= 4; size++) {
                try (WorkerTeam team = new WorkerTeam(size)) {
                    Rows.Gatherer gatherer = new Rows.Gatherer(team);
                    for (int rows : new int[] {1, 3, 7}) {
                        DenseMatrix<?> dst = precision.zeros(rows, 3);
                        gatherer.gather(numbered(precision), index, 2, dst);
                        assertRows(index, 2, dst);
                        DenseMatrix<?> serial = precision.zeros(rows, 3);
                        Rows.gather(numbered(precision), index, 2, serial);
                        assertRows(index, 2, serial);
                    }
                }
            }
        }
    }

    @Test
    void theLabelsOfAMinibatchAreGatheredFromTheSamePositions() {
        int[] labels = new int[3];
        Rows.gather(new int[] {10, 11, 12, 13, 14}, new int[] {4, 0, 3, 1, 2}, 1, labels);
        assertArrayEquals(new int[] {10, 13, 11}, labels);
    }

    @Test
    void aGatherIntoOtherColumnsIsRefused() {
        try (WorkerTeam team = new WorkerTeam(2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Rows.Gatherer(team)
                    .gather(numbered(Precision.FLOAT32), new int[] {0, 1}, 0, Precision.FLOAT32.zeros(2, 4)));
            assertEquals("gather: 10x3 rows into 2x4", e.getMessage());
        }
    }
}
