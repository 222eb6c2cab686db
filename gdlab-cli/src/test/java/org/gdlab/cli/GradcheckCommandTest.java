package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradcheckCommandTest {
    @Test
    void printsATableOfPassingChecks() {
        CliRun r = CliRun.of("gradcheck", "--seed", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("batchnorm (train) dx"), r.out());
        assertTrue(r.out().contains("net relu+reg+bn+dropout dgamma1"));
        assertTrue(r.out().contains(", 0 failed (tolerance 1e-07)"));
    }

    @Test
    void jsonSaysWhetherEveryCheckPassed() {
        CliRun r = CliRun.of("gradcheck", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"passed\" : true"), r.out());
        assertTrue(r.out().contains("\"max_relative_error\""));
    }
}
