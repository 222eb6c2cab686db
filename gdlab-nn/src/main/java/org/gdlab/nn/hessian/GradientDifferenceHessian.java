package org.gdlab.nn.hessian;

/**
 * The Hessian {@code H = d^2 L / dtheta^2} of a {@link TrainingLoss} at its parameters
 * {@code theta}, as the product by central differences of gradients in float64:
 * <pre>
 *   H v ~ (g(theta + h u) - g(theta - h u)) / (2 h) * ||v||,   u = v / ||v||,
 *   h = STEP * max(1, ||theta||)
 * </pre>
 * Two gradient passes per product, the cost of Pearlmutter's exact R-operator, with nothing to
 * differentiate twice: it works for every layer and loss gdlab trains (batch norm included)
 * and cannot drift from their backward passes.
 *
 * <p>The error: on a quadratic loss (least squares) the difference is exact and only rounding
 * remains, about {@code eps ||g|| / h} with {@code eps = 2^-52} (near {@code 1e-11} relative).
 * On a smooth net (tanh) the truncation error is {@code (h^2 / 6) |D^3 L[u, u, .]| ||v||},
 * near {@code 1e-10} of the product at {@code h = 1e-5}. On a ReLU net the loss is smooth except
 * where a pre-activation crosses 0 within {@code theta +- h u}: a product is exact on every
 * example whose units keep their sign and is off for the few that flip. The tests hold it to the
 * Hessian from second differences of the loss and to the closed form of least squares.
 */
public final class GradientDifferenceHessian implements SymmetricOperator {
    /** The relative step {@code h / max(1, ||theta||)}. */
    public static final double STEP = 1e-5;

    private final TrainingLoss loss;
    private final double[] theta;
    private final double h;
    private final double[] point;
    private final double[] minus;
    private long products;

    /** The Hessian of {@code loss} at its parameters. */
    public GradientDifferenceHessian(TrainingLoss loss) {
        this.loss = loss;
        this.theta = loss.parameters();
        this.h = STEP * Math.max(1, Math.sqrt(Vectors.dot(theta, theta)));
        this.point = new double[theta.length];
        this.minus = new double[theta.length];
    }

    @Override
    public int dimension() {
        return theta.length;
    }

    /** The number of products computed (each two gradient passes). */
    public long products() {
        return products;
    }

    /** The finite-difference step {@code h} (along a unit vector). */
    public double step() {
        return h;
    }

    @Override
    public void apply(double[] v, double[] out) {
        if (v.length != theta.length || out.length != theta.length || v == out) {
            throw new IllegalArgumentException("Hessian-vector product: vectors of " + v.length + " and " + out.length
                    + " numbers (distinct) for " + theta.length + " parameters");
        }
        double norm = Math.sqrt(Vectors.dot(v, v));
        products++;
        if (norm == 0) {
            java.util.Arrays.fill(out, 0);
            return;
        }
        double s = h / norm;
        for (int i = 0; i < theta.length; i++) {
            point[i] = theta[i] + s * v[i];
        }
        loss.lossAndGradient(point, out);
        for (int i = 0; i < theta.length; i++) {
            point[i] = theta[i] - s * v[i];
        }
        loss.lossAndGradient(point, minus);
        double scale = 1 / (2 * s);
        for (int i = 0; i < theta.length; i++) {
            out[i] = (out[i] - minus[i]) * scale;
        }
    }
}
