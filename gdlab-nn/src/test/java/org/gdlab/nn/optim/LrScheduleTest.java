package org.gdlab.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gdlab.core.io.JsonFiles;
import org.junit.jupiter.api.Test;

/** Known values of each schedule, and their command-line and JSON forms. */
class LrScheduleTest {
    @Test
    void stepDecayMultipliesOncePerEpoch() {
        LrSchedule s = LrSchedule.parse("--schedule", "step:0.5");
        assertEquals(0.1, s.rate(0.1, 0, 10));
        assertEquals(0.05, s.rate(0.1, 1, 10));
        assertEquals(0.0125, s.rate(0.1, 3, 10));
        assertEquals(LrSchedule.CONSTANT, LrSchedule.stepDecay(1));
    }

    @Test
    void cosineFallsFromTheRateThroughHalfToNearZero() {
        LrSchedule s = LrSchedule.parse("--schedule", "cosine");
        assertEquals(1.0, s.rate(1, 0, 4));
        assertEquals(0.5, s.rate(1, 2, 4), 1e-15);
        assertEquals((1 + Math.cos(3 * Math.PI / 4)) / 2, s.rate(1, 3, 4), 1e-15);
    }

    @Test
    void warmupRampsLinearlyThenHandsOver() {
        LrSchedule s = LrSchedule.CONSTANT.withWarmup(3);
        assertEquals(0.25, s.rate(1, 0, 10));
        assertEquals(0.5, s.rate(1, 1, 10));
        assertEquals(0.75, s.rate(1, 2, 10));
        assertEquals(1.0, s.rate(1, 3, 10));
        LrSchedule w = LrSchedule.parse("--schedule", "warmup:1+step:0.5");
        assertEquals(0.5, w.rate(1, 0, 10));
        assertEquals(0.5, w.rate(1, 1, 10));
        assertEquals(0.25, w.rate(1, 2, 10));
        assertEquals(w, LrSchedule.stepDecay(0.5).withWarmup(1));
    }

    @Test
    void badFormsNameTheOptionAndTheForms() {
        var e = assertThrows(IllegalArgumentException.class, () -> LrSchedule.parse("--schedule", "linear"));
        assertEquals("--schedule = linear is not allowed: must be one of constant, step:D (D in (0, 1]), cosine, "
                + "optionally after warmup:W+ (e.g. warmup:2+cosine)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LrSchedule.parse("--schedule", "step:1.5"));
        assertEquals("--schedule = step:1.5 is not allowed: the factor after 'step:' must be in (0, 1], e.g. step:0.6",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LrSchedule.parse("--schedule", "warmup:0+cosine"));
        assertThrows(IllegalArgumentException.class, () -> LrSchedule.CONSTANT.withWarmup(-1));
    }

    @Property
    void everyScheduleReadsBackFromItsSpecAndItsJson(@ForAll @DoubleRange(min = 0.01, max = 1) double d,
                                                     @ForAll @IntRange(min = 0, max = 5) int warmup,
                                                     @ForAll @IntRange(min = 0, max = 2) int which) throws Exception {
        LrSchedule base = which == 0 ? LrSchedule.CONSTANT : which == 1 ? LrSchedule.stepDecay(d) : new LrSchedule.Cosine();
        LrSchedule s = base.withWarmup(warmup);
        assertEquals(s, LrSchedule.parse("schedule", s.spec()));
        assertEquals(s, JsonFiles.mapper().readValue(JsonFiles.toJson(s), LrSchedule.class));
    }
}
