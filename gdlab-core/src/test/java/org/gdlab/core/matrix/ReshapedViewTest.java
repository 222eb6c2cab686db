package org.gdlab.core.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReshapedViewTest {
    @Test
    void aReshapedViewSharesTheFlatStorage() {
        MatrixF32 flat = MatrixF32.of(1, 8, 0, 1, 2, 3, 4, 5, 6, 7);
        MatrixF32 block = flat.reshapedView(2, 2, 3);
        assertEquals("2x3", block.shape());
        assertEquals(5f, block.get(1, 0));
        block.set(0, 0, 9f);
        assertEquals(9f, flat.get(0, 2));
        assertArrayEquals(new double[] {9, 3, 4, 5, 6, 7}, block.toDoubleArray());
        assertEquals(7.0, MatrixF64.of(2, 2, 1, 2, 3, 7).reshapedView(3, 1, 1).get(0, 0));
    }

    @Test
    void outOfRangeOrStridedViewsAreRefused() {
        MatrixF64 m = MatrixF64.zeros(3, 4);
        assertThrows(IndexOutOfBoundsException.class, () -> m.reshapedView(10, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> m.block(0, 0, 3, 2).reshapedView(0, 1, 2));
    }
}
