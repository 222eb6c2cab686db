package org.gdlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gdlab.core.bench.GemmBenchmark;
import org.gdlab.core.bench.GemmBenchmark.GemmResult;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.train.TrainBenchmark;
import org.gdlab.nn.train.TrainBenchmark.Measurement;
import org.gdlab.nn.train.TrainBenchmark.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gdlab bench}: throughput benchmarks that print figures to compare with the peers. */
@Command(name = "bench", header = "Measure gdlab's speed, to compare with the peer programs.",
        description = "Measure gdlab's speed; bench/compare.sh in the repository runs these and the peer programs of bench/peers "
                + "(numpy, PyTorch) one after the other and prints their ratios.",
        mixinStandardHelpOptions = true, subcommands = {BenchCommand.Gemm.class, BenchCommand.Train.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code gdlab bench gemm}. */
    @Command(name = "gemm", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Default BLAS threads: every core. GFLOP/s of float32 GEMM for (100x784)(784x100), (256x784)(784x512) and "
                    + "(1024x1024)(1024x1024), and of float64 GEMM for the last, measured like the numpy peer "
                    + "(warm-up, then repeats for at least --min-seconds; best and mean)."})
    static final class Gemm implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--min-seconds", defaultValue = "2.0", paramLabel = "S",
                description = "Time each shape for at least S seconds (> 0, at most 60). Default: ${DEFAULT-VALUE}.")
        double minSeconds;

        @Mixin
        ThreadsOption threads;

        @Option(names = "--json", description = "Print the results as JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() {
            GemmBenchmark.requireMinSeconds("--min-seconds", minSeconds);
            threads.apply(Runtime.getRuntime().availableProcessors());
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
                out.print(JsonFiles.toJson(doc));
            } else {
                out.println(Blas.configuration());
                for (GemmResult r : results) {
                    out.printf(Locale.ROOT, "%-34s best %7.1f GFLOP/s  mean %7.1f  (%d reps)%n",
                            r.shape().label(), r.bestGflops(), r.meanGflops(), r.reps());
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code gdlab bench train}. */
    @Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Seconds per training epoch and GFLOP/s of (a) 784-[100]*5-10, batch 100, Adam and "
                    + "(b) 784-[200]*10-10, batch 200, Adam, float32, on every training image (no validation split), "
                    + "timed like the peers (shuffle and training steps, no evaluation; median over epochs), and the "
                    + "bytes allocated per warm iteration. Compare with the peers of bench/peers (mlp_numpy.py, "
                    + "mlp_torch.py) in the same session: bench/compare.sh runs them all.",
                    TrainCommand.THREADS_NOTE,
                    "Exit code: 0, or " + ExitCode.DIVERGED + " when a workload's final loss is not finite (it diverged)."})
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "fashion-mnist", paramLabel = "SOURCE",
                description = "The training images (see gdlab data --help). Default: ${DEFAULT-VALUE}.")
        String data;

        @Option(names = "--epochs", defaultValue = "3", paramLabel = "N",
                description = "Epochs per workload (1 to " + TrainBenchmark.MAX_EPOCHS + "). Default: ${DEFAULT-VALUE}.")
        int epochs;

        @Option(names = "--workload", paramLabel = "a|b",
                description = "Only workload a or b. Default: both.")
        String workload;

        @Mixin
        ThreadsOption threads;

        @Mixin
        FetchOption fetch;

        @Option(names = "--json", description = "Print the results as JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() {
            Check.inRange("--epochs", epochs, 1, TrainBenchmark.MAX_EPOCHS);
            List<Workload> workloads = TrainBenchmark.STANDARD;
            if (workload != null) {
                int k = workload.equals("a") ? 0 : workload.equals("b") ? 1 : -1;
                if (k < 0) {
                    throw Check.invalid("--workload", workload, "must be a or b");
                }
                workloads = List.of(workloads.get(k));
            }
            int count = threads.trainingCount();
            var out = spec.commandLine().getOut();
            DataSource source = DataSource.parse(data);
            fetch.ensure(source, spec.commandLine().getErr());
            DataSplits splits = DataSplits.load(DataConfig.of(source).withValidationSize(0));
            List<Measurement> results = new ArrayList<>();
            if (!json) {
                out.println(Blas.library() + "; " + splits.train().size() + " training images");
                out.flush();
            }
            for (Workload w : workloads) {
                Measurement m = TrainBenchmark.run(w, splits.train(), epochs, count, ProgressListener.SILENT);
                results.add(m);
                if (!json) {
                    out.printf(Locale.ROOT, "%-32s median %.3f s/epoch  %6.1f GFLOP/s  epochs %s  allocated %.0f bytes/iteration  "
                            + "final loss %.4f  (%s)%n", m.workload(), m.medianSeconds(), m.gflops(),
                            java.util.Arrays.toString(java.util.Arrays.stream(m.epochSeconds())
                                    .map(x -> Math.round(x * 1000) / 1000.0).toArray()),
                            m.allocatedBytesPerIteration(), m.finalLoss(), m.threads());
                    out.flush();
                }
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("blas", Blas.library());
                doc.put("data", splits.provenance());
                doc.put("results", results);
                out.print(JsonFiles.toJson(doc));
            }
            out.flush();
            return results.stream().allMatch(m -> Double.isFinite(m.finalLoss())) ? 0 : ExitCode.DIVERGED;
        }
    }
}
