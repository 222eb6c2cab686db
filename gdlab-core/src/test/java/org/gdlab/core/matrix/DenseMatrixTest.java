package org.gdlab.core.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DenseMatrixTest {
    private final MatrixF64 a = MatrixF64.of(2, 3, 1, 2, 3, 4, 5, 6);

    @Test
    void elementsAreRowMajor() {
        assertEquals(2, a.get(0, 1));
        assertEquals(4, a.get(1, 0));
        assertEquals("2x3", a.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.toDoubleArray());
    }

    @Test
    void viewsShareStorage() {
        MatrixF64 m = a.copy();
        MatrixF64 block = m.block(0, 1, 2, 2);
        assertEquals(2, block.get(0, 0));
        assertEquals(6, block.get(1, 1));
        assertFalse(block.isContiguous());
        block.set(1, 0, 50);
        assertEquals(50, m.get(1, 1));
        MatrixF64 row = m.row(1);
        assertEquals(1, row.rows());
        assertArrayEquals(new double[] {4, 50, 6}, row.toDoubleArray());
    }

    @Test
    void transposeSwapsIndices() {
        MatrixF64 t = a.transpose();
        assertEquals("3x2", t.shape());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(a.get(i, j), t.get(j, i));
            }
        }
        MatrixF64 blockT = a.block(0, 1, 2, 2).transpose();
        assertArrayEquals(new double[] {2, 5, 3, 6}, blockT.toDoubleArray());
    }

    @Test
    void reductionsAndNorms() {
        assertArrayEquals(new double[] {6, 15}, a.rowSums());
        assertArrayEquals(new double[] {5, 7, 9}, a.colSums());
        assertEquals(Math.sqrt(91), a.frobeniusNorm(), 1e-12);
        assertEquals(6, a.maxAbs());
        assertArrayEquals(new double[] {3, 6}, a.columnArray(2));
    }

    @Test
    void frobeniusNormDoesNotOverflow() {
        MatrixF64 big = MatrixF64.of(1, 2, 3e200, 4e200);
        assertEquals(5e200, big.frobeniusNorm(), 1e188);
    }

    @Test
    void nanIsSeenByMaxAbsAndAllFinite() {
        MatrixF64 m = MatrixF64.of(1, 3, 1, Double.NaN, 2);
        assertTrue(Double.isNaN(m.maxAbs()));
        assertFalse(m.allFinite());
        assertTrue(a.allFinite());
    }

    @Test
    void mapFillScaleAndCopyAcrossPrecisions() {
        MatrixF32 f = MatrixF32.copyOf(a);
        f.mapInPlace(v -> v * v);
        assertEquals(36f, f.get(1, 2));
        f.scaleInPlace(0.5);
        assertEquals(18f, f.get(1, 2));
        MatrixF64 back = MatrixF64.copyOf(f);
        assertEquals(0.5, back.get(0, 0));
        back.fill(7);
        assertEquals(7, back.get(1, 1));
        assertEquals(0, a.maxAbsDifference(a.copy()));
    }

    @Test
    void float32RoundsOnStore() {
        MatrixF32 f = MatrixF32.zeros(1, 1);
        f.setFromDouble(0, 0, 0.1);
        assertEquals((double) 0.1f, f.getAsDouble(0, 0));
    }

    @Test
    void badShapesAndIndicesAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> MatrixF64.of(2, 2, 1, 2, 3));
        assertTrue(e.getMessage().contains("3 numbers do not fill a 2x2 matrix"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.requireSameShape(MatrixF64.zeros(3, 2), "add"));
        assertTrue(e.getMessage().contains("2x3 and 3x2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MatrixF64.zeros(-1, 2));
        assertTrue(e.getMessage().contains("-1x2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MatrixF64.fromRows(new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 1 has 1 values"), e.getMessage());
        var ix = assertThrows(IndexOutOfBoundsException.class, () -> a.get(2, 0));
        assertTrue(ix.getMessage().contains("(2, 0) is outside a 2x3 matrix"), ix.getMessage());
        ix = assertThrows(IndexOutOfBoundsException.class, () -> a.block(1, 1, 2, 2));
        assertTrue(ix.getMessage().contains("block 2x2 at (1, 1)"), ix.getMessage());
    }

    @Test
    void emptyMatricesAreAllowed() {
        MatrixF64 e = MatrixF64.zeros(0, 5);
        assertEquals(0, e.size());
        assertEquals(0, e.frobeniusNorm());
        assertArrayEquals(new double[5], e.colSums());
    }
}
