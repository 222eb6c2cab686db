package org.gdlab.lab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.train.TrainConfig;
import org.gdlab.nn.run.RunResult;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.TrainStatus;
import org.gdlab.sweep.Assignment;
import org.gdlab.sweep.Setting;
import org.gdlab.sweep.SweepPlan;
import org.gdlab.sweep.SweepPoint;

/**
 * {@code best-model}: the best fully-connected model within a time budget. A grid of Adam
 * learning rates, batch sizes and per-epoch learning-rate decays is tried on a subset, the
 * learning rate varying fastest (it matters most), then the batch, then the decay,
 * for a few epochs, until the grid or the search budget runs out; the setting with the best
 * validation accuracy is then trained on {@code finalTrainSize} images, the epochs chosen by early
 * stopping (the trainer keeps the parameters of the best validation epoch), and evaluated once on
 * the test split.
 */
public final class BestModelExperiment {
    private BestModelExperiment() {
    }

    /**
     * The setup.
     *
     * @param hidden hidden widths
     * @param init the initializer's command-line form
     * @param learningRates Adam learning rates tried
     * @param batchSizes batch sizes tried
     * @param lrDecays per-epoch learning-rate decays tried, each in (0, 1]
     * @param searchTrainSize training images of a search trial
     * @param searchEpochs epochs of a search trial
     * @param searchSeconds no trial starts after this much search time (> 0)
     * @param finalTrainSize training images of the final run (0: the whole training split)
     * @param finalEpochs the most epochs of the final run
     * @param seed initialization and shuffles
     */
    public record Config(int[] hidden, String init, double[] learningRates, int[] batchSizes, double[] lrDecays,
                         int searchTrainSize, int searchEpochs, double searchSeconds, int finalTrainSize, int finalEpochs,
                         long seed) {
        /**
         * Validates every field, naming it.
         *
         * @param hidden hidden widths
         * @param init the initializer's command-line form
         * @param learningRates Adam learning rates tried
         * @param batchSizes batch sizes tried
         * @param lrDecays per-epoch learning-rate decays tried, each in (0, 1]
         * @param searchTrainSize training images of a search trial
         * @param searchEpochs epochs of a search trial
         * @param searchSeconds no trial starts after this much search time (> 0)
         * @param finalTrainSize training images of the final run (0: the whole training split)
         * @param finalEpochs the most epochs of the final run
         * @param seed initialization and shuffles
         */
        public Config {
            Initializers.parse("init", init);
            if (learningRates.length == 0 || batchSizes.length == 0 || lrDecays.length == 0) {
                throw Check.invalid("search grid", "empty", "every list (learning rates, batch sizes, decays) needs a value");
            }
            Check.positive("search train size", searchTrainSize);
            for (double lr : learningRates) {
                Check.positive("learning rate", lr);
            }
            for (int b : batchSizes) {
                Check.inRange("batch size", b, 1, searchTrainSize);
            }
            for (double d : lrDecays) {
                Check.inHalfOpenRange("lr decay", d, 0, 1);
            }
            Check.positive("search epochs", searchEpochs);
            Check.positive("search seconds", searchSeconds);
            if (finalTrainSize < 0) {
                throw Check.invalid("final train size", finalTrainSize, "must be >= 0 (0: the whole training split)");
            }
            Check.positive("final epochs", finalEpochs);
        }

        /**
         * The model: [200]*10, He, Adam; learning rates 3e-4, 1e-3, 2e-3, 3e-3 x batches 100, 200 x decays
         * 1, 0.9, 0.6, 5,000 images, 2 epochs per trial, 60 s of search, then up to 10 epochs on the whole training
         * split (trained 10 epochs with lr 2e-3, batch 100 and decay 0.6, three seeds reached 0.889 to 0.892 test
         * accuracy with 5,000 images held out for validation, six seeds 0.891 to 0.897 on all 60,000);
         * --quick: 2 learning rates x batch 100 x decay 0.9 on 1,000 images for 1 epoch, then 2 epochs on 2,000 images.
         *
         * @param options {@code --quick} picks the reduced grid; {@code --seed} the seed of every run
         * @return the setup, validated
         */
        public static Config of(ExperimentOptions options) {
            int[] hidden = NetTraining.layers(10, 200);
            return options.quick()
                    ? new Config(hidden, "he", new double[] {1e-3, 3e-3}, new int[] {100}, new double[] {0.9},
                            1000, 1, 30, 2000, 2, options.seed())
                    : new Config(hidden, "he", new double[] {3e-4, 1e-3, 2e-3, 3e-3}, new int[] {100, 200},
                            new double[] {1, 0.9, 0.6}, 5000, 2, 60, 0, 10, options.seed());
        }
    }

    /**
     * One setting of the search.
     *
     * @param learningRate Adam's learning rate
     * @param batchSize the batch
     * @param lrDecay the per-epoch decay
     * @param tried whether it ran (false: the search budget ran out first)
     * @param status how it ended, null if not tried
     * @param validationAccuracy its best validation accuracy, NaN if not tried
     * @param seconds its wall time, 0 if not tried
     */
    public record Trial(double learningRate, int batchSize, double lrDecay, boolean tried, TrainStatus status,
                        double validationAccuracy, double seconds) {
    }

    /**
     * What the experiment measured.
     *
     * @param config the setup
     * @param data the final run's data provenance
     * @param trials every setting of the grid, in the order tried (learning rate fastest, then batch, then decay)
     * @param chosen the tried setting with the best validation accuracy
     * @param searchSeconds the time the search took
     * @param run the final run
     * @param bestEpoch the epoch early stopping chose (from 1)
     * @param validationAccuracy the final model's validation accuracy
     * @param testAccuracy the final model's test accuracy, measured once
     */
    public record Result(Config config, Map<String, Object> data, List<Trial> trials, Trial chosen, double searchSeconds,
                         TrainResult run, int bestEpoch, double validationAccuracy, double testAccuracy) {
    }

    /**
     * Searches (the grid's settings as the points of a sweep on the local engine, with the search
     * budget as the sweep's: no trial starts after {@code searchSeconds}), then trains and
     * evaluates the chosen setting on {@code options.data()}.
     *
     * @param c the setup, e.g. {@link Config#of}
     * @param options the data set to search and train on
     * @param listener told of every trial's and the final run's progress
     * @return every trial, the chosen setting, and the final model's epoch and validation and test accuracies
     */
    public static Result run(Config c, ExperimentOptions options, ProgressListener listener) {
        DataSplits search = NetTraining.load(options, c.searchTrainSize());
        List<SweepPoint> points = new ArrayList<>();
        List<Trial> grid = new ArrayList<>();
        for (double decay : c.lrDecays()) {
            for (int batch : c.batchSizes()) {
                for (double lr : c.learningRates()) {
                    List<Assignment> values = List.of(new Assignment(Setting.SCHEDULE, LrSchedule.stepDecay(decay).spec()),
                            new Assignment(Setting.BATCH, "" + batch), new Assignment(Setting.LR, "" + lr));
                    points.add(new SweepPoint(points.size(), SweepPlan.name(values), values, NetTraining.config(c.hidden(),
                            search, Initializers.parse("init", c.init()), adam(lr), NetTraining.trainConfig(batch,
                                    c.searchEpochs(), decay, c.seed(), search.train().size()))));
                    grid.add(new Trial(lr, batch, decay, false, null, Double.NaN, 0));
                }
            }
        }
        long start = System.nanoTime();
        List<Optional<RunResult>> runs = SweptRuns.run(points, search, Optional.of(c.searchSeconds()), listener);
        double searchSeconds = (System.nanoTime() - start) / 1e9;
        List<Trial> trials = new ArrayList<>();
        Trial chosen = null;
        for (int i = 0; i < grid.size(); i++) {
            Trial g = grid.get(i);
            Trial trial = runs.get(i).map(RunResult::training).map(r -> new Trial(g.learningRate(), g.batchSize(), g.lrDecay(),
                    true, r.status(), r.bestValidationAccuracy(), r.seconds())).orElse(g);
            trials.add(trial);
            if (trial.tried() && (chosen == null || trial.validationAccuracy() > chosen.validationAccuracy())) {
                chosen = trial;
            }
        }
        DataSplits data = NetTraining.load(options, c.finalTrainSize());
        TrainRun.Trained trained = NetTraining.fit(c.hidden(), Initializers.parse("init", c.init()), adam(chosen.learningRate()),
                NetTraining.trainConfig(chosen.batchSize(), c.finalEpochs(), chosen.lrDecay(), c.seed(), TrainConfig.DEFAULT_ACCURACY_SAMPLE),
                data, listener);
        TrainResult run = trained.result().training();
        double test = trained.result().accuracy().test();
        return new Result(c, data.provenance(), trials, chosen, searchSeconds, run, run.bestEpoch(),
                run.bestValidationAccuracy(), test);
    }

    private static OptimizerConfig adam(double lr) {
        return new OptimizerConfig(OptimizerKind.ADAM, lr, 0);
    }
}
