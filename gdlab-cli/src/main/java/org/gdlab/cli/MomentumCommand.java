package org.gdlab.cli;

import static org.gdlab.cli.TheoryFormat.num;

import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.validate.Check;
import org.gdlab.report.theory.MomentumCharts;
import org.gdlab.theory.momentum.Eigenvalue;
import org.gdlab.theory.momentum.MomentumAnalysis;
import org.gdlab.theory.momentum.MomentumAnswers;
import org.gdlab.theory.momentum.MomentumConfig;
import org.gdlab.theory.momentum.MomentumCoordinate;
import org.gdlab.theory.momentum.MomentumForm;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gdlab momentum}: momentum on least squares (docs/questions.md section 2). */
@Command(name = "momentum", header = "Momentum on least squares: R_i, regimes, the best eta.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Momentum on least squares in the EMA form z <- (1-beta) z + beta g, w <- w - eta z "
                + "(g = 2 X^T (Xw - y), w = 0, z = 0): the 2x2 matrix R_i of each singular value, its eigenvalues and "
                + "regime, the regime boundaries and stability in closed form, the etas minimizing the worst spectral "
                + "radius with simulated iterations to eps, and the comparison with plain GD.",
            "Example: gdlab momentum --sigma2 5,0.05 --beta 0.1"})
final class MomentumCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpectrumOptions problem;

    @Mixin
    ToleranceOptions tolerance;

    @Option(names = "--form", defaultValue = "ema", paramLabel = "FORM",
            description = "How the hyperparameters are given: ema (--eta, --beta) or heavy-ball (--lr, --m; PyTorch's "
                    + "v <- m v + g, w <- w - lr v, converted by m = 1-beta, lr = eta beta). Default: ${DEFAULT-VALUE}.")
    String form;

    @Option(names = "--beta", paramLabel = "BETA",
            description = "EMA weight of the new gradient, in (0, 1]; 1 is plain GD. Default: 0.1.")
    Double beta;

    @Option(names = "--eta", paramLabel = "ETA",
            description = "Learning rate (> 0). Default: eta* = (2 - beta)/(beta (sigma_max^2 + sigma_min^2)), "
                    + "which minimizes the worst spectral radius.")
    Double eta;

    @Option(names = "--m", paramLabel = "M", description = "Heavy-ball momentum in [0, 1) (with --form heavy-ball; required there).")
    Double m;

    @Option(names = "--lr", paramLabel = "LR",
            description = "Heavy-ball learning rate (> 0) (with --form heavy-ball). Default: eta* beta.")
    Double lr;

    @Option(names = "--optimize-beta",
            description = "Also search the jointly best (eta, beta) and compare with the classical heavy-ball optimum.")
    boolean optimizeBeta;

    @Option(names = "--scan-points", defaultValue = "101", paramLabel = "N",
            description = "Etas simulated across the optimal set (1 to " + MomentumConfig.MAX_SCAN_POINTS + "). "
                    + "Default: ${DEFAULT-VALUE}.")
    int scanPoints;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        MomentumForm chosenForm = MomentumForm.parse("--form", form);
        LeastSquaresSpectrum spectrum = problem.spectrum();
        MomentumParameters parameters = parameters(chosenForm, spectrum);
        Check.inRange("--scan-points", scanPoints, 1, MomentumConfig.MAX_SCAN_POINTS);
        MomentumConfig config = new MomentumConfig(parameters, chosenForm, tolerance.eps(),
                tolerance.maxIterations(spectrum, 2L + scanPoints + (optimizeBeta ? 2 : 0)),
                scanPoints, optimizeBeta);
        try (RunFolderLock claim = output.claimOut()) {
            MomentumResult result = MomentumAnswers.of(spectrum, config);
            String took = TheoryFormat.took(start, spectrum.size());
            output.emit(spec.commandLine().getOut(), result, report(result) + took, MomentumCharts.of(result),
                    Map.of("regime-map", MomentumCharts.regimeMap(result)));
            return 0;
        }
    }

    private MomentumParameters parameters(MomentumForm chosenForm, LeastSquaresSpectrum spectrum) {
        if (chosenForm == MomentumForm.EMA) {
            if (m != null || lr != null) {
                throw Check.invalid(m != null ? "--m" : "--lr", m != null ? m : lr, "only with --form heavy-ball");
            }
            double b = beta == null ? 0.1 : MomentumParameters.requireBeta("--beta", beta);
            if (eta != null) {
                MomentumParameters.requireLearningRate("--eta", eta);
            }
            return MomentumParameters.ema(eta == null ? MomentumAnalysis.centralEta(spectrum, b) : eta, b);
        }
        if (beta != null || eta != null) {
            throw Check.invalid(beta != null ? "--beta" : "--eta", beta != null ? beta : eta,
                    "with --form heavy-ball give --m and --lr");
        }
        if (m == null) {
            throw Check.invalid("--m", null, "--form heavy-ball needs --m in [0, 1)");
        }
        MomentumParameters.requireM("--m", m);
        if (lr != null) {
            MomentumParameters.requireLearningRate("--lr", lr);
        }
        double b = 1 - m;
        return MomentumParameters.heavyBall(lr == null ? MomentumAnalysis.centralEta(spectrum, b) * b : lr, m);
    }

    private static String report(MomentumResult r) {
        StringBuilder sb = new StringBuilder();
        MomentumParameters p = r.config().parameters();
        sb.append("gdlab momentum: EMA form z <- (1-beta) z + beta g, w <- w - eta z, g = 2 X^T (Xw - y), from w = 0, z = 0\n");
        TheoryFormat.spectrum(sb, r.spectrum());
        sb.append("parameters (").append(r.config().form().cliName()).append(" given): EMA eta = ").append(num(p.eta()))
                .append(", beta = ").append(num(p.beta()))
                .append("; heavy-ball (v <- m v + g, w <- w - lr v): m = 1 - beta = ").append(num(r.heavyBallMomentum()))
                .append(", lr = eta beta = ").append(num(r.heavyBallLearningRate())).append('\n');
        sb.append("eps = ").append(r.config().eps()).append(" (within: |w_t - w*| <= eps |w*| in every coordinate)\n\n");
        sb.append("In SVD coordinates x_t = V^T (w_t - w*), a_t = V^T z_t, each singular value gives (a, x)_{t+1} = R_i (a, x)_t,\n");
        sb.append("  R_i = ").append(r.symbolicMatrix()).append('\n');
        sb.append("  trace T = 2 - beta - 2 eta beta sigma_i^2, det = 1 - beta, lambda = (T +- sqrt(T^2 - 4(1-beta)))/2\n");
        sb.append("  repeated at eta = (1 -+ sqrt(1-beta))^2 / (2 beta sigma_i^2); complex between them with |lambda| = "
                + "sqrt(1-beta) (stable);\n  real positive below (stable); real negative above, stable iff eta < "
                + "(2 - beta)/(beta sigma_i^2)\n\n");
        int n = r.coordinates().size();
        for (MomentumCoordinate c : r.coordinates()) {
            String skip = TheoryFormat.elision(c.index(), n);
            if (skip != null) {
                sb.append(skip).append("\n\n");
            }
            if (TheoryFormat.printed(c.index(), n)) {
                coordinate(sb, c);
            }
        }
        MomentumCoordinate slow = r.coordinates().get(r.slowestIndex());
        sb.append("whole spectrum:\n");
        sb.append("  largest stable eta: (2 - beta)/(beta sigma_max^2) = ").append(num(r.largestStableEta()))
                .append(", limited by sigma_max = ").append(num(r.limitingSigma()))
                .append(r.stable() ? " (eta is stable)" : " (eta is NOT stable)").append('\n');
        sb.append("  at eta: worst spectral radius ").append(num(r.rate())).append(" (i = ").append(slow.index())
                .append(", sigma^2 = ").append(num(slow.sigma2())).append("); iterations to eps: asymptotic ")
                .append(r.asymptotic().describe()).append(", exact ").append(r.exact().describe()).append('\n');
        MomentumResult.OptimalSet o = r.optimal();
        if (o.interval()) {
            sb.append("  etas minimizing the worst spectral radius: the interval [").append(num(o.etaLow())).append(", ")
                    .append(num(o.etaHigh())).append("], where every R_i has complex (or repeated) eigenvalues; rate sqrt(1-beta) = ");
        } else {
            sb.append("  eta minimizing the worst spectral radius: the single point eta* = (2-beta)/(beta (sigma_max^2 + "
                    + "sigma_min^2)) = ").append(num(o.etaLow())).append("; rate ");
        }
        sb.append(num(o.rate())).append(", asymptotic iterations ").append(o.asymptotic().describe()).append('\n');
        sb.append("  exact iterations across that set (").append(o.scanEta().length).append(o.scanEta().length == 1 ? " eta" : " etas")
                .append(" simulated): ").append(o.bestExact().describe()).append(" to ").append(o.worstExact().describe())
                .append("; fewest at eta = ").append(num(o.bestEta())).append(": ").append(o.bestExact().describe()).append('\n');
        MomentumResult.GdBest gd = r.gd();
        sb.append("  plain GD at its best eta 1/(sigma_max^2 + sigma_min^2) = ").append(num(gd.eta())).append(": rate ")
                .append(num(gd.rate())).append(", iterations asymptotic ").append(gd.asymptotic().describe())
                .append(", exact ").append(gd.exact().describe()).append('\n');
        sb.append("  GD's best needs ").append(Double.isNaN(r.iterationRatio()) ? "(no ratio: a count is missing)"
                : num(r.iterationRatio()) + " times the iterations of momentum's best").append('\n');
        MomentumResult.JointOptimum j = r.joint();
        if (j != null) {
            sb.append("jointly best (eta, beta) by search: eta = ").append(num(j.eta())).append(", beta = ").append(num(j.beta()))
                    .append(", rate ").append(num(j.rate())).append(", exact iterations ").append(j.exact().describe()).append('\n');
            sb.append("classical heavy-ball optimum: m = ((k-1)/(k+1))^2 = ").append(num(j.classicalMomentum()))
                    .append(", lr = 4/(sqrt(L) + sqrt(mu))^2 = ").append(num(j.classicalLearningRate()))
                    .append(" (EMA: eta = ").append(num(j.classicalEta())).append(", beta = ").append(num(j.classicalBeta()))
                    .append("); rate (sqrt(kappa)-1)/(sqrt(kappa)+1) with kappa = sigma_max^2/sigma_min^2, i.e. (k-1)/(k+1) = ").append(num(j.classicalRate())).append(", iterations asymptotic ")
                    .append(j.classicalAsymptotic().describe()).append(", exact ").append(j.classicalExact().describe()).append('\n');
        }
        return sb.toString();
    }

    private static void coordinate(StringBuilder sb, MomentumCoordinate c) {
        double[][] a = c.matrix();
        Eigenvalue[] l = c.eigenvalues();
        sb.append("i = ").append(c.index()).append(", sigma^2 = ").append(num(c.sigma2())).append(":  R_i = [[")
                .append(num(a[0][0])).append(", ").append(num(a[0][1])).append("]; [").append(num(a[1][0])).append(", ")
                .append(num(a[1][1])).append("]]\n");
        sb.append("    eigenvalues ").append(eigen(l[0])).append(", ").append(eigen(l[1])).append("; ")
                .append(c.regime().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .append("; spectral radius ").append(num(c.spectralRadius())).append('\n');
        sb.append("    real positive for eta < ").append(num(c.etaRepeatedLow())).append(", repeated at ")
                .append(num(c.etaRepeatedLow())).append(c.etaRepeatedHigh() > c.etaRepeatedLow()
                        ? " and " + num(c.etaRepeatedHigh()) + ", complex in between" : " (no complex interval at beta = 1)")
                .append(", real negative above; stable iff eta < ").append(num(c.etaStableMax())).append('\n');
        sb.append("    iterations to eps: asymptotic ").append(c.asymptotic().describe()).append(", exact ")
                .append(c.exact().describe()).append("\n\n");
    }

    private static String eigen(Eigenvalue e) {
        if (e.im() == 0) {
            return num(e.re());
        }
        return num(e.re()) + (e.im() < 0 ? " - " : " + ") + num(Math.abs(e.im())) + "i";
    }
}
