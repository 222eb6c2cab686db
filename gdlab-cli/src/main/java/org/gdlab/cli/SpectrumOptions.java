package org.gdlab.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import picocli.CommandLine.Option;

/**
 * The options that give a least-squares problem by its spectrum ({@code --sigma2}, {@code --sigma}
 * or {@code --matrix X [--y y]}); shared by {@code gd}, {@code momentum} and {@code lr-find}. The
 * simulations' tolerance and budget are {@link ToleranceOptions}.
 */
final class SpectrumOptions {
    @Option(names = "--sigma2", paramLabel = "S2,...|FILE",
            description = "Squared singular values, comma-separated (e.g. 5,0.05), or a .npy/.csv file of them; each > 0.")
    String sigma2;

    @Option(names = "--sigma", paramLabel = "S,...|FILE",
            description = "Singular values, comma-separated, or a .npy/.csv file of them; each > 0.")
    String sigma;

    @Option(names = "--matrix", paramLabel = "X.npy|X.csv",
            description = "The matrix X of Xw ~ y: its singular values come from its SVD (LAPACK). Zero singular values "
                    + "are reported as directions GD never moves.")
    Path matrix;

    @Option(names = "--y", paramLabel = "y.npy|y.csv",
            description = "Targets y (one per row of X, only with --matrix): trajectories use U^T y. "
                    + "Default: targets with w*_i = 1 in every direction.")
    Path y;

    /** The validated problem. */
    LeastSquaresSpectrum spectrum() {
        int given = (sigma2 != null ? 1 : 0) + (sigma != null ? 1 : 0) + (matrix != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give the problem by exactly one of --sigma2, --sigma or --matrix (got "
                    + given + ")");
        }
        if (y != null && matrix == null) {
            throw Check.invalid("--y", y, "targets need --matrix");
        }
        if (sigma2 != null) {
            return LeastSquaresSpectrum.ofSquaredSingularValues("--sigma2", values("--sigma2", sigma2));
        }
        if (sigma != null) {
            return LeastSquaresSpectrum.ofSingularValues("--sigma", values("--sigma", sigma));
        }
        MatrixF64 x = MatrixFiles.readFiniteF64(matrix);
        MatrixF64 targets = y == null ? null : MatrixFiles.readFiniteF64(y);
        return LeastSquaresSpectrum.ofMatrix("--matrix " + matrix, x, targets, "--y " + y);
    }

    /** A comma-separated list of numbers, or the values of a .npy/.csv vector file. */
    private static double[] values(String name, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".npy") || lower.endsWith(".csv")) {
            MatrixF64 m = MatrixFiles.readFiniteF64(Path.of(text));
            if (Math.min(m.rows(), m.cols()) > 1) {
                throw Check.invalid(name, text + " (" + m.shape() + ")", "the file must hold a vector (one row or one column)");
            }
            return m.toDoubleArray();
        }
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw Check.invalid(name, "'" + text + "'", "a comma-separated list of numbers (e.g. 5,0.05) or a .npy/.csv file");
            }
        }
        return out;
    }
}
