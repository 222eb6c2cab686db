package org.gdlab.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.gradcheck.GradientCheck;
import org.gdlab.nn.gradcheck.GradientCheckResult;
import org.gdlab.nn.gradcheck.GradientCheckSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab gradcheck}: every layer, loss and a few networks against centred finite differences. */
@Command(name = "gradcheck", header = "Check every layer, loss and net against finite differences.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare every backward pass (affine, relu, leaky-relu, tanh, dropout, batch norm in train and "
                + "eval mode, softmax cross-entropy, mean squared error, whole networks with L2, batch norm and "
                + "dropout) with centred finite differences in float64, and print the largest relative error of each.",
                "Exit code 0 when every error is below 1e-7, 1 otherwise."})
final class GradcheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
            description = "Seed of the random test problems (any whole number). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", description = "Print the results as JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        List<GradientCheckResult> results = GradientCheckSuite.run(seed);
        boolean allPassed = results.stream().allMatch(GradientCheckResult::passed);
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("seed", seed);
            doc.put("step", GradientCheck.STEP);
            doc.put("tolerance", GradientCheck.TOLERANCE);
            doc.put("floor_scale", GradientCheck.FLOOR_SCALE);
            doc.put("passed", allPassed);
            doc.put("checks", results);
            out.print(JsonFiles.toJson(doc));
        } else {
            out.printf(Locale.ROOT, "Gradient check: centred differences, h = %.0e, float64, seed %d; relative error "
                    + "|a - n| / max(|a| + |n|, 1e-8, %.0e |f|)%n", GradientCheck.STEP, seed, GradientCheck.FLOOR_SCALE);
            out.printf("%-40s %8s %16s  %s%n", "check", "partials", "max rel. error", "");
            for (GradientCheckResult r : results) {
                out.printf(Locale.ROOT, "%-40s %8d %16.2e  %s%n", r.name(), r.checked(), r.maxRelativeError(), r.passed() ? "ok" : "FAILED");
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            out.printf(Locale.ROOT, "%d checks, %d failed (tolerance %.0e)%n", results.size(), failed, GradientCheck.TOLERANCE);
        }
        out.flush();
        return allPassed ? 0 : 1;
    }
}
