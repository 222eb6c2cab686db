package org.gdlab.cli;

import java.nio.file.Path;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;

/**
 * Gaussian blobs as {@code x.npy} and {@code y.npy}: row i has label {@code y_i} drawn uniformly
 * from {@code [0, classes)} and features {@code x_ij = (j mod classes == y_i ? shift : 0) + N(0, 1)}.
 */
final class BlobFiles {
    private BlobFiles() {
    }

    /**
     * Writes the blobs into {@code dir}.
     *
     * @return the matrix written and the {@code npy:X,Y} data source naming the files
     */
    static Written write(Path dir, int rows, int features, int classes, double shift, long seed) {
        RandomStream r = new RandomStream(seed);
        MatrixF64 x = MatrixF64.zeros(rows, features);
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = r.nextInt(classes);
            for (int j = 0; j < features; j++) {
                x.set(i, j, (j % classes == y[i] ? shift : 0) + r.normal());
            }
        }
        NpyFile.write(dir.resolve("x.npy"), x);
        NpyFile.writeInts(dir.resolve("y.npy"), y);
        return new Written(x, "npy:" + dir.resolve("x.npy") + "," + dir.resolve("y.npy"));
    }

    /** The inputs written and the data source. */
    record Written(MatrixF64 x, String data) {
    }
}
