package org.gdlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps its exit code, stdout and stderr (for end-to-end tests). */
record TheoryCli(int code, String out, String err) {
    static TheoryCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gdlab.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new TheoryCli(code, out.toString(), err.toString());
    }
}
