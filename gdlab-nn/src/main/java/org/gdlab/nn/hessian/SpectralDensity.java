package org.gdlab.nn.hessian;

import org.gdlab.core.random.RandomStream;
import org.gdlab.core.validate.Check;

/**
 * The spectral density {@code phi(t) = (1/n) sum_i delta(t - lambda_i)} of a symmetric operator by
 * stochastic Lanczos quadrature (Lin, Saad and Yang 2016; PyHessian's density): for a unit probe
 * {@code v = z / ||z||} (Rademacher {@code z}), {@code E[v^T f(A) v] = tr f(A) / n}, and {@code m}
 * Lanczos steps from {@code v} give the Gauss quadrature
 * {@code v^T f(A) v ~ sum_j tau_j^2 f(theta_j)} with the Ritz values {@code theta_j} as nodes and
 * the squared first components {@code tau_j^2} of the eigenvectors of {@code T_m} as weights
 * (summing to 1); it is exact for polynomials {@code f} of degree up to {@code 2m - 1}. The density
 * is the average over probes of these point masses, each widened into a Gaussian of width
 * {@code sigma}, so it integrates to 1.
 *
 * @param nodes per probe, the Ritz values {@code theta_j}
 * @param weights per probe, the weights {@code tau_j^2}
 */
public record SpectralDensity(double[][] nodes, double[][] weights) {

    /**
     * Runs {@code probes} probes of {@code steps} Lanczos steps, probe {@code s} drawn from
     * {@code stream.split(s)}.
     *
     * @param a the symmetric operator {@code A}
     * @param probes >= 1
     * @param steps in {@code [1, a.dimension()]}
     * @param stream the source of the start vectors
     * @return the Ritz values (nodes) and squared first components (weights) of each probe
     */
    public static SpectralDensity estimate(SymmetricOperator a, int probes, int steps, RandomStream stream) {
        Check.positive("density probes", probes);
        double[][] nodes = new double[probes][];
        double[][] weights = new double[probes][];
        for (int s = 0; s < probes; s++) {
            Lanczos.Result r = Lanczos.run(a, RademacherProbe.draw(a.dimension(), stream.split(s)), steps, 0);
            nodes[s] = r.values();
            weights[s] = new double[r.steps()];
            for (int j = 0; j < r.steps(); j++) {
                weights[s][j] = r.firstComponents()[j] * r.firstComponents()[j];
            }
        }
        return new SpectralDensity(nodes, weights);
    }

    /**
     * The quadrature estimate of probe {@code s}'s {@code v^T A^p v}: {@code sum_j tau_j^2 theta_j^p}.
     *
     * @param s the probe, in {@code [0, probes)}
     * @param p the power, {@code >= 0}
     * @return the quadrature value
     */
    public double probeMoment(int s, int p) {
        double m = 0;
        for (int j = 0; j < nodes[s].length; j++) {
            m += weights[s][j] * Math.pow(nodes[s][j], p);
        }
        return m;
    }

    /**
     * The estimate of the moment {@code tr(A^p) / n}: the mean of {@link #probeMoment} over the probes.
     *
     * @param p the power, {@code >= 0}
     * @return the estimate of {@code tr(A^p) / n}
     */
    public double moment(int p) {
        double m = 0;
        for (int s = 0; s < nodes.length; s++) {
            m += probeMoment(s, p);
        }
        return m / nodes.length;
    }

    /**
     * The smallest and the largest node of any probe, as {@code {low, high}}.
     *
     * @return a new array {@code {low, high}}
     */
    public double[] nodeRange() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] n : nodes) {
            for (double t : n) {
                low = Math.min(low, t);
                high = Math.max(high, t);
            }
        }
        return new double[] {low, high};
    }

    /**
     * The widened density {@code (1/S) sum_s sum_j tau_{s,j}^2 N(t; theta_{s,j}, sigma^2)} at each
     * point of {@code grid}.
     *
     * @param grid the points {@code t}, read only
     * @param sigma the Gaussian width, > 0
     * @return a new array of the density at each point of {@code grid}
     */
    public double[] density(double[] grid, double sigma) {
        Check.positive("density width", sigma);
        double[] phi = new double[grid.length];
        double norm = 1 / (sigma * Math.sqrt(2 * Math.PI) * nodes.length);
        for (int s = 0; s < nodes.length; s++) {
            for (int j = 0; j < nodes[s].length; j++) {
                for (int g = 0; g < grid.length; g++) {
                    double d = (grid[g] - nodes[s][j]) / sigma;
                    phi[g] += weights[s][j] * norm * Math.exp(-0.5 * d * d);
                }
            }
        }
        return phi;
    }
}
