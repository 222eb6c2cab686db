package org.gdlab.web.api;

import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.theory.noise.NoisySgd;
import org.gdlab.theory.noise.VectorNoiseConfig;
import org.gdlab.theory.noise.VectorNoiseResult;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;

/**
 * Panel 2, the vector case: SGD over the rows of X with fresh input noise ({@link NoisySgd}) on the
 * problem of a spectrum, {@code X = diag(sigma_i)} and {@code y_i = y'_i} (for a spectrum given by its
 * values, {@code y'_i = sigma_i}: every {@code w*_i = 1}). Fields as {@link VectorNoiseConfig}
 * (defaults in brackets).
 *
 * @param spectrum the problem, at most {@link #MAX_DIMENSION} singular values
 * @param noiseVariance sigma^2 [0.5]
 * @param eta the learning rate [0.1]
 * @param steps SGD steps [500]
 * @param trials Monte Carlo runs [200]; {@code steps * trials * d <= }{@link #MAX_WORK}
 * @param seed [1]
 */
public record VectorNoiseRequest(SpectrumRequest spectrum, Double noiseVariance, Double eta, Integer steps, Integer trials,
                                 Long seed) {
    /** The most singular values of the vector case. */
    public static final int MAX_DIMENSION = 100;
    /** The most coordinate updates ({@code steps * trials * d}) of one request. */
    public static final long MAX_WORK = 20_000_000;

    /**
     * The answer.
     *
     * @param problem what X and y are
     * @param result the analysis of NoisySgd
     * @param seconds the server's time
     */
    public record Answer(String problem, VectorNoiseResult result, double seconds) {
    }

    /**
     * Validates through {@link VectorNoiseConfig} and the bounds, and runs.
     *
     * @param uploads the uploads a spectrum may name
     * @return the theory against the simulation
     */
    public Answer answer(Uploads uploads) {
        long start = System.nanoTime();
        LeastSquaresSpectrum s = Bounds.required("spectrum", spectrum).toSpectrum(uploads);
        int d = (int) Bounds.atMost("spectrum size (vector noise)", s.size(), MAX_DIMENSION);
        VectorNoiseConfig config = new VectorNoiseConfig(noiseVariance == null ? 0.5 : noiseVariance, eta == null ? 0.1 : eta,
                steps == null ? 500 : steps, trials == null ? 200 : trials, seed == null ? 1 : seed);
        long work = (long) config.steps() * config.trials() * d;
        if (work > MAX_WORK) {
            throw new IllegalArgumentException("steps x trials x d = " + config.steps() + " x " + config.trials() + " x " + d
                    + " = " + work + " is not allowed: at most " + MAX_WORK + " coordinate updates per request in the explorer");
        }
        MatrixF64 x = MatrixF64.zeros(d, d);
        MatrixF64 y = MatrixF64.zeros(d, 1);
        for (int i = 0; i < d; i++) {
            x.set(i, i, s.sigma(i));
            y.set(i, 0, s.target(i));
        }
        return new Answer("X = diag(sigma_i) of " + s.source() + ", y_i = " + (s.targetsGiven() ? "(U^T y)_i" : "sigma_i (w* = 1)"),
                NoisySgd.run(x, y, config), (System.nanoTime() - start) / 1e9);
    }
}
