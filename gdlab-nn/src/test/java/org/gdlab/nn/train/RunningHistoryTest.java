package org.gdlab.nn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.gdlab.core.validate.Cost;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A run's history grows with the work done, within the bound of the work asked. */
class RunningHistoryTest {
    private static final double[] NORMS = {0.5, 0.25};

    @Test
    void aRunAskedForMillionsOfIterationsHoldsOnlyWhatItDid() {
        RunningHistory h = RunningHistory.bounded(2, 20_000_000, 10, 0);
        assertEquals(0, h.iterationCapacity(), "nothing before the first iteration");
        for (int t = 0; t < 10; t++) {
            h.iteration(t, t, 2 * t, NORMS);
        }
        assertEquals(GrowingArray.FIRST_LENGTH, h.iterationCapacity());
        TrainHistory s = h.snapshot(10, 0, 0);
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, s.loss(), 0);
        assertEquals(0.25, s.layerGradientNorms()[1][9], 0);
    }

    @Test
    void theLengthDoublesAndStopsAtTheBound() {
        GrowingArray a = new GrowingArray(5000);
        a.set(0, 1);
        assertEquals(1024, a.capacity());
        a.set(1024, 2);
        assertEquals(2048, a.capacity());
        a.set(4095, 3);
        assertEquals(4096, a.capacity());
        a.set(4096, 4);
        assertEquals(5000, a.capacity(), "not 8192: never past the bound");
        a.set(4999, 5);
        assertThrows(IllegalStateException.class, () -> a.set(5000, 6));
        assertArrayEquals(new double[] {1, 0}, a.copy(2), 0);
        assertEquals(4, a.get(4096), 0);
        GrowingArray b = new GrowingArray(10);
        b.set(0, 1);
        assertEquals(10, b.capacity(), "the first length is the bound when it is smaller");
    }

    @Test
    void recordingAllocatesNothingOnceTheArraysCoverTheIterations() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM measures no thread allocation");
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        RunningHistory h = RunningHistory.bounded(2, 1 << 20, 0, 0);
        h.iteration(8191, 0, 0, NORMS);
        assertEquals(8192, h.iterationCapacity());
        for (int t = 0; t < 8192; t++) {
            h.iteration(t, t, t, NORMS);
        }
        long before = bean.getThreadAllocatedBytes(id);
        for (int t = 0; t < 8192; t++) {
            h.iteration(t, t, t, NORMS);
        }
        long steady = bean.getThreadAllocatedBytes(id) - before;
        before = bean.getThreadAllocatedBytes(id);
        for (int t = 8192; t < 65536; t++) {
            h.iteration(t, t, t, NORMS);
        }
        long growing = bean.getThreadAllocatedBytes(id) - before;
        assertEquals(0, steady, "8192 iterations recorded into arrays that hold them");
        long arrays = 4L * 8 * (16384 + 32768 + 65536);
        assertTrue(growing >= arrays && growing < arrays + 4096,
                "3 doublings of 4 arrays: " + arrays + " bytes of arrays, measured " + growing);
    }

    @Test
    void aBoundAboveTheCostLimitIsRefusedBeforeAnythingIsAllocated() {
        long iterations = Cost.MAX_ELEMENTS / 4 + 1;
        var e = assertThrows(IllegalArgumentException.class, () -> RunningHistory.bounded(2, iterations, 1, 0));
        assertTrue(e.getMessage().contains("the run's history"), e.getMessage());
        RunningHistory.bounded(2, Cost.MAX_ELEMENTS / 4, 1, 0);
    }
}
