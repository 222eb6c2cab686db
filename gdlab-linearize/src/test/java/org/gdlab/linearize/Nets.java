package org.gdlab.linearize;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.LeakyRelu;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.model.Parameter;
import org.gdlab.nn.tensor.Precision;

/** Small float64 networks with He weights and random (non-zero) biases, and inputs for tests. */
final class Nets {
    private Nets() {
    }

    static FullyConnectedNet net(int inputs, int[] hidden, int outputs, Nonlinearity activation, long seed) {
        NetConfig config = new NetConfig(inputs, hidden, outputs, activation, LeakyRelu.DEFAULT_SLOPE, 0, false,
                Precision.FLOAT64);
        FullyConnectedNet net = new FullyConnectedNet(config, new RandomStream(seed));
        RandomStream stream = new RandomStream(seed).split("init");
        net.initialize(Initializers.parse("init", "he"), stream);
        for (Parameter p : net.parameters().parameters()) {
            if (p.name().startsWith("b")) {
                stream.split(p.name()).fillNormal(p.value(), 0, 0.5);
            }
        }
        return net;
    }

    static MatrixF64 inputs(int n, int d, long seed) {
        MatrixF64 x = MatrixF64.zeros(n, d);
        new RandomStream(seed).fillUniform(x, -1, 1);
        return x;
    }
}
