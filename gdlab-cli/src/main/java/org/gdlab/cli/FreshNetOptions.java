package org.gdlab.cli;

import org.gdlab.lab.sharpness.FreshNet;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.NetConfig;
import picocli.CommandLine.Option;

/** The options of a net at initialization, built as gdlab train builds it (sharpness, lr-find). */
final class FreshNetOptions {
    /** The option names, for commands that refuse them in another mode. */
    static final java.util.List<String> NAMES = java.util.List.of("--hidden", "--activation", "--init", "--seed");

    @Option(names = "--hidden", defaultValue = "100", paramLabel = "WIDTHS",
            description = "Fresh net: hidden widths as gdlab train's. Default: ${DEFAULT-VALUE}.")
    String hidden;

    @Option(names = "--activation", defaultValue = "relu", paramLabel = "NAME",
            description = "Fresh net: relu, leaky-relu or tanh. Default: ${DEFAULT-VALUE}.")
    String activation;

    @Option(names = "--init", defaultValue = "he", paramLabel = "INIT",
            description = "Fresh net: the initializer, as gdlab train's --init. Default: ${DEFAULT-VALUE}.")
    String init;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
            description = "Fresh net: the seed of its initialization (and of lr-find's shuffles). Default: ${DEFAULT-VALUE}.")
    long seed;

    /** The validated net. */
    FreshNet net() {
        return new FreshNet(NetConfig.parseHidden("--hidden", hidden), Nonlinearity.parse("--activation", activation),
                init, seed);
    }
}
