package org.gdlab.theory.ridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RidgeFormTest {
    @Test
    void flopsFollowTheModel() {
        // n = 10, d = 30: primal 2*10*900 + 27000/3 + 2*900 + 2*300 = 18000 + 9000 + 1800 + 600
        assertEquals(29400, RidgeForm.PRIMAL.flops(10, 30), 1e-9);
        // kernel 2*30*100 + 1000/3 + 2*100 + 600
        assertEquals(6000 + 1000.0 / 3 + 200 + 600, RidgeForm.KERNEL.flops(10, 30), 1e-9);
    }

    @Test
    void theKernelFormIsCheaperExactlyWhenThereAreFewerRowsThanColumns() {
        for (int n = 1; n <= 60; n++) {
            for (int d = 1; d <= 60; d++) {
                assertEquals(n < d ? RidgeForm.KERNEL : RidgeForm.PRIMAL, RidgeForm.cheaper(n, d), n + " x " + d);
            }
        }
    }

    @Test
    void theSystemSizeIsDForPrimalAndNForKernel() {
        assertEquals(7, RidgeForm.PRIMAL.systemSize(3, 7));
        assertEquals(3, RidgeForm.KERNEL.systemSize(3, 7));
    }

    @Test
    void eachFormsOtherIsTheOtherOne() {
        assertEquals(RidgeForm.KERNEL, RidgeForm.PRIMAL.other());
        assertEquals(RidgeForm.PRIMAL, RidgeForm.KERNEL.other());
    }
}
