package org.gdlab.linearize.suite;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.linearize.toy.ToyConfig;
import org.gdlab.linearize.toy.ToyExperiment;
import org.gdlab.linearize.toy.ToyResult;

/**
 * Runs every {@link SuiteRun} from one base config: the defaults of {@code gdlab linearize}
 * (width 128, 150000 steps, reports every 50000), or with {@code quick} a reduced version
 * (width 32, 60 samples, 200 test points, 1500 steps, 5 features) for tests and a first look.
 */
public final class LinearizeSuite {
    private LinearizeSuite() {
    }

    /**
     * The results of the suite.
     *
     * @param quick whether the reduced version ran
     * @param seed the seed of every run
     * @param runs each run's result by its label, in the order of {@link SuiteRun}
     * @param seconds the wall time
     */
    public record SuiteResult(boolean quick, long seed, Map<String, ToyResult> runs, double seconds) {
        /** The result of {@code run}. */
        public ToyResult get(SuiteRun run) {
            return runs.get(run.label());
        }
    }

    /** The base config of every run. */
    public static ToyConfig.Builder base(boolean quick, long seed) {
        ToyConfig.Builder b = ToyConfig.builder().seed(seed);
        if (quick) {
            b.width(32).samples(60).testPoints(200).batch(20).steps(1500).saveEvery(1500).features(5);
        }
        return b;
    }

    /** Runs the suite. */
    public static SuiteResult run(boolean quick, long seed, ProgressListener listener) {
        long start = System.nanoTime();
        Map<String, ToyResult> runs = new LinkedHashMap<>();
        for (SuiteRun run : SuiteRun.values()) {
            runs.put(run.label(), ToyExperiment.run(run.adjust(base(quick, seed)).build(), listener));
        }
        return new SuiteResult(quick, seed, runs, (System.nanoTime() - start) / 1e9);
    }
}
