package org.gdlab.linearize.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.linalg.Blas;
import org.gdlab.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

class LinearizeSuiteTest {
    /** The results without their wall times (the {@code seconds} keys), which alone may differ between runs. */
    private static JsonNode withoutTimes(Object result) {
        JsonNode tree = JsonFiles.mapper().valueToTree(result);
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("seconds");
        }
        node.forEach(LinearizeSuiteTest::strip);
    }

    @Test
    void runsSideBySideGiveTheResultsOfRunsOneAfterTheOther() {
        int blas = Blas.threads();
        LinearizeSuite.SuiteResult serial = LinearizeSuite.run(true, 3, 1, ProgressListener.SILENT);
        List<Long> done = new ArrayList<>();
        LinearizeSuite.SuiteResult parallel = LinearizeSuite.run(true, 3, 2, new ProgressListener() {
            @Override
            public void start(String task, long total) {
                done.add(-total);
            }

            @Override
            public void advance(long steps, String status) {
                done.add(steps);
            }

            @Override
            public void finish(String summary) {
            }
        });
        assertEquals(withoutTimes(serial), withoutTimes(parallel));
        assertEquals(SuiteRun.values().length, parallel.runs().size());
        assertEquals(blas, Blas.threads(), "BLAS is back to its thread count");
        long total = -done.get(0);
        assertEquals(SuiteRun.values().length * LinearizeSuite.base(true, 3).build().steps(), total);
        for (int i = 2; i < done.size(); i++) {
            assertTrue(done.get(i) >= done.get(i - 1), "the summed steps never go back");
        }
        assertTrue(done.get(done.size() - 1) <= total);
    }

    @Test
    void refusesNoThreads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearizeSuite.run(true, 0, 0, ProgressListener.SILENT));
        assertTrue(e.getMessage().contains("parallel runs"), e.getMessage());
    }
}
