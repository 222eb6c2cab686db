package org.gdlab.nn.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.model.ParameterSpec;
import org.gdlab.nn.model.ParameterSpec.Kind;
import org.gdlab.nn.model.ParameterStore;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    /** A store holding one parameter w = 1 (and one state element, which no optimizer may touch). */
    static ParameterStore scalar(Precision p) {
        ParameterStore s = new ParameterStore(p, List.of(new ParameterSpec("w", 1, 1, Kind.WEIGHT, 1),
                new ParameterSpec("state", 1, 1, Kind.STATE, 1)));
        s.values().fill(1);
        return s;
    }

    /** w after one step per gradient. */
    static double[] run(Optimizer o, double... gradients) {
        ParameterStore s = scalar(Precision.FLOAT64);
        double[] w = new double[gradients.length];
        for (int t = 0; t < gradients.length; t++) {
            s.gradients().fill(gradients[t]);
            o.step(s);
            w[t] = s.values().getAsDouble(0, 0);
        }
        assertEquals(1, s.values().getAsDouble(0, 1), "state untouched");
        return w;
    }

    @Test
    void sgd() {
        assertArrayEquals(new double[] {0.95, 1.0}, run(new Sgd(0.1), 0.5, -0.5), 1e-15);
    }

    @Test
    void momentumInThePyTorchForm() {
        assertArrayEquals(new double[] {0.95, 0.855, 0.7195}, run(new SgdMomentum(0.1, 0.9, false), 0.5, 0.5, 0.5), 1e-15);
    }

    @Test
    void nesterov() {
        assertArrayEquals(new double[] {0.905, 0.7695}, run(new SgdMomentum(0.1, 0.9, true), 0.5, 0.5), 1e-15);
    }

    @Test
    void emaMomentum() {
        assertArrayEquals(new double[] {0.995, 0.9855}, run(new EmaMomentum(0.1, 0.1), 0.5, 0.5), 1e-15);
        assertArrayEquals(run(new Sgd(0.1), 0.3, -0.2), run(new EmaMomentum(0.1, 1), 0.3, -0.2), 0, "beta = 1 is GD");
    }

    @Test
    void rmsProp() {
        assertArrayEquals(new double[] {0.900000019999996, 0.9895323081911337},
                run(new RmsProp(0.01, 0.99, 1e-8), 0.5, -1), 1e-15);
    }

    @Test
    void adamWithBiasCorrectionFromStepOne() {
        Adam adam = new Adam(1e-3, 0.9, 0.999, 1e-8);
        assertArrayEquals(new double[] {0.99900000002, 0.9993661035424056, 0.9995027942033897}, run(adam, 0.5, -1, 0.25), 1e-15);
        assertEquals(3, adam.steps());
    }

    @Test
    void adamW() {
        assertArrayEquals(new double[] {0.99899000002, 0.9993461136424056}, run(Adam.adamW(1e-3, 1e-2), 0.5, -1), 1e-15);
    }

    @Test
    void theFloat32LoopAgreesWithTheFloat64Loop() {
        RandomStream r = new RandomStream(11);
        for (OptimizerKind kind : OptimizerKind.values()) {
            ParameterStore s32 = scalarVector(Precision.FLOAT32, r);
            ParameterStore s64 = scalarVector(Precision.FLOAT64, r);
            s64.values().copyFrom(s32.values());
            DenseMatrix<?> start = s64.values().copy();
            Optimizer o32 = OptimizerConfig.of(kind).create();
            Optimizer o64 = OptimizerConfig.of(kind).create();
            for (int t = 0; t < 20; t++) {
                r.fillNormal(s32.gradients(), 0, 1);
                s64.gradients().copyFrom(s32.gradients());
                o32.step(s32);
                o64.step(s64);
            }
            double moved = s64.values().maxAbsDifference(s32.values());
            assertTrue(moved < 1e-5, kind.label() + ": float32 and float64 differ by " + moved);
            assertTrue(s64.values().maxAbsDifference(start) > 1e-3, kind.label() + ": the steps moved the parameters");
        }
    }

    static ParameterStore scalarVector(Precision p, RandomStream r) {
        ParameterStore s = new ParameterStore(p, List.of(new ParameterSpec("w", 4, 25, Kind.WEIGHT, 1)));
        r.fillNormal(s.values(), 0, 1);
        return s;
    }

    @Test
    void aStepSharedByAWorkerTeamEqualsTheSerialStepBitForBit() {
        for (Precision precision : Precision.values()) {
            for (Optimizer rule : List.of(new Sgd(0.1), new SgdMomentum(0.1, 0.9, true), new RmsProp(0.01, 0.99, 1e-8),
                    new Adam(1e-2, 0.9, 0.999, 1e-8), new EmaMomentum(0.1, 0.5))) {
                ParameterStore serial = new ParameterStore(precision, List.of(new ParameterSpec("w", 37, 11, Kind.WEIGHT, 1)));
                ParameterStore shared = new ParameterStore(precision, List.of(new ParameterSpec("w", 37, 11, Kind.WEIGHT, 1)));
                Optimizer a = rule.copy();
                Optimizer b = rule.copy();
                try (WorkerTeam team = new WorkerTeam(3)) {
                    for (int t = 0; t < 5; t++) {
                        new RandomStream(t).fillNormal(serial.gradients(), 0, 1);
                        shared.gradients().copyFrom(serial.gradients());
                        a.step(serial);
                        b.step(shared, team);
                    }
                }
                assertArrayEquals(serial.values().toDoubleArray(), shared.values().toDoubleArray(), rule.describe());
                assertTrue(serial.values().maxAbs() > 0);
            }
        }
    }

    @Test
    void savedStateRestoresBitForBit() {
        for (Precision precision : Precision.values()) {
            savedStateRestoresBitForBit(precision);
        }
    }

    private static void savedStateRestoresBitForBit(Precision precision) {
        for (OptimizerKind kind : OptimizerKind.values()) {
            ParameterStore full = scalar(precision);
            Optimizer straight = OptimizerConfig.of(kind).create();
            for (double g : new double[] {0.3, -0.7, 0.1, 0.9, -0.2}) {
                full.gradients().fill(g);
                straight.step(full);
            }
            ParameterStore s = scalar(precision);
            Optimizer first = OptimizerConfig.of(kind).create();
            for (double g : new double[] {0.3, -0.7, 0.1}) {
                s.gradients().fill(g);
                first.step(s);
            }
            OptimizerState saved = first.state();
            Optimizer second = OptimizerConfig.of(kind).create();
            second.restore(saved);
            for (double g : new double[] {0.9, -0.2}) {
                s.gradients().fill(g);
                second.step(s);
            }
            assertEquals(full.values().getAsDouble(0, 0), s.values().getAsDouble(0, 0), 0, kind.label());
            assertEquals(5, second.steps());
        }
    }

    @Test
    void stateIsCreatedOnFirstUseAndCopyIsFresh() {
        Adam adam = new Adam(1e-3, 0.9, 0.999, 1e-8);
        assertTrue(adam.state().buffers().isEmpty());
        run(adam, 1);
        assertEquals(1, adam.state().buffers().get("m").length);
        assertEquals(0, adam.copy().steps());
        assertThrows(IllegalArgumentException.class, () -> new Sgd(1).restore(adam.state()));
    }

    @Test
    void hyperparametersAreValidatedWithTheirNames() {
        assertEquals("learning rate = -1.0 is not allowed: must be > 0",
                assertThrows(IllegalArgumentException.class, () -> new Sgd(-1)).getMessage());
        assertEquals("momentum = 1.0 is not allowed: must be in [0, 1)",
                assertThrows(IllegalArgumentException.class, () -> new SgdMomentum(0.1, 1, false)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SgdMomentum(0.1, 0, true)).getMessage()
                .contains("Nesterov momentum requires a momentum > 0"));
        assertThrows(IllegalArgumentException.class, () -> new Adam(1e-3, 1, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Adam(1e-3, 0.9, Double.NaN, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(1e-2, 0.99, -1));
        assertThrows(IllegalArgumentException.class, () -> new EmaMomentum(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Sgd(Double.NaN));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new OptimizerConfig(OptimizerKind.NESTEROV, 0.1, 0))
                .getMessage().contains("Nesterov momentum requires a momentum > 0"), "the config builds its optimizer once");
        assertThrows(IllegalArgumentException.class, () -> new OptimizerConfig(OptimizerKind.ADAM, Double.POSITIVE_INFINITY, 0));
        assertEquals("--optim = lbfgs is not allowed: must be one of [sgd, momentum, nesterov, ema, rmsprop, adam, adamw]",
                assertThrows(IllegalArgumentException.class, () -> OptimizerKind.parse("--optim", "lbfgs")).getMessage());
    }

    @Test
    void defaults() {
        assertEquals(1e-2, OptimizerConfig.of(OptimizerKind.SGD).learningRate());
        assertEquals(1e-3, OptimizerConfig.of(OptimizerKind.ADAM).learningRate());
        assertEquals("momentum(lr=0.01, momentum=0.9)", OptimizerConfig.of(OptimizerKind.MOMENTUM).create().describe());
        assertEquals("rmsprop(lr=0.01, decay=0.99, eps=1.0E-8)", OptimizerConfig.of(OptimizerKind.RMSPROP).create().describe());
        assertEquals("adam(lr=0.001, betas=(0.9, 0.999), eps=1.0E-8)", OptimizerConfig.of(OptimizerKind.ADAM).create().describe());
    }

    /**
     * The first state array's value after each of {@code steps} steps on a float32 or float64
     * scalar: one step with gradient 1, then gradient 0, so the value only decays.
     */
    static double[] decayingState(Optimizer o, Precision precision, int steps) {
        ParameterStore s = scalar(precision);
        double[] state = new double[steps];
        for (int t = 0; t < steps; t++) {
            s.gradients().fill(t == 0 ? 1 : 0);
            o.step(s);
            state[t] = o.state().buffers().values().iterator().next()[0];
        }
        return state;
    }

    /** How many of the values are subnormal in float32 (nonzero and below 2^-126 in magnitude). */
    static long subnormal32(double[] values) {
        return java.util.Arrays.stream(values).filter(v -> v != 0 && Math.abs(v) < Float.MIN_NORMAL).count();
    }

    @Test
    void aDecayingFirstMomentVelocityOrAverageSkipsTheSubnormalRangeAndEndsAtZero() {
        // Unflushed, Adam's m = 0.1 * 0.9^(t-1) is subnormal from about step 806 to about 955.
        for (Optimizer o : List.of(new Adam(1e-3, 0.9, 0.999, 1e-8), new SgdMomentum(0.1, 0.9, false),
                new EmaMomentum(0.1, 0.1))) {
            double[] state = decayingState(o, Precision.FLOAT32, 1200);
            assertEquals(0, subnormal32(state), o.describe());
            assertEquals(0, state[state.length - 1], o.describe());
            int flushed = 0;
            while (state[flushed] != 0) {
                flushed++;
            }
            assertEquals(0, (flushed + 1) % Optimizer.FLUSH_EVERY, o.describe() + ": zero from a flush step on");
            assertTrue(Math.abs(state[flushed - 1]) < Optimizer.TINY32 / 0.9 && state[flushed - 1] != 0,
                    o.describe() + ": " + state[flushed - 1] + " before the flush");
        }
    }

    @Test
    void adamWithoutEpsilonAndRmsPropKeepEveryStateValue() {
        // eps = 0 makes Adam's step m / sqrt(v), which no tiny m bounds: its m is never flushed.
        double[] m = decayingState(new Adam(1e-3, 0.9, 0.999, 0), Precision.FLOAT32, 1200);
        assertTrue(subnormal32(m) > 100, "m passes through the subnormal range");
        double[] c = decayingState(new RmsProp(0.01, 0.5, 1e-8), Precision.FLOAT32, 200);
        assertTrue(subnormal32(c) > 0, "RMSProp's second moments are never flushed");
    }

    @Test
    void float64StateIsFlushedBelowTwoToTheMinus1000() {
        double[] state = decayingState(new SgdMomentum(0.1, 0.5, false), Precision.FLOAT64, 1100);
        int flushed = 0;
        while (state[flushed] != 0) {
            flushed++;
        }
        assertEquals(Math.pow(0.5, flushed - 1), state[flushed - 1], 0, "exact powers of 1/2 before the flush");
        assertEquals(0, (flushed + 1) % Optimizer.FLUSH_EVERY, "zero from a flush step on");
        assertTrue(state[flushed - 1] < 2 * Optimizer.TINY64, "the last value kept is half a flush away from 2^-1000");
        assertTrue(state[flushed - 1] > 0x1p-1022, "and still normal");
    }
}
