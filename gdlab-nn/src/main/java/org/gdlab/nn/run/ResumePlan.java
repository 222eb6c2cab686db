package org.gdlab.nn.run;

import java.nio.file.Path;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.train.Checkpoint;
import org.gdlab.nn.train.TrainConfig;

/**
 * What may change when a run is resumed: the epochs (at least those done) and, as new stages
 * from the checkpoint's epoch on, the optimizer, its learning rate and the schedule. What the
 * checkpoint was made with cannot: the data and its split, the network, the initializer, the
 * seed, the batch size, the L2 strength, the accuracy sampling, the sharpness tracking and the thread count, nor the
 * stages already trained.
 */
final class ResumePlan {
    private ResumePlan() {
    }

    /**
     * @param saved the run's config.json
     * @param next the config to continue as
     * @param checkpoint the run's checkpoint
     * @param file config.json, for messages
     * @throws IllegalArgumentException in one line naming what changed
     */
    static void require(RunConfig saved, RunConfig next, Checkpoint checkpoint, Path file) {
        same("data", saved.data(), next.data(), file);
        same("network", saved.network(), next.network(), file);
        same("initializer", saved.initializer(), next.initializer(), file);
        same("threads", saved.threads(), next.threads(), file);
        TrainConfig a = saved.training();
        TrainConfig b = next.training().withEpochs(a.epochs()).withSchedule(a.schedule());
        same("training (batch size, L2, seed, accuracy sampling, sharpness tracking)", a, b, file);
        same("optimizer", saved.optimizer(), next.optimizer(), file);
        same("schedule", saved.training().schedule(), next.training().schedule(), file);
        int done = checkpoint.epochsDone();
        for (int i = 0; i < saved.stages().size(); i++) {
            Stage s = saved.stages().get(i);
            if (s.fromEpoch() < done && (i >= next.stages().size() || !s.equals(next.stages().get(i)))) {
                throw new IllegalArgumentException("the stage from epoch " + s.fromEpoch() + " of " + file
                        + " has trained and cannot change");
            }
        }
        for (Stage s : next.stages()) {
            if (!saved.stages().contains(s) && s.fromEpoch() < done) {
                throw Check.invalid("stage first epoch", s.fromEpoch(), "must be >= the " + done
                        + " epochs the checkpoint has done");
            }
        }
        if (next.training().epochs() < done) {
            throw Check.invalid("epochs", next.training().epochs(), "must be >= the " + done
                    + " epochs the run in " + file.getParent() + " has done");
        }
    }

    private static void same(String what, Object saved, Object next, Path file) {
        if (!saved.equals(next)) {
            throw new IllegalArgumentException("cannot resume with another " + what + ": " + file + " has " + saved
                    + ", asked for " + next);
        }
    }
}
