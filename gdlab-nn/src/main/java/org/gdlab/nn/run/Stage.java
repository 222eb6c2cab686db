package org.gdlab.nn.run;

import org.gdlab.core.validate.Check;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;

/**
 * A later stage of a run, made by resuming with another optimizer, learning rate or schedule:
 * from epoch {@code fromEpoch} on (epochs are counted from 0, and epoch 0 belongs to the run's
 * first stage, so a later stage starts at 1 or after), this optimizer and schedule train. The schedule
 * counts the run's epochs ({@code eta_e = schedule.rate(eta_0, e, E)} for the run's epoch
 * {@code e}). The optimizer's state carries over from the stage before when its rule is the
 * same (a new learning rate or schedule), and starts afresh when the rule changes.
 *
 * @param fromEpoch the first epoch of the stage (>= 1)
 * @param optimizer the optimizer of the stage
 * @param schedule the schedule of the stage
 */
public record Stage(int fromEpoch, OptimizerConfig optimizer, LrSchedule schedule) {
    /**
     * Checks the epoch and that both are given.
     *
     * @param fromEpoch the stage's first epoch, {@code >= 1}
     * @param optimizer the stage's optimizer, not null
     * @param schedule the stage's schedule, not null
     */
    public Stage {
        Check.positive("stage first epoch", fromEpoch);
        if (optimizer == null || schedule == null) {
            throw Check.invalid("stage", optimizer == null ? "optimizer" : "schedule", "must be given");
        }
    }
}
