package org.gdlab.lab.experiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.run.RunFolder;

/** The experiments by command-line name: each builds its config from the options, runs, and writes its run folder. */
public enum ExperimentName {
    /** {@link OverfitExperiment}. */
    OVERFIT("overfit", OverfitExperiment.Result.class, plan(OverfitExperiment.Config::of, OverfitExperiment::run)),
    /** {@link OptimizersExperiment}. */
    OPTIMIZERS("optimizers", OptimizersExperiment.Result.class, plan(OptimizersExperiment.Config::of, OptimizersExperiment::run)),
    /** {@link BatchSizeExperiment}. */
    BATCH_SIZE("batch-size", BatchSizeExperiment.Result.class, plan(BatchSizeExperiment.Config::of, BatchSizeExperiment::run)),
    /** {@link InitExperiment}. */
    INIT("init", InitExperiment.Result.class, plan(InitExperiment.Config::of, InitExperiment::run)),
    /** {@link BestModelExperiment}. */
    BEST_MODEL("best-model", BestModelExperiment.Result.class, plan(BestModelExperiment.Config::of, BestModelExperiment::run)),
    /** {@link EdgeOfStabilityExperiment}. */
    EDGE_OF_STABILITY("edge-of-stability", EdgeOfStabilityExperiment.Result.class,
            plan(EdgeOfStabilityExperiment.Config::of, EdgeOfStabilityExperiment::run));

    /** A config and how to run it. */
    private record Planned(Object config, Function<ProgressListener, Object> run) {
    }

    /** An experiment's {@code run(config, options, listener)}. */
    @FunctionalInterface
    private interface Runner<C> {
        Object run(C config, ExperimentOptions options, ProgressListener listener);
    }

    /** Builds the config from the options, then runs it with them. */
    private static <C> Function<ExperimentOptions, Planned> plan(Function<ExperimentOptions, C> configOf, Runner<C> runner) {
        return o -> {
            C c = configOf.apply(o);
            return new Planned(c, l -> runner.run(c, o, l));
        };
    }

    private final String label;
    private final Class<?> resultType;
    private final Function<ExperimentOptions, Planned> plan;

    ExperimentName(String label, Class<?> resultType, Function<ExperimentOptions, Planned> plan) {
        this.label = label;
        this.resultType = resultType;
        this.plan = plan;
    }

    /**
     * The command-line name.
     *
     * @return the name as {@code gdlab lab} takes it
     */
    public String label() {
        return label;
    }

    /**
     * The record its results.json holds.
     *
     * @return the class of the record {@link #run} returns and results.json holds
     */
    public Class<?> resultType() {
        return resultType;
    }

    /**
     * Runs the experiment with the sizes the options select and writes {@code config.json} and
     * {@code results.json} into {@code dir}.
     *
     * @param options the data set, {@code --quick} and {@code --seed}
     * @param dir the experiment's run folder, written to
     * @param listener told of the experiment's progress
     * @return the results record (of {@link #resultType()})
     * @throws IllegalArgumentException when the data cannot be loaded (the message says how to get it)
     */
    public Object run(ExperimentOptions options, Path dir, ProgressListener listener) {
        Planned p = plan.apply(options);
        Object result = p.run().apply(listener);
        new RunFolder(dir).write(new Setup(label, options.data().spec(), options.quick(), options.validationSize(),
                p.config()), result);
        return result;
    }

    /**
     * What {@code config.json} holds.
     *
     * @param experiment the experiment's name
     * @param data the data source as given on the command line
     * @param quick whether the reduced sizes were used
     * @param validationSize the validation split's size the options select; overfit and batch-size set their own in
     *     {@code config} (the one used is in results.json's data provenance)
     * @param config the experiment's config record
     */
    public record Setup(String experiment, String data, boolean quick, int validationSize, Object config) {
    }

    /**
     * The experiment named {@code name}; the error lists the valid names.
     *
     * @param what what the name was given as, for the message
     * @param name the experiment's name; case and surrounding blanks do not matter
     * @return the experiment of that name
     */
    public static ExperimentName parse(String what, String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.label.equals(key)).findFirst().orElseThrow(() -> Check.invalid(what,
                name, "must be one of " + Arrays.stream(values()).map(ExperimentName::label).toList()));
    }
}
