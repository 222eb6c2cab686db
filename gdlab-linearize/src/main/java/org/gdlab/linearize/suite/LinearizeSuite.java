package org.gdlab.linearize.suite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gdlab.core.linalg.BlasThreadHold;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.linearize.toy.ToyConfig;
import org.gdlab.linearize.toy.ToyExperiment;
import org.gdlab.linearize.toy.ToyResult;

/**
 * Runs every {@link SuiteRun} from one base config: the defaults of {@code gdlab linearize}
 * (width 128, 150000 steps, reports every 50000), or with {@code quick} a reduced version
 * (width 32, 60 samples, 200 test points, 1500 steps, 5 features) for tests and a first look.
 *
 * <p>The runs are independent (each draws from its own seeded streams), so they run
 * {@code parallel} at a time on threads of their own, each with a one-thread BLAS: the 1-D toy's
 * products (a minibatch of 40 by a few hundred) are far too small for BLAS threads to pay, while
 * whole runs side by side keep every core busy. Each run computes the same numbers as alone, so
 * the results do not depend on {@code parallel} (a test holds them equal); only the wall time does.
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
        /**
         * The result of {@code run}.
         *
         * @param run one of the suite's runs
         * @return its result (null when {@link #runs} holds none under its label)
         */
        public ToyResult get(SuiteRun run) {
            return runs.get(run.label());
        }
    }

    /**
     * The base config of every run.
     *
     * @param quick whether to use the reduced version
     * @param seed the seed of every run
     * @return a builder the runs adjust
     */
    public static ToyConfig.Builder base(boolean quick, long seed) {
        ToyConfig.Builder b = ToyConfig.builder().seed(seed);
        if (quick) {
            b.width(32).samples(60).testPoints(200).batch(20).steps(1500).saveEvery(1500).features(5);
        }
        return b;
    }

    /**
     * Runs the suite, {@code parallel} runs at a time (BLAS held at one thread meanwhile, see
     * {@link BlasThreadHold}); {@code listener} follows the steps of all runs together.
     *
     * @param quick whether to run the reduced version
     * @param seed the seed of every run
     * @param parallel how many runs at a time, {@code >= 1}
     * @param listener told of the steps of all runs together
     * @return every run's result
     * @throws IllegalArgumentException when {@code parallel < 1}
     */
    @SuppressWarnings("try") // the hold is only closed: it is held for the body's duration
    public static SuiteResult run(boolean quick, long seed, int parallel, ProgressListener listener) {
        Check.positive("parallel runs", parallel);
        long start = System.nanoTime();
        SuiteRun[] cases = SuiteRun.values();
        ToyConfig[] configs = new ToyConfig[cases.length];
        long steps = 0;
        for (int i = 0; i < cases.length; i++) {
            configs[i] = cases[i].adjust(base(quick, seed)).build();
            steps += configs[i].steps();
        }
        SuiteProgress progress = new SuiteProgress(listener, cases.length);
        listener.start("linearize suite: " + cases.length + " runs, " + Math.min(parallel, cases.length) + " at a time", steps);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, cases.length), r -> {
            Thread t = new Thread(r, "gdlab-suite-run");
            t.setDaemon(true);
            return t;
        });
        try (BlasThreadHold oneThread = BlasThreadHold.acquire(1)) {
            List<Future<ToyResult>> results = new ArrayList<>();
            for (int i = 0; i < cases.length; i++) {
                int k = i;
                results.add(pool.submit(() -> ToyExperiment.run(configs[k], progress.of(k, cases[k].label()))));
            }
            Map<String, ToyResult> runs = new LinkedHashMap<>();
            for (int i = 0; i < cases.length; i++) {
                runs.put(cases[i].label(), result(results.get(i)));
            }
            listener.finish(String.format(Locale.ROOT, "done: %d runs in %.1f s", cases.length,
                    (System.nanoTime() - start) / 1e9));
            return new SuiteResult(quick, seed, runs, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The result of a run, its failure rethrown as it was (unchecked) on the caller's thread. */
    private static ToyResult result(Future<ToyResult> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("linearize suite: a run failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("linearize suite: interrupted", e);
        }
    }
}
