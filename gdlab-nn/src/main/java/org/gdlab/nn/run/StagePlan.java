package org.gdlab.nn.run;

import java.util.ArrayList;
import java.util.List;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;

/**
 * One stage of a run as it is trained: epochs {@code [fromEpoch, toEpoch)} with an optimizer and
 * a schedule. The first stage starts at 0 with the config's optimizer and schedule; each
 * {@link Stage} ends the one before.
 */
record StagePlan(int fromEpoch, int toEpoch, OptimizerConfig optimizer, LrSchedule schedule) {
    /** The stages of {@code config}, in order. */
    static List<StagePlan> of(RunConfig config) {
        List<StagePlan> plan = new ArrayList<>();
        int epochs = config.training().epochs();
        List<Stage> later = config.stages();
        int firstEnd = later.isEmpty() ? epochs : later.get(0).fromEpoch();
        plan.add(new StagePlan(0, firstEnd, config.optimizer(), config.training().schedule()));
        for (int i = 0; i < later.size(); i++) {
            Stage s = later.get(i);
            int end = i + 1 < later.size() ? later.get(i + 1).fromEpoch() : epochs;
            plan.add(new StagePlan(s.fromEpoch(), end, s.optimizer(), s.schedule()));
        }
        return plan;
    }
}
