package org.gdlab.linearize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;

class KernelFeaturesProperties {

    /** K = Phi Phi^T for any architecture, activation, output and inputs. */
    @Property(tries = 40)
    void theKernelIsTheGramMatrixOfTheExplicitJacobian(@ForAll @IntRange(min = 1, max = 7) int width,
                                                       @ForAll @IntRange(min = 0, max = 3) int depth,
                                                       @ForAll @IntRange(min = 1, max = 3) int inputs,
                                                       @ForAll @IntRange(min = 1, max = 3) int outputs,
                                                       @ForAll @IntRange(min = -1, max = 2) int output,
                                                       @ForAll @IntRange(min = 0, max = 2) int activation,
                                                       @ForAll @LongRange(min = 0, max = 1000) long seed) {
        int[] hidden = new int[depth];
        java.util.Arrays.fill(hidden, width);
        Nonlinearity f = new Nonlinearity[] {Nonlinearity.RELU, Nonlinearity.TANH, Nonlinearity.LEAKY_RELU}[activation];
        FullyConnectedNet net = Nets.net(inputs, hidden, outputs, f, seed);
        ScalarOutput which = new ScalarOutput(Math.min(output, outputs - 1));
        MatrixF64 x = Nets.inputs(9, inputs, seed + 1);
        MatrixF64 phi = JacobianMatrix.of(net, x, which);
        MatrixF64 expected = Blas.multiply(phi, false, phi, true);
        MatrixF64 k = KernelFeatures.kernel(JacobianFactors.of(net, x, which));
        assertTrue(expected.maxAbsDifference(k) <= 1e-12 * Math.max(1, expected.maxAbs()),
                "difference " + expected.maxAbsDifference(k));
    }
}
