package org.gdlab.nn.run;

import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;

/**
 * The architecture a run asks for, without the sizes its data decides (the inputs are the data's
 * features, the outputs its classes): {@link #forData} makes the {@link NetConfig}. Made by
 * {@link #relu} and changed with the {@code with...} methods; validated by the same rules as
 * {@link NetConfig}.
 *
 * @param hidden the hidden widths (may be empty: a linear classifier)
 * @param activation the hidden activation
 * @param leakySlope the negative slope of a leaky ReLU, in [0, 1)
 * @param dropout the drop probability after each hidden activation, in [0, 1)
 * @param batchNorm whether a batch normalization follows each hidden affine layer
 * @param precision float32 or float64
 */
public record NetSpec(int[] hidden, Nonlinearity activation, double leakySlope, double dropout, boolean batchNorm,
                      Precision precision) {
    /**
     * Validates as {@link NetConfig} does.
     *
     * @param hidden the hidden widths, each {@code >= 1}; copied
     * @param activation relu, leaky-relu or tanh
     * @param leakySlope the negative slope of a leaky ReLU, in [0, 1)
     * @param dropout the drop probability, in [0, 1)
     * @param batchNorm whether batch norm follows each hidden affine layer
     * @param precision float32 or float64
     */
    public NetSpec {
        hidden = new NetConfig(1, hidden, 1, activation, leakySlope, dropout, batchNorm, precision).hidden();
    }

    /**
     * A float32 ReLU net of these hidden widths, without dropout or batch norm.
     *
     * @param hidden the hidden widths, each {@code >= 1}
     * @return the spec, validated
     */
    public static NetSpec relu(int... hidden) {
        return new NetSpec(hidden, Nonlinearity.RELU, LeakyRelu.DEFAULT_SLOPE, 0, false, Precision.FLOAT32);
    }

    /**
     * The hidden widths (a copy).
     *
     * @return a copy of the widths, from the first hidden layer to the last
     */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /**
     * The same with another activation.
     *
     * @param a the hidden activation
     * @return a validated copy
     */
    public NetSpec withActivation(Nonlinearity a) {
        return new NetSpec(hidden, a, leakySlope, dropout, batchNorm, precision);
    }

    /**
     * The same with dropout probability {@code p}.
     *
     * @param p the drop probability, in [0, 1); 0 is none
     * @return a validated copy
     */
    public NetSpec withDropout(double p) {
        return new NetSpec(hidden, activation, leakySlope, p, batchNorm, precision);
    }

    /**
     * The same with or without batch normalization.
     *
     * @param on whether batch norm follows each hidden affine layer
     * @return a validated copy
     */
    public NetSpec withBatchNorm(boolean on) {
        return new NetSpec(hidden, activation, leakySlope, dropout, on, precision);
    }

    /**
     * The same in precision {@code p}.
     *
     * @param p float32 or float64
     * @return a validated copy
     */
    public NetSpec withPrecision(Precision p) {
        return new NetSpec(hidden, activation, leakySlope, dropout, batchNorm, p);
    }

    /**
     * The network for data of {@code inputs} features and {@code classes} classes.
     *
     * @param inputs the data's features, {@code >= 1}
     * @param classes the data's classes, the net's outputs, {@code >= 1}
     * @return the validated architecture
     */
    public NetConfig forData(int inputs, int classes) {
        return new NetConfig(inputs, hidden, classes, activation, leakySlope, dropout, batchNorm, precision);
    }

    /** E.g. {@code hidden [100, 100] relu, dropout 0.1, batchnorm, float32}. */
    @Override
    public String toString() {
        return "hidden " + java.util.Arrays.toString(hidden) + " " + activation.label()
                + (dropout > 0 ? ", dropout " + dropout : "") + (batchNorm ? ", batchnorm" : "") + ", " + precision.label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetSpec s && java.util.Arrays.equals(hidden, s.hidden) && activation == s.activation
                && Double.compare(leakySlope, s.leakySlope) == 0 && Double.compare(dropout, s.dropout) == 0
                && batchNorm == s.batchNorm && precision == s.precision;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(hidden) * 31 + java.util.Objects.hash(activation, leakySlope, dropout, batchNorm,
                precision);
    }
}
