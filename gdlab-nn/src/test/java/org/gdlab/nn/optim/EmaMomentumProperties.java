package org.gdlab.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class EmaMomentumProperties {
    /** docs/questions.md section 2: the EMA form with (eta, beta) is the PyTorch form with m = 1 - beta, lr = eta beta. */
    @Property(tries = 200)
    void emaIsPyTorchMomentumReparametrized(@ForAll @DoubleRange(min = 0.01, max = 1) double eta,
                                            @ForAll @DoubleRange(min = 0.01, max = 1) double beta,
                                            @ForAll @Size(min = 1, max = 20) java.util.List<@DoubleRange(min = -1e3, max = 1e3) Double> gradients) {
        double[] g = gradients.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ema = OptimizerTest.run(new EmaMomentum(eta, beta), g);
        double[] heavyBall = OptimizerTest.run(new SgdMomentum(eta * beta, 1 - beta, false), g);
        for (int t = 0; t < g.length; t++) {
            assertEquals(ema[t], heavyBall[t], 1e-9 * (1 + Math.abs(ema[t])));
        }
    }
}
