package org.gdlab.lab.experiment;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.KnownDataSet;

/**
 * Tests that train on Fashion-MNIST skip, saying how to get it, where it is absent, unless
 * {@code GDLAB_REQUIRE_DATA=1} (CI), where they fail.
 */
final class FashionMnist {
    private FashionMnist() {
    }

    /** Skips or fails the calling test when Fashion-MNIST is not on this machine. */
    static void require() {
        if (DataLocator.system().find(KnownDataSet.FASHION_MNIST).isEmpty()) {
            String why = "Fashion-MNIST is not on this machine: on Debian or Ubuntu, apt-get install dataset-fashion-mnist";
            if ("1".equals(System.getenv("GDLAB_REQUIRE_DATA"))) {
                fail("GDLAB_REQUIRE_DATA=1 and " + why);
            }
            assumeTrue(false, why);
        }
    }
}
