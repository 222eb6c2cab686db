package org.gdlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void numbersLoseTheZerosAfterTheDecimalPointOnly() {
        assertEquals("0.001", NumberText.number(1e-3));
        assertEquals("0.8725", NumberText.number(0.8725));
        assertEquals("10", NumberText.number(10));
        assertEquals("0", NumberText.number(0));
        assertEquals("1e+04", NumberText.number(1e4));
        assertEquals("1.5e-05", NumberText.number(1.5e-5));
        assertEquals("1000", NumberText.number(1000));
        assertEquals("1200", NumberText.number(1200));
        assertEquals("NaN", NumberText.number(Double.NaN));
    }

    @Test
    void percentsHaveOneDecimal() {
        assertEquals("87.3%", NumberText.percent(0.87254));
        assertEquals("n/a", NumberText.percent(Double.NaN));
    }
}
