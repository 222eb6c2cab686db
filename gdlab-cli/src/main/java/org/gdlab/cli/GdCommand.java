package org.gdlab.cli;

import static org.gdlab.cli.TheoryFormat.num;

import java.util.concurrent.Callable;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.validate.Check;
import org.gdlab.report.theory.GdCharts;
import org.gdlab.theory.gd.GdConfig;
import org.gdlab.theory.gd.GdCoordinate;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.gd.GradientDescentAnalysis;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gdlab gd}: the learning rate of gradient descent on least squares (docs/questions.md section 1). */
@Command(name = "gd", header = "Gradient descent on least squares: stable and optimal eta.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Gradient descent on least squares, w_{t+1} = (1 - 2 eta sigma^2) w_t + 2 eta sigma y from w = 0: "
                + "stable learning rates, contraction factors, the limiting and the slowest singular value, the optimal "
                + "eta = 1/(sigma_max^2 + sigma_min^2), and iterations to eps by the asymptotic formula and by running "
                + "the recurrence.",
            "Example: gdlab gd --sigma2 5,0.05"})
final class GdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpectrumOptions problem;

    @Mixin
    ToleranceOptions tolerance;

    @Option(names = "--eta", paramLabel = "ETA",
            description = "Learning rate (> 0). Default: the optimal eta 1/(sigma_max^2 + sigma_min^2).")
    Double eta;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        LeastSquaresSpectrum spectrum = problem.spectrum();
        double eps = tolerance.eps();
        long budget = tolerance.maxIterations(spectrum, 2);
        if (eta != null) {
            Check.positive("--eta", eta);
            Check.finite("--eta", eta);
        }
        try (RunFolderLock claim = output.claimOut()) {
            double chosen = eta == null ? GradientDescentAnalysis.optimalEta(spectrum) : eta;
            GdResult result = GradientDescentAnalysis.analyze(spectrum, new GdConfig(chosen, eps, budget));
            String took = TheoryFormat.took(start, spectrum.size());
            output.emit(spec.commandLine().getOut(), result, report(result, eta == null) + took, GdCharts.of(result));
            return 0;
        }
    }

    private static String report(GdResult r, boolean optimalChosen) {
        StringBuilder sb = new StringBuilder();
        sb.append("gdlab gd: gradient descent on ||y - Xw||^2 in SVD coordinates, w_{t+1} = (1 - 2 eta sigma^2) w_t "
                + "+ 2 eta sigma y', w_0 = 0\n");
        TheoryFormat.spectrum(sb, r.spectrum());
        sb.append("eta = ").append(num(r.config().eta())).append(optimalChosen ? " (the optimal eta)" : "")
                .append(", eps = ").append(r.config().eps()).append(" (within: |w_t - w*| <= eps |w*| in every coordinate)\n\n");
        sb.append(String.format("  %5s  %12s  %-22s  %18s  %12s  %12s%n", "i", "sigma^2", "stable eta range",
                "|1-2 eta sigma^2|", "asymptotic", "exact"));
        int n = r.coordinates().size();
        for (GdCoordinate c : r.coordinates()) {
            String skip = TheoryFormat.elision(c.index(), n);
            if (skip != null) {
                sb.append(skip).append('\n');
            }
            if (TheoryFormat.printed(c.index(), n)) {
                sb.append(String.format("  %5d  %12s  %-22s  %18s  %12s  %12s%n", c.index(), num(c.sigma2()),
                        "(0, " + num(c.stableEtaMax()) + ")", num(c.contraction()), c.asymptotic().describe(),
                        c.exact().describe()));
            }
        }
        GdCoordinate slow = r.coordinates().get(r.slowestIndex());
        sb.append('\n');
        sb.append("limiting singular value: sigma_max = ").append(num(r.limitingSigma()))
                .append("; stable iff eta < 1/sigma_max^2 = ").append(num(r.largestStableEta()))
                .append(r.stable() ? " (eta is stable)" : " (eta is NOT stable: the sigma_max coordinate does not converge)")
                .append('\n');
        sb.append("slowest coordinate at eta: i = ").append(slow.index()).append(" (sigma^2 = ").append(num(slow.sigma2()))
                .append("), contraction ").append(num(r.rate())).append('\n');
        sb.append("iterations to eps at eta: asymptotic ").append(r.asymptotic().describe())
                .append(", exact (running the recurrence) ").append(r.exact().describe()).append('\n');
        sb.append("optimal eta = 1/(sigma_max^2 + sigma_min^2) = ").append(num(r.optimalEta()))
                .append("; rate (k^2-1)/(k^2+1) = ").append(num(r.optimalRate()))
                .append("; iterations: asymptotic ").append(r.optimalAsymptotic().describe())
                .append(", exact ").append(r.optimalExact().describe()).append('\n');
        sb.append("interior singular values change neither: max over all ").append(n)
                .append(" of |1 - 2 eta_opt sigma_i^2| = ").append(num(r.optimalRateOverAll()))
                .append(", the rate from sigma_max and sigma_min alone is ").append(num(r.optimalRate())).append('\n');
        return sb.toString();
    }
}
