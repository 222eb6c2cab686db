package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GradcheckCommandTest {
    @Test
    void printsATableOfPassingChecks() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gdlab.execute(new String[] {"gradcheck", "--seed", "2"}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("batchnorm (train) dx"), out.toString());
        assertTrue(out.toString().contains("net relu+reg+bn+dropout dgamma1"));
        assertTrue(out.toString().contains(", 0 failed (tolerance 1e-07)"));
    }

    @Test
    void jsonSaysWhetherEveryCheckPassed() {
        StringWriter out = new StringWriter();
        int code = Gdlab.execute(new String[] {"gradcheck", "--json"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        assertTrue(out.toString().contains("\"passed\" : true"), out.toString());
        assertTrue(out.toString().contains("\"maxRelativeError\""));
    }
}
