package org.gdlab.nn.init;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;

/**
 * Xavier (Glorot) initialization (Glorot and Bengio 2010): {@code std = g / sqrt(fan)}, where
 * with the default fan_avg {@code std = g sqrt(2 / (fanIn + fanOut))}; {@code g = 1} as in the
 * paper, or the gain of the layer's nonlinearity when {@code withGain} (PyTorch's
 * {@code xavier_*_(gain=calculate_gain(...))}). {@code xavier} on the command line is the paper's
 * uniform form: {@code U(-a, a)}, {@code a = sqrt(6 / (fanIn + fanOut))}.
 */
public record XavierInitializer(Distribution distribution, FanMode fanMode, boolean withGain) implements Initializer {
    /** Glorot's uniform, fan_avg, gain 1: what {@code xavier} means. */
    public XavierInitializer() {
        this(Distribution.UNIFORM, FanMode.FAN_AVG, false);
    }

    /**
     * The standard deviation for a {@code fanIn x fanOut} weight.
     *
     * @param fanIn the number of inputs of the layer (the weight's rows)
     * @param fanOut the number of outputs of the layer (the weight's columns)
     * @param gain the gain of the layer's nonlinearity; used only when {@code withGain}
     * @return {@code g / sqrt(fan)}, {@code g} the gain or 1
     */
    public double std(int fanIn, int fanOut, double gain) {
        return (withGain ? gain : 1) / Math.sqrt(fanMode.fan(fanIn, fanOut));
    }

    @Override
    public void initialize(DenseMatrix<?> weight, double gain, RandomStream stream) {
        distribution.fill(weight, std(weight.rows(), weight.cols(), gain), stream);
    }

    @Override
    public String describe() {
        return "xavier:" + distribution.label() + ":" + fanMode.label() + (withGain ? ":gain" : "");
    }
}
