package org.gdlab.core.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerArray;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkerTeamTest {
    @Test
    void everyMemberRunsOncePerRunOnItsOwnThread() {
        try (WorkerTeam team = new WorkerTeam(3)) {
            AtomicIntegerArray calls = new AtomicIntegerArray(3);
            Thread[] threads = new Thread[3];
            for (int r = 0; r < 2000; r++) {
                team.run(m -> {
                    calls.incrementAndGet(m);
                    threads[m] = Thread.currentThread();
                });
            }
            for (int m = 0; m < 3; m++) {
                assertEquals(2000, calls.get(m), "member " + m);
            }
            assertSame(Thread.currentThread(), threads[0], "member 0 is the caller");
            assertNotEquals(threads[1], threads[2]);
            assertNotEquals(threads[0], threads[1]);
        }
    }

    @Test
    void runReturnsOnlyWhenEveryMemberIsDone() throws Exception {
        try (WorkerTeam team = new WorkerTeam(2)) {
            long[] sums = new long[2];
            for (int r = 0; r < 50; r++) {
                sums[1] = 0;
                team.run(m -> {
                    if (m == 1) {
                        long s = 0;
                        for (int i = 0; i < 2_000_000; i++) {
                            s += i;
                        }
                        sums[1] = s;
                    }
                });
                assertEquals(1_999_999_000_000L, sums[1], "run " + r);
            }
        }
    }

    @Test
    void aFailureInAHelperIsRethrownAndTheTeamStaysUsable() {
        try (WorkerTeam team = new WorkerTeam(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run(m -> {
                if (m == 1) {
                    throw new IllegalStateException("helper failed");
                }
            }));
            assertEquals("helper failed", e.getMessage());
            int[] seen = new int[2];
            team.run(m -> seen[m]++);
            assertArrayEquals(new int[] {1, 1}, seen);
        }
    }

    @Test
    void theCallersOwnFailureComesFirst() {
        try (WorkerTeam team = new WorkerTeam(2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> team.run(m -> {
                throw m == 0 ? new IllegalArgumentException("caller") : new IllegalStateException("helper");
            }));
            assertEquals("caller", e.getMessage());
        }
    }

    @Test
    void anUndeclaredCheckedExceptionInAHelperIsRethrownNotAHang() {
        try (WorkerTeam team = new WorkerTeam(2)) {
            IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                    IllegalStateException.class, () -> team.run(m -> {
                        if (m == 1) {
                            throwUnchecked(new IOException("disk gone"));
                        }
                    })));
            assertInstanceOf(IOException.class, e.getCause());
            int[] seen = new int[2];
            team.run(m -> seen[m]++);
            assertArrayEquals(new int[] {1, 1}, seen);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void closeStopsTheHelperThreads() throws InterruptedException {
        WorkerTeam team = new WorkerTeam(3);
        Thread[] threads = new Thread[3];
        team.run(m -> threads[m] = Thread.currentThread());
        team.close();
        for (int m = 1; m < 3; m++) {
            threads[m].join(10_000);
            assertFalse(threads[m].isAlive(), "member " + m);
        }
    }

    @Test
    void theSerialTeamStaysOpen() {
        WorkerTeam.SERIAL.close();
        int[] ran = new int[1];
        WorkerTeam.SERIAL.run(m -> ran[m]++);
        assertEquals(1, ran[0]);
    }

    @Test
    void aTeamOfOneRunsOnTheCaller() {
        Thread[] seen = new Thread[1];
        WorkerTeam.SERIAL.run(m -> seen[m] = Thread.currentThread());
        assertSame(Thread.currentThread(), seen[0]);
    }

    @Test
    void badSizeAndClosedTeamAreErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WorkerTeam(0));
        assertEquals("worker team size = 0 is not allowed: must be >= 1", e.getMessage());
        WorkerTeam team = new WorkerTeam(2);
        team.close();
        assertThrows(IllegalStateException.class, () -> team.run(m -> { }));
    }

    @Property
    void splitCutsARangeIntoContiguousNearlyEqualShares(@ForAll @IntRange(min = 0, max = 100_000) int n,
                                                       @ForAll @IntRange(min = 1, max = 64) int parts) {
        assertEquals(0, WorkerTeam.split(n, parts, 0));
        assertEquals(n, WorkerTeam.split(n, parts, parts));
        for (int k = 0; k < parts; k++) {
            int share = WorkerTeam.split(n, parts, k + 1) - WorkerTeam.split(n, parts, k);
            assertEquals(n / (double) parts, share, 1.0, "share " + k);
        }
    }
}
