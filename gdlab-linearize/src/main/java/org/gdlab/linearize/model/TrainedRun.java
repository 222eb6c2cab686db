package org.gdlab.linearize.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.CheckpointFile;

/**
 * A run folder of {@code gdlab train}: its {@code config.json} (the network, the initializer, the
 * seed, the data) and its {@code checkpoint.bin}.
 *
 * <p>The network at initialization is rebuilt as {@code gdlab train} built it: weights from the
 * initializer with {@code RandomStream(seed).split("init")}. The trained network holds the
 * checkpoint's best parameters (by validation accuracy) when an epoch finished, else its last
 * ones: what the trainer leaves in the network at the end.
 *
 * @param folder the run folder
 * @param config the network's architecture
 * @param init the initializer's command-line form
 * @param seed the run's seed
 * @param data the data's command-line form
 * @param dataConfig how the data was split (the same centring by the training mean)
 * @param checkpoint the checkpoint
 * @param reg the L2 strength the run trained with ({@code 0.5 reg sum ||W||^2})
 */
public record TrainedRun(Path folder, NetConfig config, String init, long seed, String data, DataConfig dataConfig,
                         Checkpoint checkpoint, double reg) {
    /** The config file's name in a run folder. */
    public static final String CONFIG = "config.json";
    /** The checkpoint file's name in a run folder. */
    public static final String CHECKPOINT = "checkpoint.bin";

    /**
     * Opens a run given as its folder, its {@code checkpoint.bin}, or that path without
     * {@code .bin} (e.g. {@code runs/adam/checkpoint}).
     *
     * @param dataOverride the data to use instead of the run's, or null
     * @throws IllegalArgumentException naming {@code --model} when the files are missing or not of a gdlab train run
     */
    public static TrainedRun open(Path model, String dataOverride) {
        Path folder = Files.isDirectory(model) ? model : model.toAbsolutePath().getParent();
        Path config = folder.resolve(CONFIG);
        Path checkpoint = folder.resolve(CHECKPOINT);
        if (!Files.isRegularFile(config) || !Files.isRegularFile(checkpoint)) {
            throw Check.invalid("--model", model, "must be a gdlab train run folder (or its checkpoint) holding "
                    + CONFIG + " and " + CHECKPOINT);
        }
        JsonNode root = JsonFiles.read(config);
        JsonNode options = root.path("options");
        JsonNode network = root.path("network");
        if (!options.isObject() || !network.isObject()) {
            throw Check.invalid("--model", model, config + " has no \"options\" and \"network\": not a gdlab train run");
        }
        int[] hidden = new int[network.path("hidden").size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = network.path("hidden").get(i).asInt();
        }
        NetConfig net = new NetConfig(network.path("inputs").asInt(), hidden, network.path("outputs").asInt(),
                enumOrLabel(network.path("activation").asText()), network.path("leakySlope").asDouble(),
                network.path("dropout").asDouble(), network.path("batchNorm").asBoolean(),
                Precision.parse("precision", network.path("precision").asText().toLowerCase(Locale.ROOT)));
        String data = dataOverride != null ? dataOverride : options.path("data").asText();
        DataConfig dataConfig = new DataConfig(DataSource.parse(data),
                options.path("validation_size").asInt(DataConfig.DEFAULT_VALIDATION_SIZE),
                options.path("train_size").isNumber() ? OptionalInt.of(options.path("train_size").asInt())
                        : OptionalInt.empty());
        return new TrainedRun(folder, net, options.path("init").asText(), options.path("seed").asLong(), data,
                dataConfig, CheckpointFile.read(checkpoint), options.path("reg").asDouble(0));
    }

    private static Nonlinearity enumOrLabel(String text) {
        for (Nonlinearity n : Nonlinearity.values()) {
            if (n.name().equals(text)) {
                return n;
            }
        }
        return Nonlinearity.parse("activation", text);
    }

    /** The network as {@code gdlab train} initialized it. */
    public FullyConnectedNet atInitialization() {
        RandomStream root = new RandomStream(seed);
        FullyConnectedNet net = new FullyConnectedNet(config, root.split("dropout"));
        net.initialize(Initializers.parse("init", init), root.split("init"));
        return net;
    }

    /** The network with the checkpoint's parameters. */
    public FullyConnectedNet trained() {
        FullyConnectedNet net = atInitialization();
        double[] p = checkpoint.bestEpoch() > 0 ? checkpoint.bestParameters() : checkpoint.parameters();
        var values = net.parameters().values();
        if (p.length != values.cols()) {
            throw Check.invalid("--model", folder, "the checkpoint holds " + p.length + " numbers but the network of "
                    + CONFIG + " has " + values.cols());
        }
        for (int k = 0; k < p.length; k++) {
            values.setFromDouble(0, k, p[k]);
        }
        return net;
    }
}
