package org.gdlab.nn.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdlab.core.linalg.Blas;
import org.gdlab.core.parallel.WorkerTeam;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.layer.Nonlinearity;
import org.gdlab.nn.model.FullyConnectedNet;
import org.gdlab.nn.model.NetConfig;
import org.gdlab.nn.tensor.Precision;
import org.junit.jupiter.api.Test;

class TrainingThreadsTest {
    private static FullyConnectedNet net(boolean batchNorm) {
        return new FullyConnectedNet(new NetConfig(5, new int[] {4}, 3, Nonlinearity.RELU, 0, 0, batchNorm,
                Precision.FLOAT32), new RandomStream(0));
    }

    @Test
    void aSplittableNetGetsATeamAndOneBlasThreadUntilClosed() {
        Blas.setThreads(2);
        FullyConnectedNet net = net(false);
        try (TrainingThreads using = TrainingThreads.apply(net, 3)) {
            assertEquals(3, net.team().size());
            assertEquals(1, Blas.threads());
            assertEquals("3 threads: batches split in 3, BLAS 1 thread each", using.describe());
        }
        assertSame(WorkerTeam.SERIAL, net.team());
        assertEquals(2, Blas.threads());
    }

    @Test
    void aBatchNormNetKeepsWholeBatchesAndGivesBlasTheThreads() {
        Blas.setThreads(1);
        FullyConnectedNet net = net(true);
        try (TrainingThreads using = TrainingThreads.apply(net, 2)) {
            assertSame(WorkerTeam.SERIAL, net.team());
            assertEquals(2, Blas.threads());
            assertEquals("2 threads: whole batches (batch norm), BLAS 2", using.describe());
        }
        assertEquals(1, Blas.threads());
    }

    @Test
    void oneThreadLeavesTheSerialTeamUsable() {
        FullyConnectedNet net = net(false);
        try (TrainingThreads using = TrainingThreads.apply(net, 1)) {
            assertEquals("1 thread: whole batches, BLAS 1 thread", using.describe());
        }
        int[] ran = new int[1];
        WorkerTeam.SERIAL.run(m -> ran[0]++);
        assertEquals(1, ran[0]);
    }

    @Test
    void badCountsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingThreads.apply(net(false), 0));
        assertEquals("threads = 0 is not allowed: must be >= 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrainingThreads.apply(net(false), 65));
    }
}
