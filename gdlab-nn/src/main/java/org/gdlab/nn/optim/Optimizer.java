package org.gdlab.nn.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.model.ParameterStore;

/**
 * A first-order update rule applied to every trainable parameter of a {@link ParameterStore},
 * element by element, in one fused loop over the flat vectors.
 *
 * <p>Lifecycle: the constructor validates the hyperparameters; the per-element state (velocity,
 * moments) is created, zero, on the first {@link #step}, sized to the store and in its precision;
 * {@link #state()} and {@link #restore} save and load it; {@link #copy()} gives the same
 * configuration with fresh state. The learning rate can change between steps
 * ({@link #setLearningRate}, for decay).
 *
 * <p>Each rule has two loops with the same formula: one in float32 arithmetic on {@code float[]}
 * (the training engine's, which the JIT vectorizes) and one in float64 on {@code double[]}; the
 * parameters and gradients are copied in bulk between the off-heap store and reused heap arrays.
 * The tests hold the two loops equal.
 *
 * <p><b>Subnormal numbers.</b> A state array that only decays while its gradient is zero (a first
 * moment, a velocity: the weights of a dead ReLU unit) passes, in float32, through the subnormal
 * range below {@code 2^-126} on its way to zero, about 150 steps at a decay of 0.9, and x86 CPUs
 * take a microcode assist of about a hundred cycles for every vector operation whose result is
 * subnormal: on Fashion-MNIST, Adam's step on workload (b) took 2.4 times as long by the fourth
 * epoch, when 13,888 of its first moments were subnormal (Java cannot set the CPU's flush-to-zero
 * mode). So every {@link #FLUSH_EVERY} steps, values of such an array smaller in magnitude than
 * {@link #TINY32} ({@link #TINY64} in float64) are set to zero; a rule says which arrays with
 * {@link #flushesTiny(int)}, only where the whole later effect of such a value on a weight is
 * negligible (its Javadoc gives the bound). Between two flushes a value decays from above
 * {@code TINY32} by at most {@code 0.9^16} for the usual decays, so it stays normal.
 */
public abstract class Optimizer {
    private final String[] bufferNames;
    private double learningRate;
    private long steps;
    private float[][] state32;
    private double[][] state64;
    private double[][] restored;
    private float[] w32;
    private float[] g32;
    private double[] w64;
    private double[] g64;
    /** A flush of the tiny state values every this many steps (see the class comment). */
    public static final int FLUSH_EVERY = 16;
    /** Float32 state values of a flushed array smaller in magnitude than this, {@code 2^-110}, are set to zero. */
    public static final float TINY32 = 0x1p-110f;
    /** Float64 state values of a flushed array smaller in magnitude than this, {@code 2^-1000}, are set to zero. */
    public static final double TINY64 = 0x1p-1000;
    /**
     * The elements copied, updated and copied back at a time: the chunk's values and gradients are
     * then still in the first-level cache when the update reads them and when they are copied back
     * (a whole part, 1 MB of float32 values on workload (b), is not).
     */
    private static final int CHUNK = 2048;

    private final IntConsumer stepPart = this::stepPart;
    private ParameterStore stepping;
    private int parts;

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

    /**
     * The current learning rate.
     *
     * @return the learning rate the next step uses, {@code > 0}
     */
    public final double learningRate() {
        return learningRate;
    }

    /**
     * Sets the learning rate for the next steps (> 0).
     *
     * @param lr the new learning rate, finite and {@code > 0}
     */
    public final void setLearningRate(double lr) {
        this.learningRate = checkLearningRate(lr);
    }

    /**
     * The number of steps taken.
     *
     * @return the count of {@link #step} calls since construction (restored with the state)
     */
    public final long steps() {
        return steps;
    }

    /**
     * One update of every trainable parameter of {@code store} from the gradients in it.
     * The step count is incremented before the update uses it.
     *
     * @param store the parameters and their gradients; the trainable values are updated in place
     */
    public final void step(ParameterStore store) {
        step(store, WorkerTeam.SERIAL);
    }

    /**
     * {@link #step(ParameterStore)} with the elements shared among the members of {@code team}
     * (each updates a contiguous range; the result does not depend on the team's size).
     *
     * @param store the parameters and their gradients; the trainable values are updated in place
     * @param team the threads that share the update ({@code WorkerTeam.SERIAL} for the caller alone)
     */
    public final void step(ParameterStore store, WorkerTeam team) {
        int n = store.trainableSize();
        steps++;
        if (store.values() instanceof MatrixF32) {
            if (state32 == null) {
                state32 = new float[bufferNames.length][n];
                w32 = new float[n];
                g32 = new float[n];
                if (restored != null) {
                    for (int i = 0; i < bufferNames.length; i++) {
                        state32[i] = toFloats(restored[i]);
                    }
                }
            }
            requireSize(state32.length == 0 ? n : state32[0].length, n);
        } else {
            if (state64 == null) {
                state64 = new double[bufferNames.length][n];
                w64 = new double[n];
                g64 = new double[n];
                if (restored != null) {
                    for (int i = 0; i < bufferNames.length; i++) {
                        state64[i] = restored[i].clone();
                    }
                }
            }
            requireSize(state64.length == 0 ? n : state64[0].length, n);
        }
        restored = null;
        stepping = store;
        parts = team.size();
        team.run(stepPart);
        stepping = null;
    }

    /**
     * Part {@code k} of {@code parts} of the current step: copies its range of the values and
     * gradients to the heap arrays, updates them, and copies the values back, {@link #CHUNK}
     * elements at a time (the update is element by element, so the chunks give the same bits).
     */
    private void stepPart(int k) {
        int n = stepping.trainableSize();
        int from = WorkerTeam.split(n, parts, k);
        int to = WorkerTeam.split(n, parts, k + 1);
        if (stepping.values() instanceof MatrixF32 values) {
            MatrixF32 grads = (MatrixF32) stepping.gradients();
            for (int c = from; c < to; c += CHUNK) {
                int length = Math.min(CHUNK, to - c);
                values.buffer().get(values.offset() + c, w32, c, length);
                grads.buffer().get(grads.offset() + c, g32, c, length);
                update(w32, g32, c, c + length, state32);
                values.buffer().put(values.offset() + c, w32, c, length);
            }
        } else {
            MatrixF64 values = (MatrixF64) stepping.values();
            MatrixF64 grads = (MatrixF64) stepping.gradients();
            for (int c = from; c < to; c += CHUNK) {
                int length = Math.min(CHUNK, to - c);
                values.buffer().get(values.offset() + c, w64, c, length);
                grads.buffer().get(grads.offset() + c, g64, c, length);
                update(w64, g64, c, c + length, state64);
                values.buffer().put(values.offset() + c, w64, c, length);
            }
        }
        if (steps % FLUSH_EVERY == 0) {
            for (int i = 0; i < bufferNames.length; i++) {
                if (!flushesTiny(i)) {
                    continue;
                }
                if (stepping.values() instanceof MatrixF32) {
                    flushTiny(state32[i], from, to);
                } else {
                    flushTiny(state64[i], from, to);
                }
            }
        }
    }

    /** Sets the elements of {@code [from, to)} smaller in magnitude than {@link #TINY32} to zero. */
    static void flushTiny(float[] state, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Math.abs(state[k]) < TINY32) {
                state[k] = 0;
            }
        }
    }

    /** Sets the elements of {@code [from, to)} smaller in magnitude than {@link #TINY64} to zero. */
    static void flushTiny(double[] state, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Math.abs(state[k]) < TINY64) {
                state[k] = 0;
            }
        }
    }

    /**
     * Whether state array {@code buffer} is flushed (its values below {@link #TINY32} or
     * {@link #TINY64} in magnitude set to zero every {@link #FLUSH_EVERY} steps). A rule answers
     * true only for an array whose tiny values cannot move a weight: for a value {@code s} the sum
     * over all later steps of its part in a weight's update must be bounded by a modest multiple of
     * {@code |s|} times the learning rate (the rule's Javadoc states it). None by default.
     *
     * @param buffer the index of a state array, in the order the constructor named them
     * @return true to flush that array's tiny values
     */
    protected boolean flushesTiny(int buffer) {
        return false;
    }

    private void requireSize(int stateSize, int n) {
        if (stateSize != n) {
            throw new IllegalArgumentException("optimizer state holds " + stateSize + " parameters but the network has " + n);
        }
    }

    private static float[] toFloats(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    /**
     * The update of elements {@code [from, to)} in float32 arithmetic (the step may be cut into
     * ranges updated by different threads: an element's update reads and writes that element only).
     *
     * @param w the parameters, modified
     * @param g the gradients, read only
     * @param from the first element updated
     * @param to one past the last element updated
     * @param state the arrays named by the constructor, in that order, modified
     */
    protected abstract void update(float[] w, float[] g, int from, int to, float[][] state);

    /**
     * The same update in float64 arithmetic.
     *
     * @param w the parameters, modified
     * @param g the gradients, read only
     * @param from the first element updated
     * @param to one past the last element updated
     * @param state the arrays named by the constructor, in that order, modified
     */
    protected abstract void update(double[] w, double[] g, int from, int to, double[][] state);

    /**
     * The rule with its hyperparameters, e.g. {@code adam(lr=0.001, betas=(0.9, 0.999), eps=1e-08)}.
     *
     * @return the rule's name followed by its hyperparameters in parentheses
     */
    public abstract String describe();

    /**
     * The same rule and hyperparameters (at the current learning rate) with fresh state.
     *
     * @return a new optimizer of the same class, at step 0 with zero state
     */
    public abstract Optimizer copy();

    /**
     * A copy of the state (float32 state widened to float64, exactly).
     *
     * @return the rule's description, step count and learning rate, and one float64 array per state buffer
     */
    public final OptimizerState state() {
        Map<String, double[]> map = new LinkedHashMap<>();
        for (int i = 0; i < bufferNames.length; i++) {
            if (state32 != null) {
                double[] d = new double[state32[i].length];
                for (int k = 0; k < d.length; k++) {
                    d[k] = state32[i][k];
                }
                map.put(bufferNames[i], d);
            } else if (state64 != null) {
                map.put(bufferNames[i], state64[i].clone());
            } else if (restored != null) {
                map.put(bufferNames[i], restored[i].clone());
            }
        }
        return new OptimizerState(describe(), steps, learningRate, map);
    }

    /**
     * Loads a state saved by {@link #state()} from an optimizer of the same rule; it takes
     * effect at the next step, in the precision of the parameters stepped.
     *
     * @param state a state from {@link #state()} of an optimizer of the same rule and size
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
        this.restored = loaded;
        this.state32 = null;
        this.state64 = null;
    }
}
