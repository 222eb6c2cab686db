package org.gdlab.theory.momentum;

/**
 * The 2x2 matrix of momentum on one singular value. In SVD coordinates
 * {@code x_t = V^T (w_t - w*)}, {@code a_t = V^T z_t}, the gradient of {@code ||y - Xw||^2} has
 * components {@code g_t,i = 2 sigma_i^2 x_t,i} (the factor 2 from the squared norm), so the EMA
 * update gives
 * <pre>
 *   a_{t+1} = (1 - beta) a_t + 2 beta sigma^2 x_t
 *   x_{t+1} = x_t - eta a_{t+1} = -eta (1 - beta) a_t + (1 - 2 eta beta sigma^2) x_t
 *
 *   (a, x)_{t+1} = R (a, x)_t,   R = [ 1 - beta          2 beta sigma^2          ]
 *                                    [ -eta (1 - beta)   1 - 2 eta beta sigma^2  ]
 * </pre>
 * With {@code m = 1 - beta} and {@code u = 2 eta beta sigma^2}: {@code trace R = 1 + m - u},
 * {@code det R = m} (the u terms cancel), and the eigenvalues are
 * {@code lambda = (T +- sqrt(T^2 - 4m)) / 2}. Hence:
 * <ul>
 *   <li>repeated when {@code T = +-2 sqrt(m)}, i.e. {@code u = (1 -+ sqrt(m))^2}:
 *       {@code eta = (1 - sqrt(m))^2 / (2 beta sigma^2)} (eigenvalue {@code sqrt(m)}) and
 *       {@code eta = (1 + sqrt(m))^2 / (2 beta sigma^2)} (eigenvalue {@code -sqrt(m)});</li>
 *   <li>complex between them, with {@code |lambda| = sqrt(det) = sqrt(1 - beta) < 1}: always stable;</li>
 *   <li>real below the first: {@code 0 < lambda_2 < lambda_1 < 1}, always stable;</li>
 *   <li>real above the second: both negative, stable iff {@code T > -(1 + m)}, i.e.
 *       {@code eta < (2 - beta) / (beta sigma^2)}: the largest stable eta.</li>
 * </ul>
 * At {@code beta = 1}, {@code R = [[0, 2 sigma^2], [0, 1 - 2 eta sigma^2]]}: plain GD.
 *
 * @param sigma2 {@code sigma^2 > 0}
 * @param eta the learning rate
 * @param beta the EMA weight
 */
public record MomentumMatrix(double sigma2, double eta, double beta) {
    /** R written with symbols, rows separated by "; ". */
    public static final String SYMBOLIC = "[[1 - beta, 2 beta sigma_i^2]; [-eta (1 - beta), 1 - 2 eta beta sigma_i^2]]";
    /** A discriminant this small relative to {@code T^2 + 4m} counts as zero (repeated eigenvalues). */
    public static final double REPEATED_TOLERANCE = 1e-12;

    /**
     * The matrix of one singular value under the given parameters.
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param p eta and beta
     * @return R for this coordinate
     */
    public static MomentumMatrix of(double sigma2, MomentumParameters p) {
        return new MomentumMatrix(sigma2, p.eta(), p.beta());
    }

    /**
     * R as rows: {@code {{1-beta, 2 beta sigma^2}, {-eta(1-beta), 1 - 2 eta beta sigma^2}}}.
     *
     * @return a new {@code 2 x 2} array
     */
    public double[][] entries() {
        return new double[][] {{1 - beta, 2 * beta * sigma2}, {-eta * (1 - beta), 1 - 2 * eta * beta * sigma2}};
    }

    /**
     * {@code trace R = 2 - beta - 2 eta beta sigma^2}.
     *
     * @return the trace T
     */
    public double trace() {
        return 2 - beta - 2 * eta * beta * sigma2;
    }

    /**
     * {@code det R = 1 - beta}.
     *
     * @return the determinant m
     */
    public double determinant() {
        return 1 - beta;
    }

    /**
     * {@code T^2 - 4 det}: positive for real distinct, zero for repeated, negative for complex eigenvalues.
     *
     * @return {@code T^2 - 4 det}
     */
    public double discriminant() {
        double t = trace();
        return t * t - 4 * determinant();
    }

    /**
     * The regime of the eigenvalues (a discriminant within {@link #REPEATED_TOLERANCE} of 0 is repeated).
     *
     * @return real distinct, repeated or complex
     */
    public Regime regime() {
        double t = trace();
        double d = discriminant();
        if (Math.abs(d) <= REPEATED_TOLERANCE * (t * t + 4 * determinant())) {
            return Regime.REPEATED;
        }
        return d > 0 ? Regime.REAL_DISTINCT : Regime.COMPLEX;
    }

    /**
     * The two eigenvalues, the one of larger modulus first. Real roots use
     * {@code lambda_1 = (T + sign(T) sqrt(T^2 - 4m)) / 2}, {@code lambda_2 = m / lambda_1}
     * (no cancellation); complex roots are {@code T/2 +- i sqrt(4m - T^2)/2}.
     *
     * @return two eigenvalues, by descending modulus
     */
    public Eigenvalue[] eigenvalues() {
        double t = trace();
        double m = determinant();
        double d = discriminant();
        if (regime() == Regime.REPEATED) {
            return new Eigenvalue[] {new Eigenvalue(t / 2, 0), new Eigenvalue(t / 2, 0)};
        }
        if (d < 0) {
            double im = Math.sqrt(-d) / 2;
            return new Eigenvalue[] {new Eigenvalue(t / 2, im), new Eigenvalue(t / 2, -im)};
        }
        double first = (t + Math.copySign(Math.sqrt(d), t)) / 2;
        return new Eigenvalue[] {new Eigenvalue(first, 0), new Eigenvalue(first == 0 ? 0 : m / first, 0)};
    }

    /**
     * The spectral radius {@code max |lambda|}: the rate at which the error shrinks;
     * {@code sqrt(m)} for complex eigenvalues, {@code (|T| + sqrt(T^2 - 4m))/2} for real ones. Near
     * repeated eigenvalues this moves with the square root of the rounding in T (about 1e-8): that is
     * the conditioning of a double root, not an error of the formula.
     *
     * @return the spectral radius, {@code >= 0}
     */
    public double spectralRadius() {
        double d = discriminant();
        return d <= 0 ? Math.sqrt(determinant()) : (Math.abs(trace()) + Math.sqrt(d)) / 2;
    }

    /**
     * A bound A with {@code |alpha_s| <= A} for every {@code s >= 0}, where
     * {@code alpha_s = (lambda_1^s - lambda_2^s) / (lambda_1 - lambda_2)} (or {@code s lambda^(s-1)}
     * when repeated) is the sequence {@code alpha_0 = 0, alpha_1 = 1, alpha_{s+1} = T alpha_s - m alpha_{s-1}}.
     * Every x-sequence of R satisfies {@code x_{t+s} = alpha_s x_{t+1} - m alpha_{s-1} x_t}, so
     * {@code sup_{s >= 1} |x_{t+s}| <= A (|x_{t+1}| + m |x_t|)}: a certificate that no later step
     * leaves a tolerance. Uses {@code |alpha_s| <= s r^(s-1)} and {@code |alpha_s| <= 2 / |lambda_1 - lambda_2|};
     * infinite when {@code r >= 1}.
     *
     * @return A, {@code >= 1}; infinite when the spectral radius is {@code >= 1}
     */
    public double sequenceBound() {
        double r = spectralRadius();
        if (!(r < 1)) {
            return Double.POSITIVE_INFINITY;
        }
        double powerBound = 1;
        if (r > 0) {
            double peak = 1 / Math.log(1 / r);
            for (double s : new double[] {Math.floor(peak), Math.ceil(peak)}) {
                if (s >= 1) {
                    powerBound = Math.max(powerBound, s * Math.pow(r, s - 1));
                }
            }
        }
        double gap = Math.sqrt(Math.abs(discriminant()));
        return gap > 0 ? Math.min(powerBound, 2 / gap) : powerBound;
    }

    /**
     * An upper bound on the iterations to eps from {@code w_0 = 0, z_0 = 0}, in closed form: the
     * run of {@link MomentumRecurrence} returns at most this many. With distinct eigenvalues,
     * {@code x_s = c_1 lambda_1^s + c_2 lambda_2^s} where {@code c_2 = (x_1 - lambda_1 x_0) / (lambda_2 - lambda_1)},
     * {@code c_1 = x_0 - c_2} and {@code x_1 = (1 - u) x_0} (since {@code a_0 = 0}), so
     * {@code |x_s| / |x_0| <= (|c_1| + |c_2|) r^s}: the envelope, decreasing in s. Near repeated
     * eigenvalues the c's blow up; then {@code x_s = alpha_s x_1 - m alpha_{s-1} x_0} with
     * {@code |alpha_s| <= s r^(s-1)} gives {@code |x_s| / |x_0| <= s r^(s-2) (|1-u| r + m)}, decreasing
     * beyond {@code s = 1/ln(1/r)}. The bound is the first s after which one of them stays below eps,
     * plus one step of slack for rounding; {@link Long#MAX_VALUE} when {@code r >= 1}.
     *
     * @param eps the relative tolerance, in (0, 1)
     * @return the bound on the steps
     */
    public long iterationBound(double eps) {
        double r = spectralRadius();
        if (!(r < 1)) {
            return Long.MAX_VALUE;
        }
        if (r == 0) {
            return 2;
        }
        double t = trace();
        double m = determinant();
        double d = discriminant();
        double oneMinusU = entries()[1][1];
        double lnR = Math.log(r);
        long best = Long.MAX_VALUE;
        if (regime() != Regime.REPEATED) {
            // lambda_1 = t/2 + g, lambda_2 = t/2 - g with g = sqrt(d)/2 (real) or i sqrt(-d)/2 (complex)
            double g = Math.sqrt(Math.abs(d)) / 2;
            double l1Re = d > 0 ? t / 2 + g : t / 2;
            double l1Im = d > 0 ? 0 : g;
            double dRe = d > 0 ? -2 * g : 0;
            double dIm = d > 0 ? 0 : -2 * g;
            double nRe = oneMinusU - l1Re;
            double nIm = -l1Im;
            double d2 = dRe * dRe + dIm * dIm;
            double c2 = Math.sqrt((nRe * nRe + nIm * nIm) / d2);
            double c1Re = 1 - (nRe * dRe + nIm * dIm) / d2;
            double c1Im = (nRe * dIm - nIm * dRe) / d2;
            double c1 = Math.sqrt(c1Re * c1Re + c1Im * c1Im);
            best = (long) Math.ceil(Math.max(1, Math.log(eps / (c1 + c2)) / lnR));
            if (best <= 2 * Math.log(eps) / lnR + 2) {
                return best + 1;
            }
        }
        double c = Math.abs(oneMinusU) * r + m;
        double low = Math.max(1, Math.ceil(1 / -lnR));
        double high = low;
        while (high * Math.pow(r, high - 2) * c > eps && high < best) {
            high *= 2;
        }
        if (high < best) {
            while (high - low > 1) {
                double mid = Math.floor((low + high) / 2);
                if (mid * Math.pow(r, mid - 2) * c > eps) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            best = (long) high;
        }
        return best == Long.MAX_VALUE ? best : best + 1;
    }

    /**
     * The smaller eta of repeated eigenvalues: {@code (1 - sqrt(1 - beta))^2 / (2 beta sigma^2)}; below it the
     * eigenvalues are real and positive. Since {@code 1 - sqrt(1 - beta) = beta / (1 + sqrt(1 - beta))}, it is
     * computed as {@code beta / (2 sigma^2 (1 + sqrt(1 - beta))^2)}: no cancellation, and no underflow to 0 for
     * a tiny beta (squaring {@code 1 - sqrt(1 - beta)} would underflow below beta = 1e-154).
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param beta the EMA weight, in {@code (0, 1]}
     * @return the smaller eta with a double eigenvalue
     */
    public static double etaRepeatedLow(double sigma2, double beta) {
        double a = 1 + Math.sqrt(1 - beta);
        return beta / (2 * sigma2 * a * a);
    }

    /**
     * The larger eta of repeated eigenvalues: {@code (1 + sqrt(1 - beta))^2 / (2 beta sigma^2)}; between the two they are complex.
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param beta the EMA weight, in {@code (0, 1]}
     * @return the larger eta with a double eigenvalue
     */
    public static double etaRepeatedHigh(double sigma2, double beta) {
        double a = 1 + Math.sqrt(1 - beta);
        return a * a / (2 * beta * sigma2);
    }

    /**
     * The largest stable eta (exclusive): {@code (2 - beta) / (beta sigma^2)}.
     *
     * @param sigma2 {@code sigma^2 > 0}
     * @param beta the EMA weight, in {@code (0, 1]}
     * @return the stability edge of eta
     */
    public static double etaStableMax(double sigma2, double beta) {
        return (2 - beta) / (beta * sigma2);
    }
}
