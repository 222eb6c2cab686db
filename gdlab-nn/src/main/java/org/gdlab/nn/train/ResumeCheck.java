package org.gdlab.nn.train;

import org.gdlab.core.validate.Check;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.optim.Optimizer;

/**
 * What a {@link Checkpoint} must match to be continued: the network (architecture and parameter
 * count), no more epochs done than configured, and the same per-iteration accuracy schedule; and
 * whether its optimizer state can be loaded into a given optimizer.
 */
final class ResumeCheck {
    private ResumeCheck() {
    }

    /** Whether the checkpoint's optimizer state is of the rule of {@code optimizer} (the name before its parameters). */
    static boolean sameRule(Optimizer optimizer, Checkpoint c) {
        String mine = optimizer.describe();
        String saved = c.optimizer().optimizer();
        int open = mine.indexOf('(');
        return open > 0 && saved.startsWith(mine.substring(0, open + 1));
    }

    /** What a checkpoint must match: the architecture and the parameter count. */
    static String fingerprint(FullyConnectedNet net) {
        var c = net.config();
        return c.describe() + " " + c.activation().label() + (c.batchNorm() ? " batchnorm" : "")
                + (c.dropout() > 0 ? " dropout " + c.dropout() : "") + ", " + net.parameters().size() + " numbers";
    }

    static void require(FullyConnectedNet net, Checkpoint resume, TrainConfig config) {
        if (!resume.network().equals(fingerprint(net)) || resume.parameters().length != net.parameters().size()) {
            throw new IllegalArgumentException("the checkpoint is of a network " + resume.network()
                    + ", not of this one: " + fingerprint(net));
        }
        if (resume.epochsDone() > config.epochs()) {
            throw Check.invalid("epochs", config.epochs(), "must be >= the " + resume.epochsDone()
                    + " epochs the checkpoint has done");
        }
        requireSameAccuracySchedule(resume, config);
    }

    /**
     * Requires the checkpoint's per-iteration train accuracies to be those this configuration
     * records: after iterations {@code N, 2N, ...} up to the checkpoint's, for {@code accuracyEvery N}.
     */
    private static void requireSameAccuracySchedule(Checkpoint resume, TrainConfig config) {
        long[] at = resume.history().iterationTrainAccuracyAt();
        boolean same = at.length == config.accuracyMeasurements(resume.iteration());
        for (int k = 0; same && k < at.length; k++) {
            same = at[k] == (long) (k + 1) * config.accuracyEvery();
        }
        if (!same) {
            throw Check.invalid("accuracy every", config.accuracyEvery(), "must be the checkpoint's, which measured "
                    + at.length + " per-iteration train accuracies in " + resume.iteration() + " iterations"
                    + (at.length > 0 ? " (the first after " + at[0] + ")" : ""));
        }
    }
}
