package org.gdlab.lab.sharpness;

import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;

/**
 * A network at initialization for a data set, built as {@code gdlab train} builds it: weights from
 * the initializer with {@code RandomStream(seed).split("init")}, biases zero.
 *
 * @param hidden the hidden widths
 * @param activation the hidden activation
 * @param init the initializer's command-line form (as gdlab train's --init)
 * @param seed the seed
 */
public record FreshNet(int[] hidden, Nonlinearity activation, String init, long seed) {
    /**
     * Checks the initializer's form.
     *
     * @param hidden the hidden widths
     * @param activation the hidden activation
     * @param init the initializer's command-line form (as gdlab train's --init)
     * @param seed the seed
     */
    public FreshNet {
        hidden = hidden.clone();
        Initializers.parse("--init", init);
    }

    /**
     * A copy of the hidden widths.
     *
     * @return {@code hidden}, cloned so that the record stays unchanged
     */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /**
     * The float32 net for {@code data}'s features and classes.
     *
     * @param data the training split: its feature count is the input width, its class count the output width
     * @return a new float32 net, weights drawn by the initializer from {@code RandomStream(seed).split("init")}, biases zero
     */
    public FullyConnectedNet build(Dataset data) {
        NetConfig config = new NetConfig(data.features(), hidden, data.classes(), activation, LeakyRelu.DEFAULT_SLOPE,
                0, false, Precision.FLOAT32);
        RandomStream root = new RandomStream(seed);
        FullyConnectedNet net = new FullyConnectedNet(config, root.split("dropout"));
        net.initialize(Initializers.parse("--init", init), root.split("init"));
        return net;
    }
}
