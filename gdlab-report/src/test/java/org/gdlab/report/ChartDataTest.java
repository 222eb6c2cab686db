package org.gdlab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ChartDataTest {
    @Test
    void indicesCountFromTheFirst() {
        assertArrayEquals(new double[] {0, 1, 2}, ChartData.indices(0, 3));
        assertArrayEquals(new double[] {1, 2}, ChartData.indices(1, 2));
        assertArrayEquals(new double[0], ChartData.indices(1, 0));
    }

    @Test
    void finitePrefixStopsAtTheFirstOverflow() {
        assertArrayEquals(new double[] {1, 2}, ChartData.finitePrefix(new double[] {1, 2, Double.POSITIVE_INFINITY, 3}));
        assertArrayEquals(new double[0], ChartData.finitePrefix(new double[] {Double.NaN}));
    }

    @Test
    void prefixWithinStopsBeyondTheLimit() {
        assertArrayEquals(new double[] {1, -2}, ChartData.prefixWithin(new double[] {1, -2, 3, 1}, 2.5));
    }

    @Test
    void finitePointsDropEveryPointWithANonFiniteCoordinate() {
        double[][] xy = ChartData.finitePoints(new double[] {0, 1, Double.NaN, 3}, new double[] {5, Double.POSITIVE_INFINITY, 7, 8});
        assertArrayEquals(new double[] {0, 3}, xy[0]);
        assertArrayEquals(new double[] {5, 8}, xy[1]);
    }
}
