package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * For tests that read a real data set from the machine: they skip, saying how to get it, when
 * the data set is absent, unless the environment variable {@value #REQUIRE_VARIABLE} is
 * {@code 1} (CI sets it), in which case they fail.
 */
final class RealData {
    /** Set to 1 to make a missing data set a test failure. */
    static final String REQUIRE_VARIABLE = "GDLAB_REQUIRE_DATA";

    private RealData() {
    }

    /** The folder of a known data set on this machine; or a skip, or a failure. */
    static Path folder(KnownDataSet set) {
        return folder(set, DataLocator.system(), System.getenv());
    }

    /** The folder of a known data set as {@code locator} finds it; or a skip, or a failure by {@code environment}. */
    static Path folder(KnownDataSet set, DataLocator locator, Map<String, String> environment) {
        Optional<Path> folder = locator.find(set);
        if (folder.isEmpty()) {
            String why = set.id() + " is not on this machine, so this test cannot run: " + notFoundMessage(locator, set);
            if ("1".equals(environment.get(REQUIRE_VARIABLE))) {
                fail(REQUIRE_VARIABLE + "=1 and " + why);
            }
            assumeTrue(false, why);
        }
        return folder.orElseThrow();
    }

    private static String notFoundMessage(DataLocator locator, KnownDataSet set) {
        try {
            locator.locate(set);
            return "it appeared while looking";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
