package org.gdlab.web.api;

import org.gdlab.core.validate.Check;
import org.gdlab.linearize.toy.Interval;
import org.gdlab.linearize.toy.ToyConfig;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;

/**
 * Panel 4: the 1-D toy of {@code gdlab linearize} (docs/questions.md section 6), trained live. Fields as the
 * toy's options (defaults in brackets); the rest are {@link ToyConfig#builder()}'s defaults with
 * 100 samples, a test grid of 200 points and 6 features.
 *
 * @param page the id of the page asking: each page runs at most one live training
 * @param width the hidden width [32]
 * @param depth hidden layers [1]
 * @param init the initializer, as {@code --init} takes it [he]
 * @param trainLow the left end of the training interval [-1]
 * @param trainHigh its right end [1]
 * @param steps SGD (momentum 0.9) steps [20000], at most {@link Bounds#MAX_TRAINING_STEPS}
 * @param learningRate the learning rate [0.02]
 * @param seed the seed [0]
 */
public record LinearizeRequest(String page, Integer width, Integer depth, String init, Double trainLow, Double trainHigh,
                               Long steps, Double learningRate, Long seed) {
    /** The reports of one live run (the one at initialization and the one after training come on top). */
    static final int REPORTS = 40;

    /**
     * The toy's config, validated by {@link ToyConfig} and the explorer's bounds.
     *
     * @return the config of the live training, with the explorer's defaults where the request gave none
     */
    public ToyConfig toConfig() {
        int w = width == null ? 32 : width;
        int d = depth == null ? 1 : depth;
        long n = steps == null ? 20_000 : steps;
        Bounds.atMost("steps", n, Bounds.MAX_TRAINING_STEPS);
        ToyConfig config = ToyConfig.builder().samples(100).testPoints(200).features(6).width(w).depth(d)
                .init(Initializers.parse("init", init == null ? "he" : init))
                .trainRange(new Interval(trainLow == null ? -1 : trainLow, trainHigh == null ? 1 : trainHigh))
                .optimizer(new OptimizerConfig(OptimizerKind.SGD, learningRate == null ? 0.02 : learningRate, 0.9))
                .batch(20).steps(n).saveEvery(Math.max(1, (n + REPORTS - 1) / REPORTS)).seed(seed == null ? 0 : seed)
                .build();
        long parameters = 2L * w + (long) (d - 1) * ((long) w * w + w) + w + 1;
        if (parameters > Bounds.MAX_NETWORK_PARAMETERS) {
            throw Check.invalid("width", w, "with depth " + d + " the network has " + parameters
                    + " parameters; at most " + Bounds.MAX_NETWORK_PARAMETERS + " in the explorer");
        }
        return config;
    }
}
