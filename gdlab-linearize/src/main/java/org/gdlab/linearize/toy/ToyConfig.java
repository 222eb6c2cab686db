package org.gdlab.linearize.toy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.core.validate.Check;
import org.gdlab.core.validate.Cost;
import org.gdlab.linearize.FeatureMethod;
import org.gdlab.linearize.JacobianMatrix;
import org.gdlab.linearize.KernelFeatures;
import org.gdlab.nn.init.Initializer;
import org.gdlab.nn.init.Initializers;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;

/**
 * One run of the 1-D toy: data, network, training and what the reports compute. The names in
 * error messages are the command-line options of {@code gdlab linearize}.
 *
 * @param target the function learned
 * @param samples the number of noisy training points (2 to {@link KernelFeatures#MAX_INPUTS}), drawn uniformly on {@code trainRange}
 * @param noise the std of the Gaussian noise added to the training targets (>= 0)
 * @param trainRange where the training inputs lie
 * @param testRange where the dense noiseless test grid lies
 * @param testPoints evenly spaced grid points on {@code testRange} (2 to {@link #MAX_TEST_POINTS}); the training inputs are added
 * @param width the hidden width (>= 1)
 * @param depth the number of hidden layers (>= 1; 1 is shallow, 4 deep)
 * @param activation relu, leaky-relu or tanh
 * @param init the weight initializer (biases start at zero)
 * @param elbowsInRange set each first-layer bias so the unit's elbow {@code -b/w} is uniform on {@code trainRange}
 * @param optimizer the optimizer and its learning rate
 * @param batch the minibatch size (>= 1, at most {@code samples})
 * @param steps the optimizer steps (>= 0; 0 reports the initialization only)
 * @param saveEvery a report every this many steps (>= 1; the report after training is always made)
 * @param features how many principal features (>= 1)
 * @param method kernel (default) or explicit
 * @param seed seeds the data, the initialization and the shuffles
 */
public record ToyConfig(Target target, int samples, double noise, Interval trainRange, Interval testRange,
                        int testPoints, int width, int depth, Nonlinearity activation, Initializer init,
                        boolean elbowsInRange, OptimizerConfig optimizer, int batch, long steps, long saveEvery,
                        int features, FeatureMethod method, long seed) {

    /** The most evenly spaced test points. */
    public static final int MAX_TEST_POINTS = 100_000;
    /** The most optimizer steps of one run (at about 20 microseconds a step, over three minutes). */
    public static final long MAX_STEPS = 10_000_000;
    /** The most reports of one run besides the first and the last: each computes the features and their SVD. */
    public static final long MAX_REPORTS = 1000;

    /**
     * Validates every field, naming its option.
     *
     * @param target the function learned; its domain must hold both ranges
     * @param samples the training points, in {@code [2, KernelFeatures.MAX_INPUTS]}
     * @param noise the noise std, finite and {@code >= 0}
     * @param trainRange where the training inputs lie
     * @param testRange where the test grid lies
     * @param testPoints the grid points, in {@code [2, MAX_TEST_POINTS]}
     * @param width the hidden width, in {@code [1, 100000]}
     * @param depth the hidden layers, in {@code [1, 100]}
     * @param activation relu, leaky-relu or tanh (not linear)
     * @param init the weight initializer
     * @param elbowsInRange whether the first layer's elbows are placed in {@code trainRange}
     * @param optimizer the optimizer and its learning rate
     * @param batch the minibatch size, in {@code [1, samples]}
     * @param steps the optimizer steps, in {@code [0, MAX_STEPS]}
     * @param saveEvery the report interval, {@code >= 1} and at least {@code steps / MAX_REPORTS}
     * @param features the principal features, in {@code [1, samples]}
     * @param method kernel or explicit
     * @param seed the seed of the data, initialization and shuffles
     */
    public ToyConfig {
        if (target == null || trainRange == null || testRange == null || activation == null || init == null
                || optimizer == null || method == null) {
            throw new IllegalArgumentException("toy config: every component must be given");
        }
        Check.inRange("--samples", samples, 2, KernelFeatures.MAX_INPUTS);
        Check.finite("--noise", Check.nonNegative("--noise", noise));
        Check.inRange("--test-points", testPoints, 2, MAX_TEST_POINTS);
        Check.inRange("--width", width, 1, 100_000);
        Check.inRange("--depth", depth, 1, 100);
        if (activation == Nonlinearity.LINEAR) {
            throw Check.invalid("--activation", activation.label(), "must be one of relu, leaky-relu, tanh");
        }
        Check.inRange("--batch", batch, 1, samples);
        if (steps < 0 || steps > MAX_STEPS) {
            throw Check.invalid("--steps", steps, "must be in [0, " + MAX_STEPS + "]");
        }
        if (saveEvery < 1) {
            throw Check.invalid("--save-every", saveEvery, "must be >= 1");
        }
        if (steps / saveEvery > MAX_REPORTS) {
            throw Check.invalid("--save-every", saveEvery, "must be >= --steps / " + MAX_REPORTS + " = "
                    + (steps + MAX_REPORTS - 1) / MAX_REPORTS + ": at most " + MAX_REPORTS
                    + " reports, each computes the features and their SVD");
        }
        Check.inRange("--features", features, 1, samples);
        requireAffordable(width, depth, samples, testPoints, steps, method);
        Interval domain = new Interval(Math.max(-Double.MAX_VALUE, target.domain()[0]),
                Math.min(Double.MAX_VALUE, target.domain()[1]));
        if (!domain.contains(trainRange) || !domain.contains(testRange)) {
            throw Check.invalid("--target", target.describe(), "is defined on " + domain
                    + ", which must hold the train range " + trainRange + " and the test range " + testRange);
        }
    }

    /**
     * Refuses, before anything is allocated, a network or a run whose arrays would not fit: the net
     * ({@link NetConfig#MAX_NUMBERS}), the history of every step, the Jacobian factors of the
     * training and grid inputs, the grid's cross kernel, and with the explicit method {@code Phi}
     * itself ({@link JacobianMatrix#MAX_ELEMENTS}).
     */
    private static void requireAffordable(int width, int depth, int samples, int testPoints, long steps,
                                          FeatureMethod method) {
        long parameters = NetConfig.numbers(1, NetConfig.repeatedWidths(width, depth), 1);
        if (parameters > NetConfig.MAX_NUMBERS) {
            throw Check.invalid("--width x --depth", width + " x " + depth, "the net would hold " + parameters
                    + " numbers, at most " + NetConfig.MAX_NUMBERS + " are allowed");
        }
        long rows = (long) samples + testPoints;
        Cost.elements("--steps (the history keeps --depth + 3 values per step)", steps, depth + 3L);
        Cost.elements("--samples + --test-points, x --width x --depth (the Jacobian factors)", rows, width, depth, 2);
        Cost.elements("--samples + --test-points, x --samples (the cross kernel)", rows, samples);
        if (method == FeatureMethod.EXPLICIT) {
            Cost.atMost("--method explicit", JacobianMatrix.MAX_ELEMENTS, "numbers in Phi ((--samples + --test-points)"
                    + " x parameters); use --method kernel", rows, parameters);
        }
    }

    /**
     * The hidden widths, {@code depth} times {@code width}.
     *
     * @return a new array of {@code depth} entries, each {@code width}
     */
    public int[] hidden() {
        return NetConfig.repeatedWidths(width, depth);
    }


    /**
     * The settings as names and plain values, for results.json and reports.
     *
     * @return the settings by name, in a fixed order
     */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", target.describe());
        m.put("samples", samples);
        m.put("noise", noise);
        m.put("train_range", new double[] {trainRange.low(), trainRange.high()});
        m.put("test_range", new double[] {testRange.low(), testRange.high()});
        m.put("test_points", testPoints);
        m.put("network", "1-" + java.util.Arrays.toString(hidden()) + "-1 " + activation.label());
        m.put("init", init.describe() + (elbowsInRange ? " (elbows in the train range)" : ""));
        m.put("optimizer", optimizer.kind().label());
        m.put("lr", optimizer.learningRate());
        m.put("batch", batch);
        m.put("steps", steps);
        m.put("save_every", saveEvery);
        m.put("features", features);
        m.put("method", method.label());
        m.put("seed", seed);
        return m;
    }

    /**
     * A builder starting from the defaults of {@code gdlab linearize}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable settings with the defaults of {@code gdlab linearize}; {@link #build()} validates. */
    public static final class Builder {
        Target target = new Target.Course();
        int samples = 200;
        double noise = 0.1;
        Interval trainRange = new Interval(-1, 1);
        Interval testRange = new Interval(-1, 1);
        int testPoints = 1000;
        int width = 128;
        int depth = 1;
        Nonlinearity activation = Nonlinearity.RELU;
        Initializer init = Initializers.parse("--init", "he");
        boolean elbowsInRange;
        OptimizerConfig optimizer = new OptimizerConfig(OptimizerKind.SGD, 0.02, 0.9);
        int batch = 40;
        long steps = 150_000;
        long saveEvery = 50_000;
        int features = 10;
        FeatureMethod method = FeatureMethod.KERNEL;
        long seed;

        /**
         * Sets the target.
         *
         * @param v the function learned
         * @return this builder
         */
        public Builder target(Target v) {
            target = v;
            return this;
        }

        /**
         * Sets the number of training points.
         *
         * @param v the training points, in {@code [2, KernelFeatures.MAX_INPUTS]}
         * @return this builder
         */
        public Builder samples(int v) {
            samples = v;
            return this;
        }

        /**
         * Sets the noise std.
         *
         * @param v the noise std, {@code >= 0}
         * @return this builder
         */
        public Builder noise(double v) {
            noise = v;
            return this;
        }

        /**
         * Sets the training range.
         *
         * @param v where the training inputs lie
         * @return this builder
         */
        public Builder trainRange(Interval v) {
            trainRange = v;
            return this;
        }

        /**
         * Sets the test range.
         *
         * @param v where the test grid lies
         * @return this builder
         */
        public Builder testRange(Interval v) {
            testRange = v;
            return this;
        }

        /**
         * Sets the number of evenly spaced test points.
         *
         * @param v the grid points, in {@code [2, MAX_TEST_POINTS]}
         * @return this builder
         */
        public Builder testPoints(int v) {
            testPoints = v;
            return this;
        }

        /**
         * Sets the hidden width.
         *
         * @param v the hidden width, {@code >= 1}
         * @return this builder
         */
        public Builder width(int v) {
            width = v;
            return this;
        }

        /**
         * Sets the number of hidden layers.
         *
         * @param v the hidden layers, {@code >= 1}
         * @return this builder
         */
        public Builder depth(int v) {
            depth = v;
            return this;
        }

        /**
         * Sets the hidden activation.
         *
         * @param v relu, leaky-relu or tanh
         * @return this builder
         */
        public Builder activation(Nonlinearity v) {
            activation = v;
            return this;
        }

        /**
         * Sets the initializer.
         *
         * @param v the weight initializer
         * @return this builder
         */
        public Builder init(Initializer v) {
            init = v;
            return this;
        }

        /**
         * Sets whether the first layer's elbows are placed in the training range.
         *
         * @param v whether to place the elbows in the training range
         * @return this builder
         */
        public Builder elbowsInRange(boolean v) {
            elbowsInRange = v;
            return this;
        }

        /**
         * Sets the optimizer.
         *
         * @param v the optimizer and its learning rate
         * @return this builder
         */
        public Builder optimizer(OptimizerConfig v) {
            optimizer = v;
            return this;
        }

        /**
         * Sets the minibatch size.
         *
         * @param v the minibatch size, in {@code [1, samples]}
         * @return this builder
         */
        public Builder batch(int v) {
            batch = v;
            return this;
        }

        /**
         * Sets the number of steps.
         *
         * @param v the optimizer steps, in {@code [0, MAX_STEPS]}
         * @return this builder
         */
        public Builder steps(long v) {
            steps = v;
            return this;
        }

        /**
         * Sets the report interval.
         *
         * @param v a report every this many steps, {@code >= 1}
         * @return this builder
         */
        public Builder saveEvery(long v) {
            saveEvery = v;
            return this;
        }

        /**
         * Sets the number of principal features.
         *
         * @param v the principal features, in {@code [1, samples]}
         * @return this builder
         */
        public Builder features(int v) {
            features = v;
            return this;
        }

        /**
         * Sets the feature method.
         *
         * @param v kernel or explicit
         * @return this builder
         */
        public Builder method(FeatureMethod v) {
            method = v;
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param v the seed of the data, initialization and shuffles
         * @return this builder
         */
        public Builder seed(long v) {
            seed = v;
            return this;
        }

        /**
         * The validated config.
         *
         * @return a new config of these settings
         */
        public ToyConfig build() {
            return new ToyConfig(target, samples, noise, trainRange, testRange, testPoints, width, depth, activation,
                    init, elbowsInRange, optimizer, batch, steps, saveEvery, features, method, seed);
        }
    }
}
