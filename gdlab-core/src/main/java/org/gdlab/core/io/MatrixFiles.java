package org.gdlab.core.io;

import java.nio.file.Path;
import java.util.Locale;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;

/** Reads and writes a matrix in the format its file name ends with: {@code .npy} or {@code .csv}. */
public final class MatrixFiles {
    private MatrixFiles() {
    }

    /**
     * Reads a {@code .npy} or {@code .csv} file as a float64 matrix (a 1-D array becomes a column).
     *
     * @param file a {@code .npy} or {@code .csv} file
     * @return the matrix; an {@code n}-element 1-D array as an {@code n x 1} column
     */
    public static MatrixF64 readF64(Path file) {
        return switch (format(file)) {
            case "npy" -> NpyFile.read(file).toF64();
            default -> CsvMatrix.read(file);
        };
    }

    /**
     * As {@link #readF64}, and requires every value to be finite.
     *
     * @param file a {@code .npy} or {@code .csv} file
     * @return the matrix, every element finite
     * @throws MatrixFileException naming the file, the row and column (from 0) and the value of the
     *     first NaN or infinity
     */
    public static MatrixF64 readFiniteF64(Path file) {
        MatrixF64 m = readF64(file);
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                double v = m.get(i, j);
                if (!Double.isFinite(v)) {
                    throw MatrixFileException.of(file, "the value at row " + i + ", column " + j + " is " + v
                            + ": every value must be a finite number");
                }
            }
        }
        return m;
    }

    /**
     * Reads a {@code .npy} or {@code .csv} file as a float32 matrix (each element rounded to float once).
     *
     * @param file a {@code .npy} or {@code .csv} file
     * @return the matrix; an {@code n}-element 1-D array as an {@code n x 1} column
     */
    public static MatrixF32 readF32(Path file) {
        return switch (format(file)) {
            case "npy" -> NpyFile.read(file).toF32();
            default -> MatrixF32.copyOf(CsvMatrix.read(file));
        };
    }

    /**
     * Writes a matrix as {@code .npy} or {@code .csv}, by the file's ending, atomically.
     *
     * @param file the file to write; its ending ({@code .npy} or {@code .csv}) picks the format
     * @param m the matrix to write
     */
    public static void write(Path file, DenseMatrix<?> m) {
        if (format(file).equals("npy")) {
            NpyFile.write(file, m);
        } else {
            CsvMatrix.write(file, m);
        }
    }

    private static String format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".npy")) {
            return "npy";
        }
        if (name.endsWith(".csv")) {
            return "csv";
        }
        throw new IllegalArgumentException("file = " + file + " is not allowed: a matrix file must end in .npy or .csv");
    }
}
