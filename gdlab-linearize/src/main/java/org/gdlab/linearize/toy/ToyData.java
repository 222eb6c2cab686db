package org.gdlab.linearize.toy;

import java.util.Arrays;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;

/**
 * The data of a toy run: {@code samples} training inputs uniform on the training range (stream
 * {@code data/inputs}) with targets {@code f(x) + noise * N(0, 1)} (stream {@code data/noise}),
 * and the test grid: {@code testPoints} evenly spaced points of the test range and the training
 * inputs, sorted, with the noiseless truth {@code f}.
 *
 * @param trainX the training inputs, in the order drawn
 * @param trainY the noisy training targets
 * @param gridX the test grid, ascending
 * @param gridTruth {@code f} on the grid
 */
public record ToyData(double[] trainX, double[] trainY, double[] gridX, double[] gridTruth) {

    /**
     * Draws the data of {@code config} from {@code RandomStream(seed).split("data")}.
     *
     * @param config the ranges, counts, noise, target and seed
     * @return the training points and the grid
     */
    public static ToyData of(ToyConfig config) {
        RandomStream data = new RandomStream(config.seed()).split("data");
        RandomStream inputs = data.split("inputs");
        RandomStream noise = data.split("noise");
        Interval train = config.trainRange();
        int n = config.samples();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = inputs.uniform(train.low(), train.high());
            y[i] = config.target().value(x[i]) + config.noise() * noise.normal();
        }
        Interval test = config.testRange();
        int m = config.testPoints();
        double[] grid = new double[m + n];
        for (int j = 0; j < m; j++) {
            grid[j] = test.low() + test.length() * j / (m - 1);
        }
        System.arraycopy(x, 0, grid, m, n);
        Arrays.sort(grid);
        double[] truth = new double[grid.length];
        for (int j = 0; j < grid.length; j++) {
            truth[j] = config.target().value(grid[j]);
        }
        return new ToyData(x, y, grid, truth);
    }

    /**
     * The training inputs as an {@code n x 1} matrix.
     *
     * @return a new {@code n x 1} matrix of {@code trainX}
     */
    public MatrixF64 trainInputs() {
        return MatrixF64.column(trainX);
    }

    /**
     * The training targets as an {@code n x 1} matrix.
     *
     * @return a new {@code n x 1} matrix of {@code trainY}
     */
    public MatrixF64 trainTargets() {
        return MatrixF64.column(trainY);
    }

    /**
     * The grid as an {@code m x 1} matrix.
     *
     * @return a new {@code m x 1} matrix of {@code gridX}
     */
    public MatrixF64 gridInputs() {
        return MatrixF64.column(gridX);
    }
}
