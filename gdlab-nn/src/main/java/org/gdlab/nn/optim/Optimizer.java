package org.gdlab.nn.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.model.ParameterStore;
import org.gdlab.nn.tensor.Access;

/**
 * A first-order update rule applied to every trainable parameter of a {@link ParameterStore},
 * element by element, in one loop over the flat vectors.
 *
 * <p>Lifecycle: the constructor validates the hyperparameters; the per-element state (velocity,
 * moments) is created, zero, on the first {@link #step}, sized to the store; {@link #state()} and
 * {@link #restore} save and load it; {@link #copy()} gives the same configuration with fresh state.
 * The learning rate can change between steps ({@link #setLearningRate}, for decay). The state is
 * kept in float64 whatever the network's precision.
 */
public abstract class Optimizer {
    private final String[] bufferNames;
    private double learningRate;
    private long steps;
    private double[][] buffers;

    /**
     * @param learningRate > 0
     * @param bufferNames the names of the per-element state arrays this rule keeps
     */
    protected Optimizer(double learningRate, String... bufferNames) {
        this.learningRate = checkLearningRate(learningRate);
        this.bufferNames = bufferNames.clone();
    }

    private static double checkLearningRate(double lr) {
        Check.positive("learning rate", lr);
        return Check.finite("learning rate", lr);
    }

    /** The current learning rate. */
    public final double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate for the next steps (> 0). */
    public final void setLearningRate(double lr) {
        this.learningRate = checkLearningRate(lr);
    }

    /** The number of steps taken. */
    public final long steps() {
        return steps;
    }

    /**
     * One update of every trainable parameter of {@code store} from the gradients in it.
     * The step count is incremented before the update uses it.
     */
    public final void step(ParameterStore store) {
        int n = store.trainableSize();
        if (buffers == null) {
            buffers = new double[bufferNames.length][n];
        } else if (buffers.length > 0 && buffers[0].length != n) {
            throw new IllegalArgumentException("optimizer state holds " + buffers[0].length
                    + " parameters but the network has " + n);
        }
        steps++;
        update(Access.of(store.trainableValues()), Access.of(store.gradients()), n, buffers);
    }

    /**
     * The update of elements {@code [0, n)}.
     *
     * @param w the parameters, modified
     * @param g the gradients, read only
     * @param state the arrays named by the constructor, in that order, modified
     */
    protected abstract void update(Access w, Access g, int n, double[][] state);

    /** The rule with its hyperparameters, e.g. {@code adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08)}. */
    public abstract String describe();

    /** The same rule and hyperparameters (at the current learning rate) with fresh state. */
    public abstract Optimizer copy();

    /** A copy of the state. */
    public final OptimizerState state() {
        Map<String, double[]> map = new LinkedHashMap<>();
        if (buffers != null) {
            for (int i = 0; i < bufferNames.length; i++) {
                map.put(bufferNames[i], buffers[i].clone());
            }
        }
        return new OptimizerState(describe(), steps, learningRate, map);
    }

    /**
     * Loads a state saved by {@link #state()} from an optimizer of the same rule.
     *
     * @throws IllegalArgumentException when the state belongs to another rule or its arrays do not match
     */
    public final void restore(OptimizerState state) {
        String expected = describe().substring(0, describe().indexOf('('));
        if (!state.optimizer().startsWith(expected + "(")) {
            throw new IllegalArgumentException("optimizer state of " + state.optimizer() + " cannot be loaded into " + describe());
        }
        double[][] loaded = null;
        if (!state.buffers().isEmpty()) {
            loaded = new double[bufferNames.length][];
            int n = -1;
            for (int i = 0; i < bufferNames.length; i++) {
                double[] b = state.buffers().get(bufferNames[i]);
                if (b == null || (n >= 0 && b.length != n)) {
                    throw new IllegalArgumentException("optimizer state: buffer " + bufferNames[i] + " is missing or of the wrong size");
                }
                n = b.length;
                loaded[i] = b.clone();
            }
        }
        this.learningRate = checkLearningRate(state.learningRate());
        this.steps = state.steps();
        this.buffers = loaded;
    }
}
