package org.gdlab.cli;

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

    /** The lines of stderr that are not blank. */
    long errLines() {
        return err.lines().filter(l -> !l.isBlank()).count();
    }

    /** Whether stderr is exactly one line (a usage error, no stack trace). */
    boolean oneLineError() {
        return errLines() == 1 && !err.contains("\tat ");
    }
}
