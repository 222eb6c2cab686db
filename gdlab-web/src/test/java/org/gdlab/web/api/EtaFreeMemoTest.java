package org.gdlab.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.gdlab.theory.gd.GdConfig;
import org.gdlab.theory.gd.GradientDescentAnalysis;
import org.gdlab.theory.momentum.EtaFreeParts;
import org.gdlab.theory.momentum.MomentumAnswers;
import org.gdlab.theory.momentum.MomentumConfig;
import org.gdlab.theory.momentum.MomentumForm;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.junit.jupiter.api.Test;

class EtaFreeMemoTest {
    private static final LeastSquaresSpectrum MISSION = LeastSquaresSpectrum.ofSquaredSingularValues("sigma2", new double[] {5, 0.05});

    private static MomentumConfig config(double eta, double beta) {
        return new MomentumConfig(MomentumParameters.ema(eta, beta), MomentumForm.EMA, 1e-3, 100_000, 11, false);
    }

    private static EtaFreeMemo.Entry compute(MomentumConfig c, AtomicInteger computed) {
        computed.incrementAndGet();
        EtaFreeParts parts = MomentumAnswers.etaFreeParts(MISSION, c);
        return new EtaFreeMemo.Entry(parts, GradientDescentAnalysis.analyze(MISSION, new GdConfig(parts.gd().eta(), 1e-3, 100_000)));
    }

    @Test
    void movingEtaReusesTheEntryAndAnotherBetaComputesANewOne() {
        EtaFreeMemo memo = new EtaFreeMemo();
        AtomicInteger computed = new AtomicInteger();
        MomentumConfig first = config(1.0, 0.1);
        EtaFreeMemo.Entry a = memo.get(EtaFreeParts.Key.of(MISSION, first), k -> compute(first, computed));
        MomentumConfig moved = config(1.4, 0.1);
        EtaFreeMemo.Entry b = memo.get(EtaFreeParts.Key.of(MISSION, moved), k -> compute(moved, computed));
        assertSame(a, b);
        assertEquals(1, computed.get());
        // GD at its best eta = 1 / (5 + 0.05) shrinks both coordinates by (5 - 0.05) / (5 + 0.05) a step.
        assertEquals((long) Math.ceil(Math.log(1e-3) / Math.log((5 - 0.05) / (5 + 0.05))), a.gd().exact().iterations());
        MomentumConfig otherBeta = config(1.0, 0.3);
        memo.get(EtaFreeParts.Key.of(MISSION, otherBeta), k -> compute(otherBeta, computed));
        assertEquals(2, computed.get());
    }

    @Test
    void holdsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        EtaFreeMemo memo = new EtaFreeMemo();
        AtomicInteger computed = new AtomicInteger();
        for (int k = 1; k <= EtaFreeMemo.CAPACITY + 1; k++) {
            MomentumConfig c = config(1.0, k / 10.0);
            memo.get(EtaFreeParts.Key.of(MISSION, c), key -> compute(c, computed));
        }
        assertEquals(EtaFreeMemo.CAPACITY, memo.size());
        assertEquals(EtaFreeMemo.CAPACITY + 1, computed.get());
        MomentumConfig newest = config(2.0, (EtaFreeMemo.CAPACITY + 1) / 10.0);
        memo.get(EtaFreeParts.Key.of(MISSION, newest), key -> compute(newest, computed));
        assertEquals(EtaFreeMemo.CAPACITY + 1, computed.get(), "the newest is held");
        MomentumConfig eldest = config(1.0, 0.1);
        memo.get(EtaFreeParts.Key.of(MISSION, eldest), key -> compute(eldest, computed));
        assertEquals(EtaFreeMemo.CAPACITY + 2, computed.get(), "the eldest was dropped");
    }
}
