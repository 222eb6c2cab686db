package org.gdlab.linearize.toy;

import java.nio.file.Path;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;

/**
 * The function the toy regression learns, {@code y = f(x)}: piecewise-linear through knots, or
 * {@code sin(20 x)}.
 *
 * <p>Command-line forms: {@code course} (the course's target: knots at {@code x = k/10} with values
 * {@code sin(12345 k)} for every whole {@code k}, linearly interpolated), {@code sin20}, and
 * {@code file:PATH} (a .csv or .npy of two columns {@code x, y}, {@code x} strictly increasing,
 * linearly interpolated and defined on {@code [x_first, x_last]} only).
 */
public sealed interface Target permits Target.Course, Target.Sin20, Target.Knots {
    /** What every parse error lists. */
    String FORMS = "course, sin20, file:PATH (a .csv or .npy of two columns x, y with x increasing)";

    /**
     * {@code f(x)}.
     *
     * @param x a point of the {@link #domain}
     * @return the target's value there
     */
    double value(double x);

    /**
     * The interval on which {@code f} is defined: the whole real line unless the target says otherwise.
     *
     * @return {@code {low, high}}, possibly infinite
     */
    default double[] domain() {
        return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }

    /**
     * The command-line form.
     *
     * @return e.g. {@code sin20} or {@code file:PATH}
     */
    String describe();

    /** The course's piecewise-linear target: knots {@code (k/10, sin(12345 k))}. */
    record Course() implements Target {
        @Override
        public double value(double x) {
            double k = Math.floor(10 * x);
            double t = 10 * x - k;
            return (1 - t) * Math.sin(12345 * k) + t * Math.sin(12345 * (k + 1));
        }

        @Override
        public String describe() {
            return "course";
        }
    }

    /** {@code sin(20 x)}. */
    record Sin20() implements Target {
        @Override
        public double value(double x) {
            return Math.sin(20 * x);
        }

        @Override
        public String describe() {
            return "sin20";
        }
    }

    /**
     * Linear interpolation through knots read from a file.
     *
     * @param source the command-line form
     * @param x the knots' abscissae, strictly increasing, at least two
     * @param y the values at the knots, finite
     */
    record Knots(String source, double[] x, double[] y) implements Target {
        /**
         * Checks the knots, naming the file.
         *
         * @param source the command-line form
         * @param x the knots' abscissae, finite and strictly increasing, at least two
         * @param y the values at the knots, finite, one per abscissa
         */
        public Knots {
            if (x.length < 2 || x.length != y.length) {
                throw Check.invalid("--target", source, "needs at least two (x, y) rows");
            }
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || (i > 0 && !(x[i] > x[i - 1]))) {
                    throw Check.invalid("--target", source, "row " + (i + 1) + " (" + x[i] + ", " + y[i]
                            + "): x must be finite and strictly increasing, y finite");
                }
            }
        }

        @Override
        public double value(double at) {
            if (!(at >= x[0] && at <= x[x.length - 1])) {
                throw new IllegalArgumentException("target " + source + " is defined on [" + x[0] + ", "
                        + x[x.length - 1] + "], not at x = " + at);
            }
            int i = java.util.Arrays.binarySearch(x, at);
            if (i >= 0) {
                return y[i];
            }
            int hi = -i - 1;
            double t = (at - x[hi - 1]) / (x[hi] - x[hi - 1]);
            return (1 - t) * y[hi - 1] + t * y[hi];
        }

        @Override
        public double[] domain() {
            return new double[] {x[0], x[x.length - 1]};
        }

        @Override
        public String describe() {
            return source;
        }
    }

    /**
     * The target named {@code text}.
     *
     * @param what the option, for the message
     * @param text {@code course}, {@code sin20} or {@code file:PATH}
     * @return the course, sin20 or file target
     * @throws IllegalArgumentException naming {@code what} and listing the forms, or naming the file and what is wrong
     */
    static Target parse(String what, String text) {
        String t = text.trim();
        if (t.equals("course")) {
            return new Course();
        }
        if (t.equals("sin20")) {
            return new Sin20();
        }
        if (t.startsWith("file:") && t.length() > 5) {
            MatrixF64 m = MatrixFiles.readFiniteF64(Path.of(t.substring(5)));
            if (m.cols() != 2) {
                throw Check.invalid(what, text, "the file has " + m.cols() + " columns; it needs two: x, y");
            }
            return new Knots(t, m.columnArray(0), m.columnArray(1));
        }
        throw Check.invalid(what, text, "must be one of " + FORMS);
    }
}
