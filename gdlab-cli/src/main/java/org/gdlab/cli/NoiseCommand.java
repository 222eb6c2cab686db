package org.gdlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.core.validate.Cost;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.theory.NoiseCharts;
import org.gdlab.theory.noise.NoiseIdentity;
import org.gdlab.theory.noise.NoiseIdentity.IdentityCheck;
import org.gdlab.theory.noise.NoisePath;
import org.gdlab.theory.noise.NoisySgd;
import org.gdlab.theory.noise.ScalarNoiseConfig;
import org.gdlab.theory.noise.ScalarNoiseResult;
import org.gdlab.theory.noise.ScalarNoisyGd;
import org.gdlab.theory.noise.VectorNoiseConfig;
import org.gdlab.theory.noise.VectorNoiseResult;
import org.gdlab.theory.ridge.RegressionData;
import org.gdlab.theory.spectrum.IterationCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab noise}: noise augmentation as regularization, in theory and by Monte Carlo. */
@Command(name = "noise", header = "Input noise is ridge regularization, checked by Monte Carlo.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Noise augmentation is regularization: E||(X+N)w - y||^2 = ||Xw - y||^2 + m sigma^2 ||w||^2, "
                + "so lambda = sigma^2 in the (1/m) form.",
                "With --x (and --y a number): the scalar case, GD on 1/2 (x_noisy w - y)^2 with fresh noise each step: "
                + "the recurrence of E[w_t], its convergent range and limit, checked by --trials Monte Carlo runs.",
                "With --matrix X --y FILE: the identity on that data, SGD over its rows with fresh noise against ridge "
                + "and least squares, and the regularization path.",
                "With neither: the scalar case (x = 2, y = 3) and the vector case on a generated problem.",
                "Exit code: 0, or " + ExitCode.DIVERGED + " when a mean's recurrence or a Monte Carlo diverged (the vector "
                + "case watches the trials' spread too: it may blow up while E[w_t] converges), 2 for bad input."})
final class NoiseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--x", paramLabel = "X", description = "The scalar input x (finite, nonzero): runs the scalar case. Default: 2 when neither --x nor --matrix is given.")
    Double x;

    @Option(names = "--y", paramLabel = "Y|FILE",
            description = "The scalar target (a number; default 3), or with --matrix the file (.npy or .csv) of the m targets.")
    String y;

    @Option(names = "--matrix", paramLabel = "FILE", description = "X (m x d) from a .npy or .csv file: runs the vector case on it.")
    Path matrix;

    @Option(names = "--noise-var", defaultValue = "0.5", paramLabel = "S2",
            description = "The noise variance sigma^2 (>= 0). Default: ${DEFAULT-VALUE}.")
    double noiseVariance;

    @Option(names = "--eta", defaultValue = "0.1", paramLabel = "ETA",
            description = "The learning rate (> 0; outside the convergent range it is simulated and reported divergent). Default: ${DEFAULT-VALUE}.")
    double eta;

    @Option(names = "--steps", defaultValue = "200", paramLabel = "T", description = "Steps of GD / SGD (>= 1). Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--trials", defaultValue = "10000", paramLabel = "K",
            description = "Monte Carlo runs (>= 2), for the scalar case, the vector case and the identity (which draws "
                    + "K x m x d normals). Default: ${DEFAULT-VALUE}.")
    int trials;

    @Option(names = "--rows", defaultValue = "20", paramLabel = "M", description = "Rows m of the generated X (>= 1). Default: ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--cols", defaultValue = "5", paramLabel = "D", description = "Columns d of the generated X (>= 1). Default: ${DEFAULT-VALUE}.")
    int cols;

    @Option(names = "--path-noise-vars", split = ",", defaultValue = "0.05,0.1,0.2,0.5,1,2", paramLabel = "S2,...",
            description = "Noise variances of the regularization path (each > 0). Default: ${DEFAULT-VALUE}.")
    double[] pathNoiseVariances;

    @Option(names = "--path-trials", defaultValue = "1000", paramLabel = "K",
            description = "Monte Carlo runs per point of the path (>= 2). Default: ${DEFAULT-VALUE}.")
    int pathTrials;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed of the noise and the generated data. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--strict", description = "Reject a learning rate outside the range where E[w_t] converges, instead of simulating it.")
    boolean strict;

    /**
     * What {@code gdlab noise} found; the parts not run are null.
     *
     * @param identity the identity checked on the data (vector case)
     * @param scalar the scalar case
     * @param vector noisy SGD against ridge and least squares
     * @param path the regularization path
     * @param data where the data of the vector case came from
     */
    record NoiseReport(IdentityCheck identity, ScalarNoiseResult scalar, VectorNoiseResult vector, NoisePath.Result path, String data) {
    }

    @Override
    public Integer call() {
        Check.nonNegative("--noise-var", noiseVariance);
        Check.finite("--noise-var", noiseVariance);
        Check.positive("--eta", eta);
        Check.finite("--eta", eta);
        Check.positive("--steps", steps);
        Check.inRange("--trials", trials, 2, Integer.MAX_VALUE);
        Check.inRange("--path-trials", pathTrials, 2, Integer.MAX_VALUE);
        if (x != null && matrix != null) {
            throw Check.invalid("--x", x, "--x (the scalar case) and --matrix (the vector case) exclude each other");
        }
        Cost.elements("--steps (each step keeps 8 values of history)", steps + 1L, 8);
        Cost.elements("--trials", trials);
        if (matrix == null) {
            Cost.atMost("--trials x --steps", NoisySgd.MAX_DRAWS, "normal draws (about 30 s)", trials, steps);
        }
        try (RunFolderLock claim = output.claimOut()) {
            ScalarNoiseResult scalar = matrix == null ? ScalarNoisyGd.run(scalarConfig()) : null;
            NoiseReport result;
            if (x != null) {
                result = new NoiseReport(null, scalar, null, null, null);
            } else {
                RegressionData data = data();
                if (strict) {
                    double max = NoisySgd.maxConvergentEta(data.x(), noiseVariance);
                    if (!(eta < max)) {
                        throw Check.invalid("--eta", eta, "must be in (0, " + max + ") for E[w_t] of SGD to converge "
                                + "(2 / (s_max^2/m + sigma^2)); --strict is given");
                    }
                }
                for (double v : pathNoiseVariances) {
                    Check.positive("--path-noise-vars", v);
                    Check.finite("--path-noise-vars", v);
                }
                long m = data.x().rows();
                long d = data.x().cols();
                Cost.elements("--trials x columns of X", trials, d);
                Cost.elements("--path-trials x columns of X", pathTrials, d);
                Cost.atMost("--trials x --steps x columns of X", NoisySgd.MAX_DRAWS, "normal draws (about 30 s)", trials, steps, d);
                Cost.atMost("--trials x rows x columns of X (the identity's draws)", NoisySgd.MAX_DRAWS,
                        "normal draws (about 30 s)", trials, m, d);
                Cost.atMost("--path-trials x --steps x columns of X x --path-noise-vars", NoisySgd.MAX_DRAWS,
                        "normal draws (about 30 s)", pathTrials, steps, d, pathNoiseVariances.length);
                VectorNoiseResult vector = NoisySgd.run(data.x(), data.y(), new VectorNoiseConfig(noiseVariance, eta, steps, trials, seed));
                IdentityCheck identity = NoiseIdentity.check(data.x(), data.y(), MatrixF64.column(vector.ridge()), noiseVariance, trials, seed);
                NoisePath.Result path = NoisePath.run(data.x(), data.y(), pathNoiseVariances,
                        new VectorNoiseConfig(noiseVariance, eta, steps, pathTrials, seed), ProgressListener.SILENT);
                result = new NoiseReport(identity, scalar, vector, path, data.source());
            }
            Map<String, ChartSpec> charts = new LinkedHashMap<>();
            if (result.scalar() != null) {
                charts.put("noise-scalar-mean", NoiseCharts.mean(result.scalar()));
                charts.put("noise-scalar-mean-error", NoiseCharts.meanError(result.scalar()));
                charts.put("noise-scalar-variance", NoiseCharts.variance(result.scalar()));
            }
            if (result.vector() != null) {
                charts.put("noise-vector-distance", NoiseCharts.vectorDistances(result.vector()));
                charts.put("noise-path", NoiseCharts.path(result.path()));
            }
            output.emit(spec.commandLine().getOut(), result, report(result), charts);
            return diverged(result) ? ExitCode.DIVERGED : 0;
        }
    }

    /** Whether a mean's recurrence diverges or a Monte Carlo diverged, anywhere in the report. */
    static boolean diverged(NoiseReport r) {
        boolean scalar = r.scalar() != null && (!r.scalar().meanConverges() || r.scalar().divergedAtStep() != null);
        boolean vector = r.vector() != null && (!r.vector().meanConverges() || r.vector().divergedAtStep() != null);
        boolean path = r.path() != null && r.path().points().stream().anyMatch(p -> p.divergedAtStep() != null);
        return scalar || vector || path;
    }

    private ScalarNoiseConfig scalarConfig() {
        double xv = x == null ? 2 : x;
        double yv = 3;
        if (y != null) {
            try {
                yv = Double.parseDouble(y);
            } catch (NumberFormatException e) {
                throw Check.invalid("--y", y, "must be a number in the scalar case (a file of targets goes with --matrix)");
            }
        }
        Check.finite("--x", xv);
        if (xv == 0) {
            throw Check.invalid("--x", xv, "must be nonzero (the noise-free optimum is y/x)");
        }
        Check.finite("--y", yv);
        if (strict) {
            double max = ScalarNoisyGd.maxConvergentEta(xv, noiseVariance);
            if (!(eta < max)) {
                throw Check.invalid("--eta", eta, "must be in (0, " + max + ") for E[w_t] to converge "
                        + "(2 / (x^2 + sigma^2)); --strict is given");
            }
        }
        return new ScalarNoiseConfig(xv, yv, noiseVariance, eta, steps, trials, seed);
    }

    private RegressionData data() {
        if (matrix == null) {
            Check.positive("--rows", rows);
            Check.positive("--cols", cols);
            Cost.elements("--rows x --cols", rows, cols);
            return RegressionData.generate(rows, cols, seed);
        }
        if (y == null) {
            throw Check.invalid("--y", "(missing)", "a .npy or .csv file of the m targets is required with --matrix");
        }
        return new RegressionData(MatrixFiles.readFiniteF64(matrix), MatrixFiles.readFiniteF64(Path.of(y)), "X from " + matrix + ", y from " + y);
    }

    static String report(NoiseReport r) {
        StringBuilder b = new StringBuilder();
        if (r.scalar() != null) {
            scalarReport(b, r.scalar());
        }
        if (r.identity() != null) {
            identityReport(b, r.identity(), r.data());
            vectorReport(b, r.vector(), r.path());
        }
        return b.toString();
    }

    private static void scalarReport(StringBuilder b, ScalarNoiseResult s) {
        ScalarNoiseConfig c = s.config();
        b.append(String.format(Locale.ROOT, "Scalar case: x = %s, y = %s, sigma^2 = %s, eta = %s, loss 1/2 (x_n w - y)^2, "
                        + "x_n = x + N(0, sigma^2) fresh each step, w_0 = 0%n", n(c.x()), n(c.y()), n(c.noiseVariance()), n(c.eta())));
        b.append("  w_{t+1} = (1 - eta x_n^2) w_t + eta x_n y, and x_n is independent of w_t, so\n");
        b.append(String.format(Locale.ROOT, "  E[w_{t+1}] = (1 - eta (x^2 + sigma^2)) E[w_t] + eta x y = %s E[w_t] + %s%n",
                n(s.meanFactor()), n(s.meanOffset())));
        b.append(String.format(Locale.ROOT, "  converges iff 0 < eta < 2/(x^2 + sigma^2) = %s: eta = %s %s%n",
                n(s.maxEtaMean()), n(c.eta()), s.meanConverges() ? "converges" : "DIVERGES (|factor| >= 1)"));
        b.append(String.format(Locale.ROOT, "  limit x y/(x^2 + sigma^2) = %s, noise-free optimum y/x = %s (shrunk by x^2/(x^2+sigma^2) = %s, "
                + "as ridge with lambda = sigma^2)%n", n(s.limit()), n(s.noiseFreeOptimum()), n(s.shrinkage())));
        b.append(String.format(Locale.ROOT, "  spread: E[w_t^2] has factor E[(1 - eta x_n^2)^2] = %s; bounded iff eta < 2 E[x_n^2]/E[x_n^4] = %s: %s%n",
                n(s.secondMomentFactor()), n(s.maxEtaMeanSquare()), s.varianceBounded()
                        ? "Var[w_t] -> " + n(s.limitVariance()) + " (sd " + n(Math.sqrt(s.limitVariance())) + "): it does not vanish"
                        : "Var[w_t] grows without bound"));
        int last = s.empiricalMean().length - 1;
        b.append(String.format(Locale.ROOT, "  Monte Carlo, %d trials x %d steps (seed %d):%n", c.trials(), c.steps(), c.seed()));
        b.append(String.format(Locale.ROOT, "  %6s %12s %12s %25s %12s %12s%n", "t", "E[w_t]", "mean", "95% band", "Var pred", "Var MC"));
        for (int t : shownSteps(last)) {
            b.append(String.format(Locale.ROOT, "  %6d %12s %12s %25s %12s %12s%n", t, n(s.predictedMean()[t]), n(s.empiricalMean()[t]),
                    "[" + n(s.bandLow()[t]) + ", " + n(s.bandHigh()[t]) + "]", n(s.predictedVariance()[t]), n(s.empiricalVariance()[t])));
        }
        b.append(String.format(Locale.ROOT, "  predicted E[w_t] inside the 95%% band at %.1f%% of the steps; largest |mean - E[w_t]| = %s standard errors%n",
                100 * s.bandCoverage(), n(s.maxStandardizedError())));
        if (s.divergedAtStep() != null) {
            b.append("  DIVERGED: some trial overflowed at step ").append(s.divergedAtStep()).append("; the Monte Carlo stops there\n");
        } else if (!s.meanConverges()) {
            b.append("  DIVERGENT in mean: E[w_t] grows as |" + n(s.meanFactor()) + "|^t\n");
        }
        b.append('\n');
    }

    private static void identityReport(StringBuilder b, IdentityCheck c, String data) {
        b.append(String.format(Locale.ROOT, "Noise as regularization on X (%d x %d), sigma^2 = %s; data: %s%n", c.m(), c.d(), n(c.noiseVariance()), data));
        for (String step : c.derivation()) {
            b.append("  ").append(step).append('\n');
        }
        b.append(String.format(Locale.ROOT, "  lambda = sigma^2 = %s in (1/m)||Xw - y||^2 + lambda ||w||^2 (= m sigma^2 = %s unnormalized)%n",
                n(c.lambda()), n(c.lambdaUnnormalized())));
        b.append(String.format(Locale.ROOT, "  check at w = w_ridge: ||Xw - y||^2 = %s, m sigma^2 ||w||^2 = %s, exact %s; "
                        + "Monte Carlo over N (%d draws) %s +- %s (z = %s)%n%n", n(c.residualSquared()), n(c.penalty()), n(c.exact()),
                c.trials(), n(c.monteCarloMean()), n(c.standardError()), n(c.zScore())));
    }

    private static void vectorReport(StringBuilder b, VectorNoiseResult v, NoisePath.Result path) {
        VectorNoiseConfig c = v.config();
        b.append(String.format(Locale.ROOT, "SGD over the rows with fresh noise, eta = %s, %d trials x %d steps: "
                + "E[w_{t+1}] = E[w_t] - eta ((1/m) X^T X E[w_t] + sigma^2 E[w_t] - (1/m) X^T y)%n", n(c.eta()), c.trials(), c.steps()));
        b.append(String.format(Locale.ROOT, "  E[w_t] converges iff eta < 2/(s_max^2/m + sigma^2) = %s: %s%n", n(v.maxEtaMean()),
                v.meanConverges() ? "converges" : "DIVERGES"));
        b.append("  ridge (lambda = sigma^2) w = ").append(MatrixText.vector(v.ridge())).append('\n');
        b.append("  least squares        w = ").append(MatrixText.vector(v.leastSquares())).append('\n');
        b.append("  Monte Carlo mean     w = ").append(MatrixText.vector(v.empiricalMean())).append('\n');
        b.append(String.format(Locale.ROOT, "  %6s %14s %14s %14s %14s%n", "t", "|mean-ridge|", "|mean-ls|", "|E[w_t]-ridge|", "MC std error"));
        int last = v.distanceToRidge().length - 1;
        for (int t : shownSteps(last)) {
            b.append(String.format(Locale.ROOT, "  %6d %14s %14s %14s %14s%n", t, n(v.distanceToRidge()[t]), n(v.distanceToLeastSquares()[t]),
                    n(v.predictedDistanceToRidge()[t]), n(v.standardError()[t])));
        }
        if (v.divergedAtStep() != null) {
            b.append(divergence(v.divergence(), v.divergedAtStep(), v.meanConverges())).append('\n');
        } else if (v.standardError()[last] > 0) {
            b.append(String.format(Locale.ROOT, "  at t = %d the mean is %s standard errors from ridge and %s from least squares%n", last,
                    n(v.distanceToRidge()[last] / v.standardError()[last]), n(v.distanceToLeastSquares()[last] / v.standardError()[last])));
        }
        b.append("  regularization path (final Monte Carlo mean vs ridge at lambda = sigma^2):\n");
        for (NoisePath.Point p : path.points()) {
            b.append(String.format(Locale.ROOT, "    sigma^2 = %-8s |mean - ridge| = %-12s (std error %s)%s%n", n(p.noiseVariance()), n(p.distance()),
                    n(p.standardError()), p.divergedAtStep() == null ? ""
                            : "  DIVERGED at step " + p.divergedAtStep() + " (" + p.divergence()
                            + (p.meanConverges() ? "; E[w_t] converges: mean and spread disagree)" : ")")));
        }
    }

    /** The line that says how the vector Monte Carlo diverged, and whether the mean's recurrence disagrees. */
    private static String divergence(String kind, int step, boolean meanConverges) {
        String what = kind.equals(NoisySgd.SPREAD)
                ? "  DIVERGED in spread at step " + step + ": the trials' standard deviation passed "
                        + n(IterationCount.DIVERGENCE_FACTOR) + " x max(1, |w_ridge|, |w_ls|)"
                : "  DIVERGED: some trial overflowed at step " + step;
        return what + (meanConverges ? "\n  mean and spread disagree: E[w_t] converges, but SGD with fresh noise does not "
                + "(each step scales the error along x_n by 1 - eta |x_n|^2, which the mean's recurrence averages away): "
                + "lower --eta" : "");
    }

    /** The steps shown in a report's table: a roughly logarithmic selection up to {@code last}, and last. */
    static int[] shownSteps(int last) {
        return IntStream.concat(IntStream.of(0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000).filter(t -> t < last),
                IntStream.of(last)).toArray();
    }

    private static String n(double v) {
        return MatrixText.number(v);
    }
}
