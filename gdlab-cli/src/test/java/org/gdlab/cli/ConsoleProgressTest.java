package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
    @Test
    void aTerminalGetsOneRedrawnLine() {
        StringWriter s = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(s), true, 5);
        p.start("train", 4);
        p.advance(4, "epoch 1/1  loss 0.5000");
        p.finish("done");
        String text = s.toString();
        assertTrue(text.startsWith("\r[########################] 100% 4/4  epoch 1/1  loss 0.5000"), text);
        assertTrue(text.endsWith("\ntrain: done\n"), text);
    }

    @Test
    void aLogGetsWholeLinesAndTheBarFillsInProportion() {
        StringWriter s = new StringWriter();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(s), false, 3600);
        p.start("train", 8);
        p.advance(1, "early");
        p.advance(8, "last");
        assertEquals("[############............]  50% 4/8  x  1.5 s", p.line(4, "x", 1.5));
        assertEquals(1, s.toString().lines().count(), "only the final state is printed within the interval: " + s);
        assertTrue(s.toString().contains("8/8  last"));
    }

    @Test
    void theLineReadsTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            ConsoleProgress p = new ConsoleProgress(new PrintWriter(new StringWriter()), false, 3600);
            p.start("train", 8);
            assertEquals("[############............]  50% 4/8  x  1.5 s", p.line(4, "x", 1.5));
        } finally {
            Locale.setDefault(before);
        }
    }
}
