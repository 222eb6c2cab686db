package org.gdlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.bench.GemmBenchmark;
import org.gdlab.core.bench.GemmBenchmark.GemmResult;
import org.gdlab.core.bench.GemmBenchmark.GemmShape;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.validate.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab bench}: throughput benchmarks that print figures to compare with the peers. */
@Command(name = "bench", header = "Measure gdlab's speed, to compare with the peer programs.", description = "Measure gdlab's speed (compare with shared/bench/peers on the same machine).",
        mixinStandardHelpOptions = true, subcommands = BenchCommand.Gemm.class)
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code gdlab bench gemm}. */
    @Command(name = "gemm", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"GFLOP/s of float32 GEMM for (100x784)(784x100), (256x784)(784x512) and "
                    + "(1024x1024)(1024x1024), and of float64 GEMM for the last, measured like the numpy peer "
                    + "(warm-up, then repeats for at least --min-seconds; best and mean)."})
    static final class Gemm implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--min-seconds", defaultValue = "2.0", paramLabel = "S",
                description = "Time each shape for at least S seconds (> 0). Default: ${DEFAULT-VALUE}.")
        double minSeconds;

        @Option(names = "--threads", paramLabel = "N",
                description = "BLAS threads (>= 1). Default: GDLAB_THREADS, or every core.")
        Integer threads;

        @Option(names = "--json", description = "Print the results as JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Check.positive("--min-seconds", minSeconds);
            if (threads != null) {
                Check.positive("--threads", threads.intValue());
                Blas.setThreads(threads);
            }
            var out = spec.commandLine().getOut();
            List<GemmResult> results = GemmBenchmark.run(GemmBenchmark.STANDARD_SHAPES, minSeconds);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (GemmResult r : results) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("shape", r.shape().label());
                    row.put("reps", r.reps());
                    row.put("best_s", r.bestSeconds());
                    row.put("mean_s", r.meanSeconds());
                    row.put("gflops_best", r.bestGflops());
                    row.put("gflops_mean", r.meanGflops());
                    rows.add(row);
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("blas", Blas.configuration());
                doc.put("results", rows);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } else {
                out.println(Blas.configuration());
                for (GemmResult r : results) {
                    out.printf("%-34s best %7.1f GFLOP/s  mean %7.1f  (%d reps)%n",
                            r.shape().label(), r.bestGflops(), r.meanGflops(), r.reps());
                }
            }
            return 0;
        }
    }
}
