package org.gdlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.validate.Check;
import org.gdlab.linearize.bench.KernelBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab linearize bench}: the kernel path timed on the cases of the PyTorch peer. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Time the kernel path on the problem of bench/peers/ntk_jacobian.py (1-D ReLU MLP "
                + "1-[W]*D-1, PyTorch's default init, inputs linspace(-1, 1, N)): the Jacobian factors, the kernel "
                + "K = Phi Phi^T and its eigendecomposition (every singular value, the top 10 singular vectors), in "
                + "float64; after a cold run, --repeats warm runs, of which the median is reported, with the fastest.",
            "Default BLAS threads: every core."})
final class LinearizeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cases", split = " ", defaultValue = "256,4,1000", paramLabel = "W,D,N",
            description = "Cases as W,D,N (each >= 1), space separated. Default: ${DEFAULT-VALUE}.")
    List<String> cases;

    @Option(names = "--repeats", defaultValue = "3", paramLabel = "R",
            description = "Warm runs after the cold one (1 to 100). Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Check.inRange("--repeats", repeats, 1, 100);
        threads.apply(Runtime.getRuntime().availableProcessors());
        var out = spec.commandLine().getOut();
        List<KernelBenchmark.Figures> figures = new ArrayList<>();
        if (!json) {
            out.println(Blas.configuration());
        }
        List<int[]> parsed = new ArrayList<>();
        for (String c : cases) {
            String[] p = c.split(",");
            if (p.length != 3) {
                throw Check.invalid("--cases", c, "each case must be W,D,N, e.g. 256,4,1000");
            }
            int[] wdn = {parse(c, p[0]), parse(c, p[1]), parse(c, p[2])};
            KernelBenchmark.requireAffordable("--cases " + c, wdn[0], wdn[1], wdn[2]);
            parsed.add(wdn);
        }
        for (int[] c : parsed) {
            KernelBenchmark.Figures f = KernelBenchmark.run(c[0], c[1], c[2], repeats);
            figures.add(f);
            if (!json) {
                out.printf(Locale.ROOT, "W=%5d D=%d N=%5d P=%8d  kernel path %8.3f s median of %d (factors %.3f, "
                                + "kernel %.3f, eigen %.3f; fastest %.3f, cold %.3f)  peak RSS %.2f GiB  "
                                + "s_1..3 %.4f %.4f %.4f%n", f.width(), f.depth(), f.inputs(), f.parameters(),
                        f.totalSeconds(), f.repeats(), f.factorSeconds(), f.kernelSeconds(), f.eigenSeconds(),
                        f.bestSeconds(), f.coldSeconds(), f.peakResidentGiB(), f.topSingularValues()[0],
                        f.topSingularValues()[Math.min(1, f.topSingularValues().length - 1)],
                        f.topSingularValues()[Math.min(2, f.topSingularValues().length - 1)]);
                out.flush();
            }
        }
        if (json) {
            out.print(JsonFiles.toJson(figures));
        }
        out.flush();
        return 0;
    }

    private static int parse(String whole, String part) {
        try {
            int v = Integer.parseInt(part.trim());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Check.invalid("--cases", whole, "W, D and N must be whole numbers >= 1, e.g. 256,4,1000");
    }
}
