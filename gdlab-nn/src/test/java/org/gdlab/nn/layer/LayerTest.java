package org.gdlab.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.model.ParameterSpec;
import org.gdlab.nn.model.ParameterSpec.Kind;
import org.gdlab.nn.model.ParameterStore;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class LayerTest {
    @Test
    void affineComputesXWPlusBAndAccumulatesGradients() {
        ParameterStore store = new ParameterStore(Precision.FLOAT64, List.of(
                new ParameterSpec("W", 2, 2, Kind.WEIGHT, 1), new ParameterSpec("b", 1, 2, Kind.UNREGULARIZED, 1)));
        store.get("W").value().copyFrom(MatrixF64.of(2, 2, 1, 2, 3, 4));
        store.get("b").value().copyFrom(MatrixF64.of(1, 2, 10, 20));
        Affine a = new Affine(store.get("W"), store.get("b"));
        Layer.Cache c = a.newCache(Precision.FLOAT64, 1);
        DenseMatrix<?> out = a.forward(MatrixF64.of(1, 2, 1, 1), c, true, 0);
        assertArrayEquals(new double[] {14, 26}, out.toDoubleArray());
        a.backward(MatrixF64.of(1, 2, 1, 0), c);
        a.backward(MatrixF64.of(1, 2, 1, 0), c);
        assertArrayEquals(new double[] {2, 0, 2, 0}, store.get("W").gradient().toDoubleArray(), "accumulates");
        assertArrayEquals(new double[] {2, 0}, store.get("b").gradient().toDoubleArray());
    }

    @Test
    void activationsHaveTheirFormulas() {
        MatrixF64 z = MatrixF64.of(1, 3, -2, 0.5, 0);
        assertArrayEquals(new double[] {0, 0.5, 0}, new Relu(3).forward(z, new Relu(3).newCache(Precision.FLOAT64, 1), true, 0)
                .toDoubleArray());
        LeakyRelu leaky = new LeakyRelu(3, 0.1);
        assertArrayEquals(new double[] {-0.2, 0.5, 0}, leaky.forward(z, leaky.newCache(Precision.FLOAT64, 1), true, 0)
                .toDoubleArray(), 1e-15);
        Tanh tanh = new Tanh(3);
        Layer.Cache c = tanh.newCache(Precision.FLOAT64, 1);
        tanh.forward(z, c, true, 0);
        double t = Math.tanh(0.5);
        assertEquals(1 - t * t, tanh.backward(MatrixF64.of(1, 3, 1, 1, 1), c).toDoubleArray()[1], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> new LeakyRelu(3, 1.5));
    }

    @Test
    void theFloat32PathOfEveryActivationAgreesWithTheFloat64Path() {
        RandomStream r = new RandomStream(4);
        MatrixF64 z = MatrixF64.zeros(7, 9);
        r.fillNormal(z, 0, 2);
        z.set(0, 0, Double.NaN);
        MatrixF64 g = MatrixF64.zeros(7, 9);
        r.fillNormal(g, 0, 1);
        for (ElementwiseActivation a : new ElementwiseActivation[] {new Relu(9), new LeakyRelu(9, 0.1), new Tanh(9)}) {
            Layer.Cache c64 = a.newCache(Precision.FLOAT64, 7);
            Layer.Cache c32 = a.newCache(Precision.FLOAT32, 7);
            double[] out64 = a.forward(z, c64, true, 0).toDoubleArray();
            double[] out32 = a.forward(org.gdlab.core.matrix.MatrixF32.copyOf(z), c32, true, 0).toDoubleArray();
            double[] dz64 = a.backward(g, c64).toDoubleArray();
            double[] dz32 = a.backward(org.gdlab.core.matrix.MatrixF32.copyOf(g), c32).toDoubleArray();
            assertTrue(Double.isNaN(out64[0]) && Double.isNaN(out32[0]), a.describe() + " keeps NaN");
            for (int k = 1; k < out64.length; k++) {
                assertEquals(out64[k], out32[k], 1e-6 * (1 + Math.abs(out64[k])), a.describe());
                assertEquals(dz64[k], dz32[k], 1e-6 * (1 + Math.abs(dz64[k])), a.describe());
            }
        }
    }

    @Test
    void theBranchFreeReluMaskIsExactDownToTheSmallestFloat() {
        float[] out = {0f, Float.MIN_VALUE, Float.MIN_NORMAL, 1e-30f, 1f, 3e38f, Float.POSITIVE_INFINITY};
        float[] g = {2f, 2f, 2f, 2f, 2f, 2f, 2f};
        new Relu(7).applyGradient(g, out, 7);
        assertArrayEquals(new float[] {0f, 2f, 2f, 2f, 2f, 2f, 2f}, g);
    }

    @Test
    void invertedDropoutKeepsTheMeanAndIsTheIdentityInEvaluation() {
        Dropout d = new Dropout(1000, 0.4, new RandomStream(1));
        Layer.Cache c = d.newCache(Precision.FLOAT64, 20);
        MatrixF64 x = MatrixF64.zeros(20, 1000);
        x.fill(1);
        DenseMatrix<?> out = d.forward(x, c, true, 5);
        double[] v = out.toDoubleArray();
        long zeros = java.util.Arrays.stream(v).filter(e -> e == 0).count();
        assertEquals(0.4, zeros / 20000.0, 0.02);
        assertTrue(java.util.Arrays.stream(v).allMatch(e -> e == 0 || Math.abs(e - 1 / 0.6) < 1e-15));
        double[] again = d.forward(x, c, true, 5).toDoubleArray();
        assertArrayEquals(v, again, "the same iteration draws the same mask");
        assertTrue(d.forward(x, c, false, 5) == x, "evaluation passes the input through");
        assertThrows(IllegalArgumentException.class, () -> new Dropout(3, 1, new RandomStream(1)));
    }

    @Test
    void batchNormNormalizesInTrainingAndUsesRunningStatisticsInEvaluation() {
        ParameterStore store = new ParameterStore(Precision.FLOAT64, List.of(
                new ParameterSpec("g", 1, 1, Kind.UNREGULARIZED, 1), new ParameterSpec("b", 1, 1, Kind.UNREGULARIZED, 1),
                new ParameterSpec("m", 1, 1, Kind.STATE, 1), new ParameterSpec("v", 1, 1, Kind.STATE, 1)));
        BatchNorm bn = new BatchNorm(store.get("g"), store.get("b"), store.get("m"), store.get("v"), 1e-5, 0.9);
        bn.reset();
        Layer.Cache c = bn.newCache(Precision.FLOAT64, 4);
        MatrixF64 x = MatrixF64.column(1, 2, 3, 4);
        double[] out = bn.forward(x, c, true, 0).toDoubleArray();
        double std = Math.sqrt(1.25 + 1e-5);
        assertEquals(-1.5 / std, out[0], 1e-12);
        assertEquals(0.1 * 2.5, store.get("m").value().getAsDouble(0, 0), 1e-15);
        assertEquals(0.9 + 0.1 * 1.25, store.get("v").value().getAsDouble(0, 0), 1e-15);
        double[] eval = bn.forward(x, c, false, 0).toDoubleArray();
        assertEquals((1 - 0.25) / Math.sqrt(1.025 + 1e-5), eval[0], 1e-12);
    }
}
