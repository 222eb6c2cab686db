package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in-process, as a user would type it: its exit code and what it
 * printed on stdout and stderr.
 */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gdlab.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} and asserts a usage error: exit code 2 and one line on stderr containing {@code expected}. */
    static CliRun assertUsageError(String expected, String... args) {
        CliRun r = of(args);
        assertEquals(Gdlab.EXIT_USAGE, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertTrue(r.oneLineError(), r.err());
        return r;
    }

    /** The lines of stderr that are not blank. */
    long errLines() {
        return err.lines().filter(l -> !l.isBlank()).count();
    }

    /** Whether stderr is exactly one line (a usage error, no stack trace). */
    boolean oneLineError() {
        return errLines() == 1 && !err.contains("\tat ");
    }
}
