package org.gdlab.linearize;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.linalg.SingularValueDecomposition;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.LayerStack;
import org.gdlab.nn.tensor.Access;

/**
 * The explicit path: the feature matrix {@code Phi} ({@code n x P}, row {@code i} is
 * {@code phi(x_i) = df(x_i)/dtheta}) built row by row, each row from one forward and one backward
 * pass of the output {@code f} (not of a loss) on a {@link LayerStack} of the network's own layers, read from the parameter
 * gradients in the order of the network's {@link org.gdlab.nn.model.ParameterStore} (every
 * weight and bias of every layer, the output layer included); then its SVD.
 *
 * <p>Memory {@code 8 n P} bytes: for small networks, tests and checks of the kernel path.
 */
public final class JacobianMatrix {
    /** The largest {@code Phi} (in float64 elements) the explicit path builds: 2^28, i.e. 2 GiB. */
    public static final long MAX_ELEMENTS = 1L << 28;

    private JacobianMatrix() {
    }

    /**
     * {@code Phi} at the rows of {@code inputs}.
     *
     * <p>Side effect: the network's parameter gradients are overwritten (left zero).
     *
     * @param net the network, without batch norm
     * @param inputs {@code n x inputs}, any precision, read only
     * @param output the scalar function of the outputs that is differentiated
     * @return {@code Phi}, a new {@code n x P} matrix ({@code P} the trainable parameters), row
     *     {@code i} the gradient {@code df(x_i)/dtheta}
     * @throws IllegalArgumentException when {@code Phi} would exceed {@link #MAX_ELEMENTS}, or the
     *     network has batch norm
     */
    public static MatrixF64 of(FullyConnectedNet net, DenseMatrix<?> inputs, ScalarOutput output) {
        JacobianFactors.requireSupported(net);
        int p = net.parameters().trainableSize();
        int n = inputs.rows();
        if ((long) n * p > MAX_ELEMENTS) {
            throw new IllegalArgumentException("method = explicit is not allowed for " + n + " inputs x " + p
                    + " parameters (" + ((long) n * p * 8 >> 20) + " MiB): the explicit Jacobian is limited to "
                    + (MAX_ELEMENTS * 8 >> 20) + " MiB; use method kernel");
        }
        LayerStack stack = net.newLayerStack();
        DenseMatrix<?> x = stack.inputBuffer(1);
        int outputs = net.config().outputs();
        DenseMatrix<?> seed = net.config().precision().zeros(1, outputs);
        for (int j = 0; j < outputs; j++) {
            seed.setFromDouble(0, j, output.coefficient(j, outputs));
        }
        MatrixF64 phi = MatrixF64.zeros(n, p);
        Access gradients = Access.of(net.parameters().gradients());
        for (int i = 0; i < n; i++) {
            x.copyFrom(inputs.row(i));
            stack.forward(x, false, 0);
            net.parameters().zeroGradients();
            stack.backward(seed);
            for (int q = 0; q < p; q++) {
                phi.set(i, q, gradients.at(q));
            }
        }
        net.parameters().zeroGradients();
        return phi;
    }

    /**
     * The singular values of {@code Phi(train)} and its top {@code k} principal features
     * {@code psi_k(grid) = Phi(grid) v_k}, signed by the rule of {@link FeatureSpectrum}.
     *
     * @param phiTrain {@code Phi(train)}, {@code n x P}, read only
     * @param phiGrid {@code Phi(grid)}, {@code m x P}, read only
     * @param k the number of principal features, {@code >= 1}
     * @return the spectrum, with at most {@code min(k, numerical rank)} features
     */
    public static FeatureSpectrum spectrum(MatrixF64 phiTrain, MatrixF64 phiGrid, int k) {
        FeatureSpectrum.requireCount(k);
        SingularValueDecomposition svd = SingularValueDecomposition.of(phiTrain);
        double[] s = svd.singularValues();
        int n = phiTrain.rows();
        double[] all = new double[n];
        System.arraycopy(s, 0, all, 0, s.length);
        int rank = FeatureSpectrum.numericalRank(all);
        int count = Math.min(k, rank);
        double[][] u = new double[count][];
        MatrixF64 v = MatrixF64.zeros(phiTrain.cols(), count);
        for (int c = 0; c < count; c++) {
            u[c] = svd.u().columnArray(c);
            double sign = FeatureSpectrum.applySignRule(u[c]);
            for (int q = 0; q < phiTrain.cols(); q++) {
                v.set(q, c, sign * svd.vt().get(c, q));
            }
        }
        MatrixF64 psi = Blas.multiply(phiGrid, v);
        double[][] features = new double[count][];
        for (int c = 0; c < count; c++) {
            features[c] = psi.columnArray(c);
        }
        return new FeatureSpectrum(all, u, features, rank);
    }
}
