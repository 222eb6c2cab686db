package org.gdlab.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckTest {
    @Test
    void messagesNameParameterValueAndRule() {
        assertEquals("eta = -1.0 is not allowed: must be > 0",
                assertThrows(IllegalArgumentException.class, () -> Check.positive("eta", -1.0)).getMessage());
        assertEquals("beta = NaN is not allowed: must be in (0.0, 1.0]",
                assertThrows(IllegalArgumentException.class, () -> Check.inHalfOpenRange("beta", Double.NaN, 0, 1)).getMessage());
        assertEquals("--batch = 0 is not allowed: must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> Check.positive("--batch", 0)).getMessage());
    }

    @Test
    void nanFailsEveryNumericCheck() {
        assertThrows(IllegalArgumentException.class, () -> Check.positive("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Check.nonNegative("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Check.finite("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Check.inClosedRange("x", Double.NaN, 0, 1));
    }

    @Test
    void validValuesPassThrough() {
        assertEquals(0.5, Check.inHalfOpenRange("beta", 0.5, 0, 1));
        assertEquals(1.0, Check.inHalfOpenRange("beta", 1.0, 0, 1));
        assertEquals(0.0, Check.nonNegative("x", 0.0));
        assertEquals(3, Check.inRange("n", 3, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> Check.inRange("n", 4, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> Check.finite("x", Double.POSITIVE_INFINITY));
    }

    private enum Colour { RED, DARK_BLUE }

    @Test
    void oneOfMatchesALabelTrimmedInAnyCaseAndListsTheLabelsOtherwise() {
        java.util.function.Function<Colour, String> label = c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertEquals(Colour.DARK_BLUE, Check.oneOf("--colour", " Dark-Blue ", Colour.values(), label));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Check.oneOf("--colour", "green", Colour.values(), label));
        assertEquals("--colour = green is not allowed: must be one of [red, dark-blue]", e.getMessage());
    }
}
