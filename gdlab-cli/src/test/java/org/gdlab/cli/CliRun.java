package org.gdlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in process: its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gdlab.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Whether stderr is exactly one line (a usage error, no stack trace). */
    boolean oneLineError() {
        return err.strip().lines().count() == 1 && !err.contains("\tat ");
    }
}
