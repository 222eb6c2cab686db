package org.gdlab.cli;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.train.TrainingThreads;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option of commands that call BLAS, and its rule: the option if given,
 * else {@code GDLAB_THREADS} if set, else the command's own default.
 */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N",
            description = "Threads (1 to " + Blas.MAX_THREADS + "). Default: GDLAB_THREADS if set, else the command's default (see above).")
    Integer threads;

    /** Sets the BLAS thread count by the rule above, {@code commandDefault} being the last resort. */
    void apply(int commandDefault) {
        Blas.setThreads(count(commandDefault));
    }

    /** The thread count by the rule above, {@code commandDefault} being the last resort. */
    int count(int commandDefault) {
        if (threads != null) {
            return Blas.requireThreads("--threads", threads.intValue());
        }
        return Blas.threadsFromEnvironmentOr(commandDefault);
    }

    /**
     * The thread count of data-parallel training (train, bench train): by the rule above with
     * {@link TrainingThreads#DEFAULT} last, and at most {@link FullyConnectedNet#MAX_TEAM} shards.
     */
    int trainingCount() {
        int count = count(TrainingThreads.DEFAULT);
        if (count > FullyConnectedNet.MAX_TEAM) {
            throw Check.invalid("--threads", count, "must be <= " + FullyConnectedNet.MAX_TEAM);
        }
        return count;
    }
}
