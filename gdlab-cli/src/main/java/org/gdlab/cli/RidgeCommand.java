package org.gdlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.io.MatrixFiles;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.core.validate.Cost;
import org.gdlab.report.ChartSpec;
import org.gdlab.report.theory.RidgeCharts;
import org.gdlab.theory.ridge.RegressionData;
import org.gdlab.theory.ridge.RidgeAnalysis;
import org.gdlab.theory.ridge.RidgeBenchmark;
import org.gdlab.theory.ridge.RidgeForm;
import org.gdlab.theory.ridge.RidgePosterior;
import org.gdlab.theory.ridge.RidgeSolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab ridge}: ridge regression's two forms, its Bayesian reading, and which form is faster. */
@Command(name = "ridge", header = "Ridge regression in primal and kernel form, and as a posterior.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ridge regression by the primal form (X^T X + lambda I)^{-1} X^T y (a d x d system) and the kernel "
                + "form X^T (X X^T + lambda I)^{-1} y (an n x n system), both by Cholesky; their difference; the cheaper "
                + "one used (n < d: kernel); the posterior mean and covariance under W ~ N(0, I), Y = X W + sqrt(lambda) N.",
                "With --bench: the time of both forms over a grid of (n, d) against the flop model of the choice; "
                + "--threads sets the BLAS threads (default: every core)."})
final class RidgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Option(names = "--matrix", paramLabel = "FILE",
            description = "X (n x d) from a .npy or .csv file. Default: a generated problem (--rows x --cols).")
    Path matrix;

    @Option(names = "--y", paramLabel = "FILE", description = "y (n values) from a .npy or .csv file; required with --matrix.")
    Path y;

    @Option(names = "--lambda", defaultValue = "1.0", paramLabel = "L",
            description = "The regularization in ||X w - y||^2 + lambda ||w||^2 (>= 0; 0 needs X of full rank). Default: ${DEFAULT-VALUE}.")
    double lambda;

    @Option(names = "--rows", defaultValue = "10", paramLabel = "N",
            description = "Rows n of the generated X (>= 1). Default: ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--cols", defaultValue = "40", paramLabel = "D",
            description = "Columns d of the generated X (>= 1). Default: ${DEFAULT-VALUE}.")
    int cols;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed of the generated data. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--bench", description = "Time both forms over the grid --sizes x --sizes instead.")
    boolean bench;

    @Option(names = "--sizes", split = ",", defaultValue = "50,100,200,400,800", paramLabel = "N,...",
            description = "With --bench: the values of n and of d (each 1 to " + RidgeBenchmark.MAX_SIZE + "). Default: ${DEFAULT-VALUE}.")
    int[] sizes;

    @Option(names = "--min-seconds", defaultValue = "0.1", paramLabel = "S",
            description = "With --bench: time each form at each point for at least S seconds (> 0, at most 60; the whole grid "
                    + "at most 600 s). Default: ${DEFAULT-VALUE}.")
    double minSeconds;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Check.nonNegative("--lambda", lambda);
        Check.finite("--lambda", lambda);
        threads.apply(Runtime.getRuntime().availableProcessors());
        if (bench) {
            if (matrix != null || y != null) {
                throw Check.invalid("--bench", true, "it times generated matrices of every grid shape; leave out --matrix and --y");
            }
            RidgeBenchmark.requireAffordable("--sizes", sizes, "--min-seconds", minSeconds);
            Check.positive("--lambda", lambda);
            try (RunFolderLock claim = output.claimOut()) {
                RidgeBenchmark.Result r = RidgeBenchmark.run(sizes, lambda, minSeconds, seed, ProgressListener.SILENT);
                Map<String, ChartSpec> charts = new LinkedHashMap<>();
                charts.put("ridge-crossover", RidgeCharts.crossover(r));
                charts.put("ridge-times", RidgeCharts.times(r));
                output.emit(out, r, benchReport(r), charts);
                return 0;
            }
        }
        RegressionData data = data();
        String rowsName = matrix == null ? "--rows" : "rows of --matrix";
        String colsName = matrix == null ? "--cols" : "columns of --matrix";
        Cost.elements(rowsName + " squared (the kernel form's n x n system)", data.x().rows(), data.x().rows());
        Cost.elements(colsName + " squared (the primal form's d x d system)", data.x().cols(), data.x().cols());
        try (RunFolderLock claim = output.claimOut()) {
            RidgeAnalysis a = RidgeAnalysis.of(data, lambda);
            output.emit(out, a, report(a), Map.of("ridge-path", RidgeCharts.path(a.pathLambdas(), a.path(), lambda)));
            return 0;
        }
    }

    private RegressionData data() {
        if (matrix == null) {
            if (y != null) {
                throw Check.invalid("--y", y, "needs --matrix (without --matrix the problem is generated)");
            }
            Check.positive("--rows", rows);
            Check.positive("--cols", cols);
            Cost.elements("--rows x --cols", rows, cols);
            return RegressionData.generate(rows, cols, seed);
        }
        if (y == null) {
            throw Check.invalid("--y", "(missing)", "a .npy or .csv file of n values is required with --matrix");
        }
        return new RegressionData(MatrixFiles.readFiniteF64(matrix), MatrixFiles.readFiniteF64(y), "X from " + matrix + ", y from " + y);
    }

    static String report(RidgeAnalysis a) {
        RidgeSolution s = a.solution();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Ridge regression, lambda = %s, X is %d x %d (rank %d)%n", MatrixText.number(s.lambda()),
                s.n(), s.d(), s.rank()));
        b.append("data: ").append(a.source()).append('\n');
        b.append(String.format(Locale.ROOT, "  primal (X^T X + lambda I)^{-1} X^T y   %d x %d system, model %.3g flops: %s%n",
                s.d(), s.d(), s.primalFlops(), s.primal() == null ? "singular (not solved)" : MatrixText.vector(s.primal())));
        b.append(String.format(Locale.ROOT, "  kernel X^T (X X^T + lambda I)^{-1} y   %d x %d system, model %.3g flops: %s%n",
                s.n(), s.n(), s.kernelFlops(), s.kernel() == null ? "singular (not solved)" : MatrixText.vector(s.kernel())));
        b.append("  largest |primal - kernel| = ").append(Double.isNaN(s.maxDifference()) ? "n/a (one form is singular)"
                : MatrixText.number(s.maxDifference())).append('\n');
        b.append("  used: the ").append(s.chosen().name().toLowerCase(Locale.ROOT)).append(" form, because ").append(s.reason()).append('\n');
        b.append("  w = ").append(MatrixText.vector(s.w())).append("\n\n");
        b.append("Bayesian view: prior W ~ N(0, I), observation Y = X W + sqrt(lambda) N, N ~ N(0, I)\n");
        RidgePosterior p = a.posterior();
        if (p == null) {
            b.append("  S_YY = X X^T + lambda I is singular (lambda = 0 and rank X < n): no posterior through S_YY^{-1}\n");
            return b.toString();
        }
        b.append(String.format("  S_YY = X X^T + lambda I (%d x %d):%n", s.n(), s.n())).append(MatrixText.matrix(p.sYY(), "    "));
        b.append(String.format("  S_WY = X^T (%d x %d):%n", s.d(), s.n())).append(MatrixText.matrix(p.sWY(), "    "));
        b.append("  posterior mean S_WY S_YY^{-1} y = ").append(MatrixText.vector(p.mean())).append('\n');
        b.append("    largest difference to the primal form: ").append(MatrixText.number(a.posteriorMeanMinusPrimal()))
                .append(", to the kernel form: ").append(MatrixText.number(a.posteriorMeanMinusKernel())).append('\n');
        b.append(String.format("  posterior covariance I - S_WY S_YY^{-1} S_WY^T = lambda (X^T X + lambda I)^{-1} (%d x %d):%n", s.d(), s.d()))
                .append(MatrixText.matrix(p.covariance(), "    "));
        return b.toString();
    }

    static String benchReport(RidgeBenchmark.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(r.blas()).append('\n');
        b.append(String.format(Locale.ROOT, "Ridge, both forms by Cholesky, lambda = %s; best of >= 3 runs and >= %s s per form and point%n",
                MatrixText.number(r.lambda()), MatrixText.number(r.minSeconds())));
        b.append("flop model: primal 2 n d^2 + d^3/3 + 2 d^2 + 2 n d, kernel 2 n^2 d + n^3/3 + 2 n^2 + 2 n d; "
                + "the automatic choice takes the smaller (kernel iff n < d)\n");
        b.append(String.format(Locale.ROOT, "%6s %6s %12s %12s %9s %9s %8s %8s %9s %9s %s%n", "n", "d", "primal s", "kernel s",
                "p/k time", "p/k flop", "GF/s p", "GF/s k", "faster", "auto", "verdict"));
        for (RidgeBenchmark.Point p : r.points()) {
            String verdict = !p.decisive() ? "within 20%" : p.choiceIsFaster() ? "right" : "WRONG";
            b.append(String.format(Locale.ROOT, "%6d %6d %12.4e %12.4e %9.3f %9.3f %8.2f %8.2f %9s %9s %s%n", p.n(), p.d(),
                    p.primalSeconds(), p.kernelSeconds(), p.primalSeconds() / p.kernelSeconds(), p.primalFlops() / p.kernelFlops(),
                    p.primalGflops(), p.kernelGflops(), name(p.measuredFaster()), name(p.modelChoice()), verdict));
        }
        b.append(String.format(Locale.ROOT, "claim: on the %d grid points whose times differ by more than 20%%, the automatic choice "
                        + "picks the faster form on %d: %s%n", r.decisivePoints(), r.decisivePointsChosenRight(),
                r.claimHolds() ? "holds" : "does NOT hold"));
        return b.toString();
    }

    private static String name(RidgeForm form) {
        return form.name().toLowerCase(Locale.ROOT);
    }
}
