package org.gdlab.cli;

import java.util.Locale;

/** Vectors and matrices as short text for reports: large ones show their first rows and columns. */
final class MatrixText {
    /** At most this many rows and columns (or vector entries) are printed. */
    static final int MAX_SHOWN = 8;

    private MatrixText() {
    }

    /** {@code [v0, v1, ...]}, the first {@link #MAX_SHOWN} entries, then how many more there are. */
    static String vector(double[] v) {
        StringBuilder b = new StringBuilder("[");
        for (int j = 0; j < Math.min(v.length, MAX_SHOWN); j++) {
            b.append(j == 0 ? "" : ", ").append(number(v[j]));
        }
        if (v.length > MAX_SHOWN) {
            b.append(", ... ").append(v.length - MAX_SHOWN).append(" more");
        }
        return b.append(']').toString();
    }

    /** The matrix's first rows and columns, one row a line, each line starting with {@code indent}. */
    static String matrix(double[][] m, String indent) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(m.length, MAX_SHOWN); i++) {
            b.append(indent);
            for (int j = 0; j < Math.min(m[i].length, MAX_SHOWN); j++) {
                b.append(String.format(Locale.ROOT, "%11s", number(m[i][j])));
            }
            b.append(m[i].length > MAX_SHOWN ? "  ..." : "").append('\n');
        }
        if (m.length > MAX_SHOWN) {
            b.append(indent).append("... ").append(m.length - MAX_SHOWN).append(" more rows\n");
        }
        return b.toString();
    }

    /** A number in 5 significant digits. */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.5g", v);
    }
}
