package org.gdlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.linearize.FeatureSpectrum;
import org.gdlab.linearize.JacobianFactors;
import org.gdlab.linearize.KernelFeatures;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.RunResult;
import org.gdlab.nn.train.TrainStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples run, and give what the math says. */
class ExamplesTest {
    @Test
    void trainingOnYourArraysLearnsTheBlobsAndWritesTheRunFolder(@TempDir Path dir) throws Exception {
        RunResult r = TrainOnYourArrays.train(dir);
        assertEquals(TrainStatus.COMPLETED, r.status());
        assertTrue(r.accuracy().validation() > 0.9, "three well separated blobs: " + r.accuracy());
        assertEquals(r.config(), new RunFolder(dir.resolve("run")).readConfig());
        assertTrue(Files.isRegularFile(dir.resolve("run").resolve(RunFolder.CHECKPOINT)));
        TrainOnYourArrays.main(new String[] {dir.resolve("again").toString()});
    }

    /** Heavy ball at its classical optimum converges at (k - 1) / (k + 1) for k = sigma_max / sigma_min = 10. */
    @Test
    void theClassicalMomentumRateIsNineElevenths() {
        assertEquals(9.0 / 11, MomentumOfASpectrum.classicalRate(), 1e-6);
        MomentumOfASpectrum.main(new String[0]);
    }

    /** The squared singular values of Phi are the kernel's eigenvalues: with all of them, their sum is trace(Phi Phi^T). */
    @Test
    void theKernelFeaturesOfATrainedNetAddUpToTheKernelsTrace(@TempDir Path dir) throws Exception {
        JacobianFactors f = KernelFeaturesOfATrainedNet.trainedFactors(dir);
        FeatureSpectrum s = KernelFeatures.spectrum(f, 100);
        MatrixF64 k = KernelFeatures.kernel(f);
        double trace = 0;
        for (int i = 0; i < k.rows(); i++) {
            trace += k.get(i, i);
        }
        double sum = 0;
        for (int i = 0; i < s.singularValues().length; i++) {
            sum += s.singularValues()[i] * s.singularValues()[i];
            assertTrue(i == 0 || s.singularValues()[i] <= s.singularValues()[i - 1], "descending");
        }
        assertEquals(trace, sum, 1e-9 * trace);
        KernelFeaturesOfATrainedNet.main(new String[] {dir.resolve("again").toString()});
    }
}
