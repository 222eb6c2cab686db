package org.gdlab.theory.ridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping (not its speed: times are figures it prints, never asserted). */
class RidgeBenchmarkTest {
    @Test
    void everyGridPointIsMeasuredAndClassified() {
        RidgeBenchmark.Result r = RidgeBenchmark.run(new int[] {3, 8}, 0.5, 1e-4, 1, ProgressListener.SILENT);
        assertEquals(4, r.points().size());
        for (RidgeBenchmark.Point p : r.points()) {
            assertTrue(p.primalSeconds() > 0 && p.kernelSeconds() > 0);
            assertEquals(RidgeForm.cheaper(p.n(), p.d()), p.modelChoice());
            assertEquals(p.primalSeconds() <= p.kernelSeconds() ? RidgeForm.PRIMAL : RidgeForm.KERNEL, p.measuredFaster());
            assertEquals(p.slowerOverFaster() > RidgeBenchmark.DECISIVE_RATIO, p.decisive());
            assertEquals(p.modelChoice() == p.measuredFaster(), p.choiceIsFaster());
        }
        long decisive = r.points().stream().filter(RidgeBenchmark.Point::decisive).count();
        assertEquals(decisive, r.decisivePoints());
        assertEquals(r.decisivePoints() == r.decisivePointsChosenRight(), r.claimHolds());
    }

    @Test
    void badGridsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RidgeBenchmark.run(new int[0], 1, 0.1, 1, ProgressListener.SILENT));
        assertThrows(IllegalArgumentException.class, () -> RidgeBenchmark.run(new int[] {0}, 1, 0.1, 1, ProgressListener.SILENT));
        assertThrows(IllegalArgumentException.class, () -> RidgeBenchmark.run(new int[] {2}, 0, 0.1, 1, ProgressListener.SILENT));
    }
}
