package org.gdlab.linearize.model;

import java.nio.file.Path;
import java.util.Optional;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.JacobianFactors;
import org.gdlab.linearize.KernelFeatures;
import org.gdlab.linearize.ScalarOutput;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.Dataset;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.run.SavedRun;

/**
 * The kernel spectrum of a trained classifier for one output (or the sum of outputs), on the
 * first {@code inputs} examples of its training split, at initialization and after training:
 * the singular values of {@code Phi} (the square roots of the kernel's eigenvalues) and the top
 * {@code k} eigenvectors {@code u_k} with their features {@code psi_k(x_i) = s_k u_k,i}. The
 * trained network holds the run's best parameters (by validation accuracy; the last without one).
 *
 * @param model the run folder
 * @param network e.g. {@code 784-[100, 100]-10 relu}
 * @param data the data's command-line form
 * @param output what was linearized
 * @param inputs the number of examples
 * @param parameters the number of trainable parameters P
 * @param diverged whether the run's training diverged (its checkpoint then holds the parameters before)
 * @param before the spectrum at initialization, or null when not finite
 * @param after the spectrum with the checkpoint's parameters, or null when not finite
 * @param seconds the wall time (data loading included)
 */
public record ModelSpectrum(String model, String network, String data, String output, int inputs, long parameters,
                            boolean diverged, FeatureSpectrum before, FeatureSpectrum after, double seconds) {

    /**
     * Computes both spectra.
     *
     * @param model the run folder
     * @param otherData the data to use instead of the run's, split the same way
     * @param inputs how many of the first training examples to use, in {@code [1,
     *     KernelFeatures.MAX_INPUTS]}
     * @param output what is linearized; must be one of the network's outputs
     * @param k the number of top eigenvectors, {@code >= 1}
     * @param listener told of the two spectra as they finish
     * @return the spectra at initialization and after training
     */
    public static ModelSpectrum of(Path model, Optional<DataSource> otherData, int inputs, ScalarOutput output, int k,
                                   ProgressListener listener) {
        long start = System.nanoTime();
        Check.positive("--inputs", inputs);
        SavedRun run = SavedRun.open("--model", model);
        DataSplits data = run.data(otherData);
        FullyConnectedNet initial = run.atInitialization(data);
        output.requireFits(initial.config().outputs());
        listener.start("linearize " + initial.config().describe() + " on " + inputs + " inputs", 2);
        Dataset train = data.train();
        Check.inRange("--inputs", inputs, 1, Math.min(train.size(), KernelFeatures.MAX_INPUTS));
        DenseMatrix<?> x = train.inputs().rowRange(0, inputs);
        FeatureSpectrum before = spectrum(initial, x, output, k);
        listener.advance(1, "at initialization");
        FeatureSpectrum after = spectrum(run.trained(data, SavedRun.Parameters.BEST), x, output, k);
        listener.advance(2, "after training");
        listener.finish("done");
        return new ModelSpectrum(run.folder().dir().toString(), initial.config().describe() + " "
                + initial.config().activation().label(), data.config().source().spec(), output.describe(), inputs,
                initial.parameters().trainableSize(), diverged(run), before, after, (System.nanoTime() - start) / 1e9);
    }

    /** Whether the run's results.json says it diverged (false when there is none yet). */
    private static boolean diverged(SavedRun run) {
        var file = run.folder().resultsFile();
        return java.nio.file.Files.isRegularFile(file)
                && "diverged".equals(org.gdlab.core.io.JsonFiles.read(file).path("status").asText());
    }

    private static FeatureSpectrum spectrum(FullyConnectedNet net, DenseMatrix<?> x, ScalarOutput output, int k) {
        JacobianFactors f = JacobianFactors.of(net, x, output);
        return f.allFinite() ? KernelFeatures.spectrum(f, Math.min(k, x.rows())) : null;
    }
}
