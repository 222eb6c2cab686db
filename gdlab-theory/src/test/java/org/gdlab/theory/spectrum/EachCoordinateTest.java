package org.gdlab.theory.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EachCoordinateTest {
    @Test
    void everyCountLandsInItsOwnSlotWhateverThreadComputedIt() {
        IterationCount[] c = EachCoordinate.counts(10_000, i -> IterationCount.reached(3L * i));
        for (int i = 0; i < c.length; i++) {
            assertEquals(IterationCount.reached(3L * i), c[i]);
        }
    }

    @Test
    void theWorstIsADivergenceOverANonArrivalOverTheMostIterations() {
        assertEquals(IterationCount.reached(99), EachCoordinate.worst(100, IterationCount::reached));
        assertEquals(IterationCount.Outcome.NOT_REACHED, EachCoordinate.worst(100, i -> i == 7
                ? new IterationCount(IterationCount.Outcome.NOT_REACHED, 5) : IterationCount.reached(i)).outcome());
        assertEquals(IterationCount.Outcome.DIVERGED, EachCoordinate.worst(100, i -> i == 7
                ? new IterationCount(IterationCount.Outcome.NOT_REACHED, 5) : i == 50
                ? new IterationCount(IterationCount.Outcome.DIVERGED, 2) : IterationCount.reached(i)).outcome());
        assertEquals(IterationCount.reached(0), EachCoordinate.worst(0, IterationCount::reached));
    }
}
