package org.gdlab.nn.hessian;

import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;

/**
 * What {@link #measure} found of the Hessian of a training loss: its largest eigenvalues by
 * {@link Lanczos} (the first is the sharpness, whose GD stability bound is {@code eta < 2 / lambda_1}),
 * its trace by {@link HutchinsonTrace} and its density by {@link SpectralDensity}, all on
 * {@link PearlmutterHessian} products.
 *
 * @param parameters the dimension {@code P}
 * @param examples the examples of the batch
 * @param top the largest eigenvalues, descending
 * @param residuals the Ritz residual bound of each
 * @param stableLearningRate {@code 2 / top[0]}: full-batch GD on the loss's quadratic model at
 *     these parameters is stable below it (infinite when {@code top[0] <= 0})
 * @param trace the trace estimate, or null when no probes were asked
 * @param densityGrid the grid of the density (empty when no probes were asked)
 * @param density the density on the grid, integrating to 1
 * @param densityWidth the Gaussian width of the density, 1/100 of the nodes' range
 * @param densityMoments the density's moments {@code tr(H^p)/P} for p = 1, 2 (empty without it)
 * @param products the Hessian-vector products used (about two gradient passes each)
 * @param seconds the wall time
 */
public record HessianSpectrum(int parameters, int examples, double[] top, double[] residuals, double stableLearningRate,
                              HutchinsonTrace trace, double[] densityGrid, double[] density, double densityWidth,
                              double[] densityMoments, long products, double seconds) {

    /**
     * Measures the Hessian whose products {@code h} computes, at its fixed parameters; the progress counts products.
     *
     * @param h the Hessian-vector products of the loss at fixed parameters
     * @param c which eigenvalues, probes and seed
     * @param listener told of the progress, counted in Hessian-vector products
     * @return the top eigenvalues, the trace and the density as {@code c} asks
     */
    public static HessianSpectrum measure(PearlmutterHessian h, SpectrumConfig c, ProgressListener listener) {
        long start = System.nanoTime();
        long before = h.products();
        int n = h.dimension();
        int steps = Math.min(c.lanczosSteps(), n);
        RandomStream root = new RandomStream(c.seed());
        long total = steps + c.traceProbes() + (long) c.densityProbes() * Math.min(c.densitySteps(), n);
        listener.start("Hessian of " + n + " parameters on " + h.examples() + " examples", total);
        CountingOperator counted = new CountingOperator(h, listener);
        Lanczos.Result r = Lanczos.run(counted, RademacherProbe.draw(n, root.split("start")), steps, 0);
        int k = Math.min(c.top(), r.steps());
        double[] top = java.util.Arrays.copyOf(r.values(), k);
        double[] residuals = java.util.Arrays.copyOf(r.residuals(), k);
        HutchinsonTrace trace = c.traceProbes() > 0 ? HutchinsonTrace.estimate(counted, c.traceProbes(),
                root.split("trace")) : null;
        double[] grid = new double[0];
        double[] phi = new double[0];
        double width = Double.NaN;
        double[] moments = new double[0];
        if (c.densityProbes() > 0) {
            SpectralDensity d = SpectralDensity.estimate(counted, c.densityProbes(), Math.min(c.densitySteps(), n),
                    root.split("density"));
            double low = d.nodeRange()[0];
            double high = d.nodeRange()[1];
            width = Math.max(high - low, Math.abs(high) * 1e-6 + Double.MIN_NORMAL) / 100;
            grid = new double[SpectrumConfig.DENSITY_POINTS];
            for (int g = 0; g < grid.length; g++) {
                grid[g] = low - 5 * width + (high - low + 10 * width) * g / (grid.length - 1);
            }
            phi = d.density(grid, width);
            moments = new double[] {d.moment(1), d.moment(2)};
        }
        listener.finish(String.format(java.util.Locale.ROOT, "sharpness %.6g", top[0]));
        return new HessianSpectrum(n, h.examples(), top, residuals, top[0] > 0 ? 2 / top[0] : Double.POSITIVE_INFINITY,
                trace, grid, phi, width, moments, h.products() - before, (System.nanoTime() - start) / 1e9);
    }

    /** Reports each product to a listener. */
    private static final class CountingOperator implements SymmetricOperator {
        private final SymmetricOperator a;
        private final ProgressListener listener;
        private long done;

        CountingOperator(SymmetricOperator a, ProgressListener listener) {
            this.a = a;
            this.listener = listener;
        }

        @Override
        public int dimension() {
            return a.dimension();
        }

        @Override
        public void apply(double[] v, double[] out) {
            a.apply(v, out);
            listener.advance(++done, "Hessian-vector products");
        }
    }
}
