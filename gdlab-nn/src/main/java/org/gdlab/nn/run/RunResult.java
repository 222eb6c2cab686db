package org.gdlab.nn.run;

import java.util.List;
import java.util.Map;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.train.TrainResult;
import org.gdlab.nn.train.TrainStatus;

/**
 * What a training run gives, as results.json holds it (snake_case keys): how it ended, its
 * config, the final accuracies, the histories, the stages, the provenance and the timings. The
 * same config and thread count give the same bytes but for the timings ({@link Timings}, and the
 * seconds inside {@link TrainResult}).
 *
 * @param status completed or diverged
 * @param config the run's config (that of config.json)
 * @param accuracy the final accuracies on the whole splits
 * @param training the trainer's result: per-iteration and per-epoch histories, best epoch,
 *     the divergence if any
 * @param epochTrainLoss per completed epoch, the mean training loss (data + L2) of its iterations
 * @param stages the stages that trained, with their epochs
 * @param provenance versions, data files with checksums, threads
 * @param timings wall times
 */
public record RunResult(TrainStatus status, RunConfig config, FinalAccuracy accuracy, TrainResult training,
                        double[] epochTrainLoss, List<StageSpan> stages, Provenance provenance, Timings timings) {
    /**
     * The network as the data shaped it, e.g. {@code 784-[100, 100]-10 relu}.
     *
     * @return the network's widths and activation
     */
    public String describeNetwork() {
        NetConfig n = config.network().forData((Integer) provenance.data().get("features"),
                (Integer) provenance.data().get("classes"));
        return n.describe() + " " + n.activation().label();
    }

    /**
     * The accuracies of the run's parameters on the whole splits, measured after training.
     *
     * @param train on the whole training split (during training, on a sample: see {@code training.history})
     * @param validation on the validation split, NaN when it is empty
     * @param test on the test split, NaN when the source has none
     * @param parameters which parameters: {@code best by validation accuracy, epoch N} or {@code last}
     */
    public record FinalAccuracy(double train, double validation, double test, String parameters) {
    }

    /**
     * One stage that trained epochs {@code [fromEpoch, toEpoch)} (from 0).
     *
     * @param fromEpoch the first epoch
     * @param toEpoch past the last epoch
     * @param optimizer the optimizer config
     * @param rule the optimizer's update rule with its hyperparameters, e.g. {@code ema(lr=0.01, beta=0.1)}:
     *     which step its learning rate is
     * @param schedule the schedule
     */
    public record StageSpan(int fromEpoch, int toEpoch, OptimizerConfig optimizer, String rule, LrSchedule schedule) {
    }

    /**
     * Where the run came from.
     *
     * @param versions gdlab, java, blas and os
     * @param data the data source, sizes, preprocessing, and every file with its size and SHA-256
     * @param threads the training threads and how they were used
     */
    public record Provenance(Map<String, String> versions, Map<String, Object> data, String threads) {
    }

    /**
     * Wall times in seconds.
     *
     * @param loadSeconds reading and splitting the data
     * @param trainSeconds training iterations over all epochs (resumed runs included)
     * @param secondsPerEpoch the mean of the completed epochs' training time, NaN when none completed
     * @param finalEvaluationSeconds the final accuracies
     * @param totalSeconds this run, from loading to the end
     */
    public record Timings(double loadSeconds, double trainSeconds, double secondsPerEpoch, double finalEvaluationSeconds,
                          double totalSeconds) {
    }
}
