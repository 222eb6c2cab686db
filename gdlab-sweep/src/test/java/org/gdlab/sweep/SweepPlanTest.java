package org.gdlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepPlanTest {
    private static SweepSpec grid() {
        return SweepSpec.EMPTY.withAxis(new Axis(Setting.LR, List.of("0.001", "0.002")))
                .withAxis(new Axis(Setting.INIT, List.of("he", "xavier:uniform")))
                .withAxis(new Axis(Setting.SEED, List.of("0", "1", "2")));
    }

    @Test
    void theGridHoldsEveryCombinationTheLastAxisFastest() {
        List<String> names = SweepPlan.of(grid(), Path.of(".")).points().stream().map(SweepPoint::name).toList();
        assertEquals(12, names.size());
        assertEquals("lr=0.001_init=he_seed=0", names.get(0));
        assertEquals("lr=0.001_init=he_seed=1", names.get(1));
        assertEquals("lr=0.001_init=xavier-uniform_seed=0", names.get(3), "the colon is not safe in a folder name");
        assertEquals("lr=0.002_init=xavier-uniform_seed=2", names.get(11));
        SweepPoint p = SweepPlan.of(grid(), Path.of(".")).points().get(7);
        assertEquals(0.002, p.config().optimizer().learningRate());
        assertEquals(1, p.config().training().seed());
    }

    @Test
    void aSampleDrawsDistinctGridPointsInGridOrderTheSameForTheSameSeed() {
        List<String> all = SweepPlan.of(grid(), Path.of(".")).points().stream().map(SweepPoint::name).toList();
        List<String> a = SweepPlan.of(grid().withSampling(new Sampling(5, 3)), Path.of(".")).points().stream()
                .map(SweepPoint::name).toList();
        List<String> again = SweepPlan.of(grid().withSampling(new Sampling(5, 3)), Path.of(".")).points().stream()
                .map(SweepPoint::name).toList();
        List<String> other = SweepPlan.of(grid().withSampling(new Sampling(5, 4)), Path.of(".")).points().stream()
                .map(SweepPoint::name).toList();
        assertEquals(a, again);
        assertEquals(5, new HashSet<>(a).size());
        assertTrue(all.containsAll(a));
        assertEquals(a.stream().sorted((x, y) -> Integer.compare(all.indexOf(x), all.indexOf(y))).toList(), a);
        assertNotEquals(a, other, "another seed draws other points (fixed seeds: this pair differs)");
        Set<String> everything = new HashSet<>(SweepPlan.of(grid().withSampling(new Sampling(12, 9)), Path.of("."))
                .points().stream().map(SweepPoint::name).toList());
        assertEquals(new HashSet<>(all), everything, "a sample of the whole grid is the grid");
    }
}
