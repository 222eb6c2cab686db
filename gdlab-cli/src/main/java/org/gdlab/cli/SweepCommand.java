package org.gdlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gdlab.core.validate.Check;
import org.gdlab.report.sweep.SweepPage;
import org.gdlab.sweep.EngineSettings;
import org.gdlab.sweep.LocalEngine;
import org.gdlab.sweep.PointStatus;
import org.gdlab.sweep.RankMetric;
import org.gdlab.sweep.Sampling;
import org.gdlab.sweep.SpecReader;
import org.gdlab.sweep.SweepEngine;
import org.gdlab.sweep.SweepEngines;
import org.gdlab.sweep.SweepPlan;
import org.gdlab.sweep.SweepRecord;
import org.gdlab.sweep.SweepRunner;
import org.gdlab.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gdlab sweep}: reads the spec (a file and/or flags), builds and checks every point's run
 * config, runs the points with the chosen engine into their run folders under {@code --out},
 * and keeps sweep.json and index.html up to date after every finished point.
 */
@Command(name = "sweep", header = "Many training runs as one experiment, with a page.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs every point of a sweep as an ordinary run folder DIR/NAME (config.json, results.json, "
                + "checkpoint.bin), named by its point (lr=0.001_init=he_seed=0), and writes DIR/sweep.json (every "
                + "point's status, metrics and time, the ranking and the best point) and DIR/index.html (a sortable "
                + "table, the metric against each axis, a heat map over two axes) after every finished point.",
            "The spec (JSON, or YAML when SPEC ends in .yaml or .yml) names the base run, the axes, a seeded sample "
                + "of the grid, the metric and a time budget; the flags give the same for small sweeps and override the "
                + "file. Every point's config is built and checked before anything runs: a bad field or value is one line, "
                + "exit code 2. Settings: data, validation_size, train_size, hidden, activation, init, optim, lr, momentum, "
                + "batch, epochs, schedule, reg, seed, threads (as gdlab train's flags of the same name; "
                + "the defaults are gdlab train's, with 1 thread per run).",
            "Resuming: run the same command again. Finished points are read back, interrupted ones continue from their "
                + "checkpoints, and the result of a point does not depend on the engine, --parallel or the order.",
            "A point that fails or diverges is recorded with its reason; the others go on. Exit code: 0 when every point "
                + "completed, " + ExitCode.DIVERGED + " when some diverged, " + ExitCode.POINTS_FAILED + " when some "
                + "failed (sweep.json says which and why), 2 for a bad spec (nothing ran).",
            "Example: gdlab sweep --set train_size=2000 --set epochs=1 --axis lr=1e-3,3e-3 --axis init=he,xavier "
                + "--axis seed=0..2 --parallel 2 --out sweeps/lr-init",
            "Example spec (sweep.yaml): base: {data: fashion-mnist, train_size: 2000, epochs: 1} / axes: {lr: [1e-3, "
                + "3e-3], batch: [100, 200], seed: 0..2} / metric: validation_accuracy; then gdlab sweep sweep.yaml --out s"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
            description = "The spec file, JSON or YAML (see docs/sweep.md). Default: the flags alone.")
    Path specFile;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The sweep's folder (created if missing); rerun with the same DIR to resume.")
    Path out;

    @Option(names = "--axis", paramLabel = "NAME=VALUES",
            description = "An axis: NAME=V1,V2,... or, for whole numbers, NAME=A..B (inclusive), e.g. lr=1e-3,3e-3 or "
                    + "seed=0..4. Repeat for more axes; the last varies fastest.")
    List<String> axes = List.of();

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A base field every point shares, e.g. epochs=1 or data=csv:blobs.csv. Repeat for more.")
    List<String> sets = List.of();

    @Option(names = "--base-config", paramLabel = "FILE",
            description = "Start from a run's config.json (or its folder) instead of gdlab train's defaults.")
    String baseConfig;

    @Option(names = "--sample", paramLabel = "N",
            description = "Run a seeded random sample of N distinct grid points instead of the whole grid.")
    Integer sample;

    @Option(names = "--sample-seed", defaultValue = "0", paramLabel = "S",
            description = "The seed of --sample. Default: ${DEFAULT-VALUE}.")
    long sampleSeed;

    @Option(names = "--metric", paramLabel = "M",
            description = "Rank by validation_accuracy, test_accuracy, train_accuracy (higher is better) or train_loss "
                    + "(lower). Default: the spec's, else validation_accuracy.")
    String metric;

    @Option(names = "--budget", paramLabel = "SECONDS",
            description = "Start no point after SECONDS (the first always starts); the rest are recorded as not tried.")
    Double budget;

    @Option(names = "--engine", defaultValue = LocalEngine.NAME, paramLabel = "NAME",
            description = "local (this JVM, --parallel points at a time) or spark (needs the gdlab-spark module). "
                    + "Default: ${DEFAULT-VALUE}.")
    String engine;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Points at a time on this machine (with --engine spark and no --master: the embedded "
                    + "local[N x threads]); N times the runs' threads should fit the cores. The results do not "
                    + "depend on it. Default: as many as fit the cores (cores / the most threads of a run, at least 1).")
    Integer parallel;

    @Option(names = "--master", paramLabel = "URL",
            description = "The cluster of --engine spark, e.g. spark://host:7077. Default: the engine's own.")
    String master;

    @Option(names = "--quiet", description = "No progress lines.")
    boolean quiet;

    @Mixin
    FetchOption fetch;

    @Override
    public Integer call() {
        SweepSpec s = specFile == null ? SweepSpec.EMPTY : SpecReader.read(specFile);
        if (baseConfig != null) {
            s = s.withBaseConfig(baseConfig);
        }
        for (String a : sets) {
            s = s.withBase(SpecReader.assignmentFlag("--set", a));
        }
        for (String a : axes) {
            s = s.withAxis(SpecReader.axisFlag("--axis", a));
        }
        if (sample != null) {
            s = s.withSampling(new Sampling(Check.positive("--sample", sample), sampleSeed));
        }
        if (metric != null) {
            s = s.withMetric(RankMetric.named("--metric", metric));
        }
        if (budget != null) {
            s = s.withBudgetSeconds(Check.finite("--budget", Check.positive("--budget", budget)));
        }
        if (parallel != null) {
            Check.positive("--parallel", parallel);
        }
        if (master != null && engine.equals(LocalEngine.NAME)) {
            throw Check.invalid("--master", master, "is for a cluster engine (--engine spark); the local engine runs here");
        }
        Path relativeTo = specFile == null || specFile.toAbsolutePath().getParent() == null ? Path.of("")
                : specFile.toAbsolutePath().getParent();
        SweepPlan plan = SweepPlan.of(s, relativeTo);
        int cores = Runtime.getRuntime().availableProcessors();
        int parallel = this.parallel != null ? this.parallel : Math.max(1, cores / plan.maxThreads());
        SweepEngine e = SweepEngines.create(engine, new EngineSettings(parallel, Optional.ofNullable(master)));
        PrintWriter err = spec.commandLine().getErr();
        plan.points().stream().map(p -> p.config().data().source()).distinct().forEach(d -> fetch.ensure(d, err));
        // the points run on this machine (the local engine, or Spark embedded or in local[...]): their
        // data is here too, so what only the data can tell is checked before the first runs
        if (master == null || master.startsWith("local")) {
            plan.requireData();
            if ((long) parallel * plan.maxThreads() > cores) {
                err.printf(Locale.ROOT, "sweep: warning: --parallel %d x %d threads per run = %d is more than the %d cores; "
                        + "the runs will share cores (slower, the same results)%n", parallel, plan.maxThreads(),
                        parallel * plan.maxThreads(), cores);
            }
        }
        Path dir = WritableFolder.require("--out", out);
        SweepRecord r = SweepRunner.run(Optional.of(s), plan, dir, e, (record, last) -> {
            SweepPage.write(record, dir);
            if (!quiet) {
                last.ifPresent(p -> err.println("sweep: " + SweepRunner.progressLine(record, p)));
                err.flush();
            }
        });
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(summary(r));
        stdout.println(r.best().map(b -> String.format(Locale.ROOT, "best: %s, %s %.4f (%s)", b, r.metric().label(),
                r.metric().of(r.point(b).metrics()), dir.resolve(b))).orElse("best: none (no point completed)"));
        stdout.println("wrote " + dir.resolve(SweepRunner.RECORD) + " and the page " + dir.resolve(SweepPage.FILE));
        stdout.flush();
        return r.count(PointStatus.FAILED) > 0 ? ExitCode.POINTS_FAILED
                : r.count(PointStatus.DIVERGED) > 0 ? ExitCode.DIVERGED : 0;
    }

    private static String summary(SweepRecord r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "sweep of %d points:", r.points().size()));
        for (PointStatus st : PointStatus.values()) {
            long n = r.count(st);
            if (n > 0) {
                s.append(' ').append(n).append(' ').append(st.label().replace('_', ' ')).append(',');
            }
        }
        return s.substring(0, s.length() - 1);
    }
}
