package org.gdlab.nn.init;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.random.RandomStream;

/**
 * He (Kaiming) initialization (He et al. 2015): {@code std = gain / sqrt(fan)}, with the gain of
 * the layer's nonlinearity ({@code sqrt 2} for ReLU) and {@code fan} by the fan mode; normal
 * {@code N(0, std^2)} or uniform in {@code (-sqrt(3) std, sqrt(3) std)}. {@code he} on the command
 * line is normal with fan_in: {@code std = sqrt(2 / fanIn)} for a ReLU net, so for hidden widths
 * [50]*10 on 3072 inputs layer 1 has std {@code sqrt(2/3072)} and layer 2 {@code sqrt(2/50) = 0.2}.
 */
public record HeInitializer(Distribution distribution, FanMode fanMode) implements Initializer {
    /** He normal, fan_in: what {@code he} means. */
    public HeInitializer() {
        this(Distribution.NORMAL, FanMode.FAN_IN);
    }

    /**
     * The standard deviation for a {@code fanIn x fanOut} weight.
     *
     * @param fanIn the number of inputs of the layer (the weight's rows)
     * @param fanOut the number of outputs of the layer (the weight's columns)
     * @param gain the gain of the layer's nonlinearity, e.g. {@code sqrt 2} for ReLU
     * @return {@code gain / sqrt(fan)}, with {@code fan} by the fan mode
     */
    public double std(int fanIn, int fanOut, double gain) {
        return gain / Math.sqrt(fanMode.fan(fanIn, fanOut));
    }

    @Override
    public void initialize(DenseMatrix<?> weight, double gain, RandomStream stream) {
        distribution.fill(weight, std(weight.rows(), weight.cols(), gain), stream);
    }

    @Override
    public String describe() {
        return "he:" + distribution.label() + ":" + fanMode.label();
    }
}
