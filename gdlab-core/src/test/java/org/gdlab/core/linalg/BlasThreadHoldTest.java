package org.gdlab.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BlasThreadHoldTest {
    @Test
    void holdersOfOneCountShareItAndTheLastRestoresTheCountFoundBefore() {
        int before = Blas.threads();
        int other = before == 1 ? 2 : 1;
        try (BlasThreadHold a = BlasThreadHold.acquire(other)) {
            assertEquals(other, Blas.threads());
            try (BlasThreadHold b = BlasThreadHold.acquire(other)) {
                assertEquals(other, Blas.threads());
            }
            assertEquals(other, Blas.threads(), "a is still held");
            a.close();
            a.close();
            assertEquals(before, Blas.threads(), "closing twice lets go once");
        }
        assertEquals(before, Blas.threads());
    }

    @Test
    void aHolderAskingForAnotherCountWaitsUntilTheOthersLetGoThenComputesWithItsOwn() throws Exception {
        int before = Blas.threads();
        AtomicInteger seen = new AtomicInteger();
        CountDownLatch acquired = new CountDownLatch(1);
        Thread waiter;
        try (BlasThreadHold one = BlasThreadHold.acquire(1)) {
            waiter = new Thread(() -> {
                try (BlasThreadHold two = BlasThreadHold.acquire(2)) {
                    seen.set(Blas.threads());
                    acquired.countDown();
                }
            });
            waiter.start();
            while (waiter.getState() != Thread.State.WAITING && waiter.isAlive()) {
                Thread.onSpinWait();
            }
            assertEquals(Thread.State.WAITING, waiter.getState(), "it waits for the count of 1 to be let go");
            assertFalse(acquired.getCount() == 0);
            assertEquals(1, Blas.threads(), "the waiting holder changed nothing");
        }
        assertTrue(acquired.await(1, TimeUnit.MINUTES));
        waiter.join();
        assertEquals(2, seen.get());
        assertEquals(before, Blas.threads());
    }
}
