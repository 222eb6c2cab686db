package org.gdlab.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.JacobianFactors;
import org.gdlab.linearize.KernelFeatures;
import org.gdlab.linearize.ScalarOutput;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.train.TrainConfig;

/** README example 3: the kernel features of a trained net, phi(x) = d f_0(x) / d theta on 100 training inputs. */
public final class KernelFeaturesOfATrainedNet {
    private KernelFeaturesOfATrainedNet() {
    }

    /**
     * The factors of the Jacobian of output 0 of a net trained on example 1's blobs, on its first 100 training inputs.
     *
     * @param dir a folder to write example 1's x.npy and y.npy into
     * @return the factors of {@code Phi = d f_0(X) / d theta}, one row per input (100 rows)
     */
    public static JacobianFactors trainedFactors(Path dir) {
        RunConfig config = RunConfig.builder(TrainOnYourArrays.writeBlobs(dir))
                .network(NetSpec.relu(16, 16))
                .training(TrainConfig.of(50, 3, 0))
                .threads(1)
                .build();
        TrainRun.Trained run = TrainRun.runAndKeep(config, ProgressListener.SILENT);
        return JacobianFactors.of(run.net(), run.data().train().inputs().rowRange(0, 100), new ScalarOutput(0));
    }

    /**
     * Prints the five largest singular values of Phi (the spectrum holds them all, and the top five features).
     *
     * @param args an optional folder for the data files; a new temporary folder when absent
     * @throws Exception when the temporary folder cannot be created
     */
    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("gdlab-example");
        FeatureSpectrum s = KernelFeatures.spectrum(trainedFactors(dir), 5);
        System.out.print("top singular values of Phi:");
        for (int i = 0; i < Math.min(5, s.singularValues().length); i++) {
            System.out.printf(" %.4f", s.singularValues()[i]);
        }
        System.out.printf(" (numerical rank %d)%n", s.numericalRank());
    }
}
