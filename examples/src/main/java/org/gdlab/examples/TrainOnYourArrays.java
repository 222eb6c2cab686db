package org.gdlab.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.RunResult;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.train.TrainConfig;

/** README example 1: train a net on your own arrays, the run that {@code gdlab train} makes. */
public final class TrainOnYourArrays {
    private TrainOnYourArrays() {
    }

    /**
     * Writes 600 points of 3 Gaussian blobs in 5 dimensions as x.npy and y.npy in {@code dir}; returns the source.
     *
     * @param dir a folder, written to: it gets x.npy (600 x 5 doubles) and y.npy (600 labels in {@code {0, 1, 2}})
     * @return the {@code npy:} data source of the two files
     */
    public static DataSource writeBlobs(Path dir) {
        RandomStream r = new RandomStream(1);
        MatrixF64 x = MatrixF64.zeros(600, 5);
        int[] y = new int[600];
        for (int i = 0; i < 600; i++) {
            y[i] = i % 3;
            for (int j = 0; j < 5; j++) {
                x.set(i, j, (j == y[i] ? 3 : 0) + r.normal());
            }
        }
        NpyFile.write(dir.resolve("x.npy"), x);
        NpyFile.writeInts(dir.resolve("y.npy"), y);
        return DataSource.parse("npy:" + dir.resolve("x.npy") + "," + dir.resolve("y.npy"));
    }

    /**
     * Trains a 5-32-3 ReLU net with Adam and a cosine schedule, writing the run folder {@code dir/run}.
     *
     * @param dir a folder for the data files and the run folder {@code dir/run}
     * @return the run's result: status, accuracies and per-epoch curves
     */
    public static RunResult train(Path dir) {
        RunConfig config = RunConfig.builder(writeBlobs(dir))
                .network(NetSpec.relu(32))
                .optimizer(new OptimizerConfig(OptimizerKind.ADAM, 1e-2, 0.9))
                .training(TrainConfig.of(50, 5, 0).withSchedule(new LrSchedule.Cosine()))
                .threads(1)
                .build();
        return TrainRun.run(config, ProgressListener.SILENT, new RunFolder(dir.resolve("run")));
    }

    /**
     * Prints the run's final accuracies.
     *
     * @param args an optional folder for the data and the run; a new temporary folder when absent
     * @throws Exception when the temporary folder cannot be created
     */
    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("gdlab-example");
        RunResult r = train(dir);
        System.out.printf("%s after %d epochs: train %.3f, validation %.3f (%s parameters); wrote %s%n",
                r.status().label(), r.training().epochsCompleted(), r.accuracy().train(), r.accuracy().validation(),
                r.accuracy().parameters(), dir.resolve("run"));
    }
}
