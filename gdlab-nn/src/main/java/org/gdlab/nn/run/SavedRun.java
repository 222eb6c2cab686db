package org.gdlab.nn.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.train.Checkpoint;

/**
 * A run folder read back: its config.json (through {@link RunConfig}, strictly) and its
 * checkpoint, from which the network at initialization and the trained network are rebuilt for
 * evaluation, prediction and analysis. The data is loaded again as the run loaded it (the same
 * split and the same centring by the training mean), or from another source split the same way.
 *
 * @param folder the run folder
 * @param config its config
 * @param checkpoint its checkpoint
 */
public record SavedRun(RunFolder folder, RunConfig config, Checkpoint checkpoint) {
    /** Which parameters of a run. */
    public enum Parameters {
        /** Those of the epoch with the best validation accuracy (the last epoch's without a validation set). */
        BEST,
        /** Those after the last epoch. */
        LAST;

        /**
         * {@code best} or {@code last}.
         *
         * @return the choice's name in lower case
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The parameters named {@code text}; the error lists the names.
         *
         * @param what the name of the option being read, for the error message
         * @param text {@code best} or {@code last}
         * @return the choice of that name
         */
        public static Parameters parse(String what, String text) {
            return Check.oneOf(what, text, values(), Parameters::label);
        }
    }

    /**
     * Opens a run given as its folder, its {@code checkpoint.bin}, or that path without
     * {@code .bin} (e.g. {@code runs/adam/checkpoint}).
     *
     * @param what the option that named it, for messages (e.g. {@code --model})
     * @param path the run's folder or its checkpoint
     * @return the run's config and checkpoint
     * @throws IllegalArgumentException naming {@code what} when the files are missing, or naming
     *     config.json and the key when it is not a run's config
     */
    public static SavedRun open(String what, Path path) {
        Path dir = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        RunFolder folder = new RunFolder(dir);
        if (!Files.isRegularFile(folder.configFile()) || !Files.isRegularFile(folder.checkpointFile())) {
            throw Check.invalid(what, path, "must be a gdlab train run folder (or its checkpoint) holding "
                    + RunFolder.CONFIG + " and " + RunFolder.CHECKPOINT);
        }
        return new SavedRun(folder, folder.readConfig(), folder.readCheckpoint());
    }

    /**
     * The run's data, or {@code other}'s split the same way, loaded and centred as training did.
     *
     * @param other another data source, or empty for the run's own
     * @return the train, validation and test splits
     */
    public DataSplits data(Optional<DataSource> other) {
        DataConfig d = config.data();
        return DataSplits.load(other.map(d::withSource).orElse(d));
    }

    /**
     * The network as the run initialized it, for {@code data}'s features and classes.
     *
     * @param data the loaded data
     * @return a new network at the run's initial parameters
     */
    public FullyConnectedNet atInitialization(DataSplits data) {
        return TrainRun.initialNet(config, data);
    }

    /**
     * The network with the checkpoint's {@code which} parameters ({@link Parameters#BEST} falls
     * back to the last when no epoch finished).
     *
     * @param data the loaded data
     * @param which the best or the last parameters
     * @return a new network holding those parameters
     * @throws IllegalArgumentException when the checkpoint does not fit the network of config.json
     */
    public FullyConnectedNet trained(DataSplits data, Parameters which) {
        FullyConnectedNet net = atInitialization(data);
        double[] p = which == Parameters.BEST && checkpoint.bestEpoch() > 0 ? checkpoint.bestParameters()
                : checkpoint.parameters();
        var values = net.parameters().values();
        if (p.length != values.cols()) {
            throw Check.invalid("run", folder.dir(), "the checkpoint holds " + p.length + " numbers but the network of "
                    + RunFolder.CONFIG + " for " + data.train().features() + " features has " + values.cols());
        }
        for (int k = 0; k < p.length; k++) {
            values.setFromDouble(0, k, p[k]);
        }
        return net;
    }
}
