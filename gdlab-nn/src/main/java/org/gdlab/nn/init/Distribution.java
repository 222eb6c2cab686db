package org.gdlab.nn.init;

import java.util.Locale;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;

/** The shape of the draws of a variance-scaling initializer with a target standard deviation. */
public enum Distribution {
    /** {@code N(0, std^2)}. */
    NORMAL,
    /** Uniform in {@code (-a, a)} with {@code a = sqrt(3) std}, whose standard deviation is {@code std}. */
    UNIFORM;

    /**
     * Fills {@code m} (modified) with draws of standard deviation {@code std}.
     *
     * @param m the matrix to fill, overwritten entry by entry
     * @param std the standard deviation of each draw, {@code > 0}
     * @param stream the random stream the draws come from (advanced)
     */
    public void fill(DenseMatrix<?> m, double std, RandomStream stream) {
        if (this == NORMAL) {
            stream.fillNormal(m, 0, std);
        } else {
            double a = Math.sqrt(3) * std;
            stream.fillUniform(m, -a, a);
        }
    }

    /**
     * The command-line name.
     *
     * @return {@code normal} or {@code uniform}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
