package org.gdlab.nn.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class InitializerTest {
    private static double std(DenseMatrix<?> m) {
        double[] v = m.toDoubleArray();
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length);
    }

    @Test
    void heOnFiftyByTenGivesTheKnownStdsAndZeroBiases() {
        int[] hidden = new int[10];
        java.util.Arrays.fill(hidden, 50);
        FullyConnectedNet net = new FullyConnectedNet(NetConfig.relu(3072, hidden, 10, Precision.FLOAT32), new RandomStream(0));
        net.parameters().values().fill(7);
        net.initialize(Initializers.parse("--init", "he"), new RandomStream(1));
        assertEquals(Math.sqrt(2.0 / 3072), std(net.parameters().get("W1").value()), 0.01 * Math.sqrt(2.0 / 3072));
        assertEquals(0.2, std(net.parameters().get("W2").value()), 0.01 * 0.2);
        for (int l = 1; l <= 11; l++) {
            assertEquals(0, net.parameters().get("b" + l).value().maxAbs(), "b" + l);
        }
    }

    @Test
    void eachInitializerHasItsFormula() {
        RandomStream r = new RandomStream(2);
        MatrixF64 w = MatrixF64.zeros(400, 600);
        new NormalInitializer(0.01).initialize(w, 99, r);
        assertEquals(0.01, std(w), 2e-4);
        new UniformInitializer(0.03).initialize(w, 99, r);
        assertTrue(w.maxAbs() < 0.03 && w.maxAbs() > 0.0299);
        assertEquals(0.03 / Math.sqrt(3), std(w), 2e-4);
        new HeInitializer(Distribution.UNIFORM, FanMode.FAN_OUT).initialize(w, Math.sqrt(2), r);
        assertEquals(Math.sqrt(2.0 / 600), std(w), 0.01 * Math.sqrt(2.0 / 600));
        assertTrue(w.maxAbs() <= Math.sqrt(6.0 / 600));
        new XavierInitializer().initialize(w, Math.sqrt(2), r);
        assertEquals(Math.sqrt(2.0 / 1000), std(w), 0.01 * Math.sqrt(2.0 / 1000));
        assertTrue(w.maxAbs() <= Math.sqrt(6.0 / 1000));
        new XavierInitializer(Distribution.NORMAL, FanMode.FAN_IN, true).initialize(w, 5.0 / 3, r);
        assertEquals(5.0 / 3 / 20, std(w), 0.01 * 5.0 / 3 / 20);
        new ZeroInitializer().initialize(w, 1, r);
        assertEquals(0, w.maxAbs());
    }

    @Test
    void namesParseAndBadNamesListTheValidForms() {
        assertEquals(new HeInitializer(), Initializers.parse("--init", "he"));
        assertEquals(new HeInitializer(Distribution.UNIFORM, FanMode.FAN_AVG), Initializers.parse("--init", "he:fan_avg:uniform"));
        assertEquals(new XavierInitializer(Distribution.NORMAL, FanMode.FAN_AVG, true), Initializers.parse("--init", "xavier:normal:gain"));
        assertEquals(new NormalInitializer(0.01), Initializers.parse("--init", "random:0.01"));
        assertInstanceOf(UniformInitializer.class, Initializers.parse("--init", "uniform:0.03"));
        assertInstanceOf(ZeroInitializer.class, Initializers.parse("--init", "zero"));
        var e = assertThrows(IllegalArgumentException.class, () -> Initializers.parse("--init", "kaiming"));
        assertEquals("--init = kaiming is not allowed: must be one of " + Initializers.FORMS, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Initializers.parse("--init", "random:-1"));
        assertThrows(IllegalArgumentException.class, () -> Initializers.parse("--init", "he:gain"));
        assertThrows(IllegalArgumentException.class, () -> new NormalInitializer(Double.NaN));
    }
}
