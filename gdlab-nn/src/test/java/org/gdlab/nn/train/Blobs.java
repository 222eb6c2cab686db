package org.gdlab.nn.train;

import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.Dataset;

/** Synthetic data for tests: Gaussian blobs around random class centres. */
final class Blobs {
    private Blobs() {
    }

    static Dataset make(String name, int n, int features, int classes, double spread, long seed) {
        RandomStream centres = new RandomStream(42);
        double[][] c = new double[classes][features];
        for (double[] row : c) {
            for (int j = 0; j < features; j++) {
                row[j] = centres.normal();
            }
        }
        RandomStream r = new RandomStream(seed);
        MatrixF32 x = MatrixF32.zeros(n, features);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(classes);
            for (int j = 0; j < features; j++) {
                x.set(i, j, (float) (c[y[i]][j] + spread * r.normal()));
            }
        }
        return new Dataset(name, x, y, classes);
    }
}
