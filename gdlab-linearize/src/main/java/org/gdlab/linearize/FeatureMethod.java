package org.gdlab.linearize;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.validate.Check;
import org.gdlab.nn.model.FullyConnectedNet;

/** How the features are computed: through the kernel (the default) or from the explicit Jacobian. */
public enum FeatureMethod {
    /** {@link KernelFeatures}: never forms {@code Phi}. */
    KERNEL("kernel"),
    /** {@link JacobianMatrix}: {@code Phi} row by row, then its SVD. */
    EXPLICIT("explicit");

    private final String label;

    FeatureMethod(String label) {
        this.label = label;
    }

    /**
     * The command-line name.
     *
     * @return {@code kernel} or {@code explicit}
     */
    public String label() {
        return label;
    }

    /**
     * The method named {@code name}; the error lists the valid names.
     *
     * @param what the option, for the message
     * @param name the command-line name
     * @return the method whose {@link #label} is {@code name}
     */
    public static FeatureMethod parse(String what, String name) {
        return Check.oneOf(what, name, values(), FeatureMethod::label);
    }

    /**
     * The singular values of {@code Phi(train)} and the top {@code k} principal features on the
     * grid, or null when the network's features at these inputs, or their kernel, are not finite
     * (a diverged network): a numerical outcome, not an error.
     *
     * <p>Side effect: the network's parameter gradients are overwritten.
     *
     * @param net the network, in evaluation mode
     * @param train the {@code n} training inputs, {@code n x inputs}, read only
     * @param grid the {@code m} grid inputs the features are evaluated at, {@code m x inputs}, read
     *     only
     * @param output the scalar function of the outputs that is linearized
     * @param k the number of principal features, {@code >= 1} (at most the numerical rank are
     *     reported)
     * @return the spectrum, or null for a diverged network
     */
    public FeatureSpectrum spectrum(FullyConnectedNet net, DenseMatrix<?> train, DenseMatrix<?> grid,
                                    ScalarOutput output, int k) {
        FeatureSpectrum.requireCount(k);
        if (this == KERNEL) {
            JacobianFactors t = JacobianFactors.of(net, train, output);
            JacobianFactors g = JacobianFactors.of(net, grid, output);
            return t.allFinite() && g.allFinite() ? KernelFeatures.spectrum(t, g, k) : null;
        }
        var t = JacobianMatrix.of(net, train, output);
        var g = JacobianMatrix.of(net, grid, output);
        return t.allFinite() && g.allFinite() ? JacobianMatrix.spectrum(t, g, k) : null;
    }
}
