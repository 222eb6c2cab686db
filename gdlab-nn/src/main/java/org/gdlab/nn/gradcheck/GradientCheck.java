package org.gdlab.nn.gradcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.layer.Layer;
import org.gdlab.nn.loss.Loss;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.Parameter;
import org.gdlab.nn.model.ParameterStore;
import org.gdlab.nn.tensor.Access;
import org.gdlab.nn.tensor.Precision;

/**
 * Compares analytic gradients with centred finite differences
 * {@code n = (f(x + h e_k) - f(x - h e_k)) / (2h)}, {@code h = 1e-5}, in float64.
 *
 * <p>The relative error of one partial derivative is {@code |a - n| / max(|a| + |n|, s)}
 * (analytic {@code a}, numeric {@code n}), with the floor {@code s = max(1e-8, 1e-3 |f(x)|)}:
 * the centred difference carries a rounding error of about {@code 1e-16 |f| / h = 1e-11 |f|},
 * which would swamp the relative error of partials near zero, so those are measured against
 * {@code 1e-3 |f|} (an error of {@code 1e-10 |f|} still fails). A check passes when the
 * largest relative error is below {@link #TOLERANCE}. A layer is checked through the scalar
 * {@code f(x) = sum(forward(x) * G)} for a fixed random {@code G}, whose gradient is what
 * backward returns given {@code G}.
 */
public final class GradientCheck {
    /** The finite-difference step. */
    public static final double STEP = 1e-5;
    /** The largest relative error a check accepts. */
    public static final double TOLERANCE = 1e-7;
    /** The floor of the denominator relative to {@code |f|}. */
    public static final double FLOOR_SCALE = 1e-3;
    private static final double FLOOR = 1e-8;

    private GradientCheck() {
    }

    /**
     * {@code |a - n| / max(|a| + |n|, floor)}.
     *
     * @param analytic the gradient element from backward
     * @param numeric the centred-difference estimate
     * @param floor the smallest denominator, {@code > 0}, so that two near-zero values compare as close
     * @return the relative error, in [0, 1] when {@code floor <= |a| + |n|}
     */
    public static double relativeError(double analytic, double numeric, double floor) {
        return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), floor);
    }

    /**
     * The largest relative error between {@code analytic} and the centred differences of
     * {@code f} with respect to each element of {@code variable} (float64, perturbed in place and
     * restored).
     *
     * @param variable the float64 variable {@code f} depends on, perturbed and restored
     * @param analytic the gradient of {@code f} by {@code variable}, of the same shape, read only
     * @param f the scalar function, recomputed twice per element
     * @return the largest {@link #relativeError} over the elements, with the floor {@code max(1e-8,
     *     FLOOR_SCALE |f|)}
     */
    public static double maxRelativeError(DenseMatrix<?> variable, DenseMatrix<?> analytic, DoubleSupplier f) {
        variable.requireSameShape(analytic, "gradient check variable and gradient");
        requireFloat64(variable);
        Access v = Access.of(variable);
        Access a = Access.of(analytic);
        double floor = Math.max(FLOOR, FLOOR_SCALE * Math.abs(f.getAsDouble()));
        double worst = 0;
        for (int i = 0; i < variable.rows(); i++) {
            for (int j = 0; j < variable.cols(); j++) {
                double old = v.get(i, j);
                v.set(i, j, old + STEP);
                double plus = f.getAsDouble();
                v.set(i, j, old - STEP);
                double minus = f.getAsDouble();
                v.set(i, j, old);
                double numeric = (plus - minus) / (2 * STEP);
                worst = Math.max(worst, relativeError(a.get(i, j), numeric, floor));
            }
        }
        return worst;
    }

    /**
     * Checks a layer's input gradient and the gradients of its trainable parameters in
     * {@code store}, at input {@code x}, in training or evaluation mode.
     *
     * @param name the prefix of the results' names, e.g. {@code "affine"}
     * @param layer the layer, on float64 parameters
     * @param store the layer's parameters; their gradients are overwritten
     * @param x the {@code n x in} input, perturbed and restored
     * @param training the mode of the forward passes
     * @param stream the source of the random output weights {@code g} of the scalar {@code sum(out * g)}
     * @return one result for dx and one per trainable parameter
     */
    public static List<GradientCheckResult> layer(String name, Layer layer, ParameterStore store, MatrixF64 x,
                                                  boolean training, RandomStream stream) {
        Layer.Cache cache = layer.newCache(Precision.FLOAT64, x.rows());
        MatrixF64 g = MatrixF64.zeros(x.rows(), layer.outputSize());
        stream.fillNormal(g, 0, 1);
        layer.forward(x, cache, training, 7);
        store.zeroGradients();
        MatrixF64 dx = MatrixF64.copyOf(layer.backward(g, cache));
        MatrixF64 grads = MatrixF64.copyOf(store.gradients());
        DoubleSupplier f = () -> Precision.dot(layer.forward(x, cache, training, 7), g);
        List<GradientCheckResult> results = new ArrayList<>();
        results.add(new GradientCheckResult(name + " dx", (int) x.size(), maxRelativeError(x, dx, f)));
        for (Parameter p : store.parameters()) {
            if (p.gradient() != null) {
                DenseMatrix<?> analytic = grads.reshapedView(p.first(), p.spec().rows(), p.spec().cols());
                results.add(new GradientCheckResult(name + " d" + p.name(), p.spec().size(),
                        maxRelativeError(p.value(), analytic, f)));
            }
        }
        return results;
    }

    /**
     * Checks a loss's gradient with respect to the outputs {@code output}.
     *
     * @param name the result's name
     * @param loss the loss, bound to its targets
     * @param output the {@code n x k} outputs, perturbed and restored
     * @return the result of the comparison of {@code dL/d output}
     */
    public static GradientCheckResult loss(String name, Loss loss, MatrixF64 output) {
        MatrixF64 d = MatrixF64.zeros(output.rows(), output.cols());
        loss.lossAndGradient(output, d);
        MatrixF64 scratch = MatrixF64.zeros(output.rows(), output.cols());
        return new GradientCheckResult(name, (int) output.size(),
                maxRelativeError(output, d, () -> loss.lossAndGradient(output, scratch)));
    }

    /**
     * Checks the gradient of a float64 network's training loss (data loss plus L2 term) with
     * respect to every trainable parameter, one result per parameter. Training-mode passes use
     * one iteration number, so dropout keeps one mask throughout.
     *
     * @param name the prefix of the results' names
     * @param net the float64 network; its gradients are overwritten
     * @param x the {@code n x inputs} batch, read only
     * @param loss the loss, bound to the batch's targets
     * @param reg the L2 strength, {@code >= 0}
     * @return one result per trainable parameter, in the store's order
     */
    public static List<GradientCheckResult> network(String name, FullyConnectedNet net, MatrixF64 x, Loss loss,
                                                    double reg) {
        ParameterStore store = net.parameters();
        requireFloat64(store.values());
        net.lossAndGradients(x, loss, reg, 3);
        MatrixF64 grads = MatrixF64.copyOf(store.gradients());
        MatrixF64 state = MatrixF64.copyOf(store.values());
        DoubleSupplier f = () -> net.lossAndGradients(x, loss, reg, 3);
        List<GradientCheckResult> results = new ArrayList<>();
        for (Parameter p : store.parameters()) {
            if (p.gradient() != null) {
                DenseMatrix<?> analytic = grads.reshapedView(p.first(), p.spec().rows(), p.spec().cols());
                results.add(new GradientCheckResult(name + " d" + p.name(), p.spec().size(),
                        maxRelativeError(p.value(), analytic, f)));
            }
        }
        store.values().copyFrom(state);
        return results;
    }

    private static void requireFloat64(DenseMatrix<?> m) {
        if (!(m instanceof MatrixF64)) {
            throw new IllegalArgumentException("gradient check: needs float64 matrices, got " + Precision.of(m).label());
        }
    }
}
