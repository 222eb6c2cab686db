package org.gdlab.lab.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.run.RunFolder;

/**
 * Runs every {@link LabStep} into its run folder under the lab folder, then writes
 * {@link LabSummary#FILE}. A step that throws is recorded with its message (its folder keeps no
 * stale results.json) and the rest still run.
 */
public final class LabRunner {
    private LabRunner() {
    }

    /**
     * Runs the steps.
     *
     * @param options the lab folder (each step writes into {@code out/FOLDER}, then lab.json into {@code out}), sizes, data and seed
     * @param steps the steps to run, in order; a step that fails is recorded and the others go on
     * @param listener one {@code advance} per step, whose status names the step, its time and what remains
     * @return the summary also written to {@code out/lab.json}
     */
    public static LabSummary run(LabOptions options, List<LabStep> steps, ProgressListener listener) {
        long start = System.nanoTime();
        listener.start("gdlab lab" + (options.quick() ? " --quick" : "") + " into " + options.out(), steps.size());
        List<LabSummary.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            LabStep step = steps.get(i);
            Path dir = options.out().resolve(step.folder());
            long stepStart = System.nanoTime();
            String error = null;
            try {
                Files.deleteIfExists(dir.resolve(RunFolder.RESULTS));
                step.run(options, dir, ProgressListener.SILENT);
            } catch (IOException | RuntimeException e) {
                error = failure(e);
            }
            double seconds = (System.nanoTime() - stepStart) / 1e9;
            outcomes.add(new LabSummary.Outcome(step, error == null, error, seconds));
            String remaining = i + 1 == steps.size() ? "nothing"
                    : steps.subList(i + 1, steps.size()).stream().map(LabStep::folder).collect(Collectors.joining(", "));
            listener.advance(i + 1, String.format(Locale.ROOT, "%s %s in %.1f s (elapsed %.1f s); remaining: %s", step.folder(),
                    error == null ? "done" : "FAILED: " + error, seconds, (System.nanoTime() - start) / 1e9, remaining));
        }
        LabSummary summary = new LabSummary(options.quick(), options.data().spec(), options.seed(), outcomes,
                (System.nanoTime() - start) / 1e9);
        JsonFiles.write(options.out().resolve(LabSummary.FILE), summary);
        long failed = outcomes.stream().filter(o -> !o.ok()).count();
        listener.finish(String.format(Locale.ROOT, "%d steps in %.1f s, %d failed", outcomes.size(), summary.seconds(), failed));
        return summary;
    }

    /**
     * Every step.
     *
     * @return every {@link LabStep}, in their order
     */
    public static List<LabStep> allSteps() {
        return Arrays.asList(LabStep.values());
    }

    /**
     * Reads {@code labDir/lab.json}.
     *
     * @param labDir the lab folder
     * @return the summary its lab.json holds
     */
    public static LabSummary readSummary(Path labDir) {
        return RunFolder.readJson(labDir.resolve(LabSummary.FILE), LabSummary.class);
    }

    /**
     * What the summary says of a step that threw: the one line of a bad value or a bad file, else
     * the exception's class and message; never null, so that a step that threw is never recorded
     * as done.
     *
     * @param e what the step threw
     * @return the error text of the step's outcome
     */
    static String failure(Exception e) {
        boolean oneLine = e instanceof IllegalArgumentException || e instanceof UncheckedIOException;
        return oneLine && e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
