package org.gdlab.linearize;

import org.gdlab.core.validate.Check;

/**
 * Which scalar function of a network's outputs is linearized: {@code f(x) = c . scores(x)} with
 * {@code c} the one-hot vector of one output, or all ones for the sum of the outputs.
 *
 * @param index the output (from 0), or {@link #SUM} for the sum of all outputs
 */
public record ScalarOutput(int index) {
    /** The index that stands for the sum of the outputs. */
    public static final int SUM = -1;

    /**
     * Checks the index.
     *
     * @param index the output (from 0), or {@link #SUM}; {@code >= SUM}
     */
    public ScalarOutput {
        if (index < SUM) {
            throw Check.invalid("output", index, "must be an output index >= 0, or sum");
        }
    }

    /**
     * The sum of the outputs.
     *
     * @return the output {@link #SUM}
     */
    public static ScalarOutput sum() {
        return new ScalarOutput(SUM);
    }

    /**
     * The command-line form: a whole number {@code >= 0} or {@code sum}.
     *
     * @param what the option, for the message
     * @param text the command-line text
     * @return the chosen output
     */
    public static ScalarOutput parse(String what, String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("sum")) {
            return sum();
        }
        try {
            int i = Integer.parseInt(t);
            if (i >= 0) {
                return new ScalarOutput(i);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Check.invalid(what, text, "must be an output index >= 0, or sum");
    }

    /**
     * Requires the chosen output to be one of a network's {@code outputs}.
     *
     * @param outputs the network's number of outputs
     * @return this
     */
    public ScalarOutput requireFits(int outputs) {
        if (index >= outputs) {
            throw Check.invalid("output", index, "the network has " + outputs + " outputs: must be in [0, "
                    + (outputs - 1) + "] or sum");
        }
        return this;
    }

    /**
     * The coefficient {@code c_j} of output {@code j}.
     *
     * @param j the output, in {@code [0, outputs)}
     * @param outputs the network's number of outputs
     * @return 1 when output j is chosen (or the sum is), else 0
     * @throws IllegalArgumentException when the chosen output is not one of {@code outputs}
     */
    public double coefficient(int j, int outputs) {
        requireFits(outputs);
        return index == SUM || index == j ? 1 : 0;
    }

    /**
     * E.g. {@code output 3} or {@code sum of outputs}.
     *
     * @return a short description for reports
     */
    public String describe() {
        return index == SUM ? "sum of outputs" : "output " + index;
    }
}
