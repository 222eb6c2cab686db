package org.gdlab.lab.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.data.DataSource;
import org.gdlab.theory.gd.GdResult;
import org.gdlab.theory.momentum.MomentumResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabRunnerTest {
    /** Records the progress lines. */
    static final class Lines implements ProgressListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void start(String task, long total) {
            lines.add("start " + task + " " + total);
        }

        @Override
        public void advance(long done, String status) {
            lines.add(done + " " + status);
        }

        @Override
        public void finish(String summary) {
            lines.add("finish " + summary);
        }
    }

    @Test
    void aFailingStepIsRecordedAndTheOthersStillRun(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-folder");
        LabOptions options = new LabOptions(dir, true, DataSource.parse("mnist:" + missing), 1);
        Files.createDirectories(dir.resolve("overfit"));
        Files.writeString(dir.resolve("overfit").resolve(RunFolder.RESULTS), "{\"stale\": true}");
        Lines progress = new Lines();
        LabSummary s = LabRunner.run(options, List.of(LabStep.GD, LabStep.OVERFIT, LabStep.MOMENTUM), progress);

        assertEquals(3, s.steps().size());
        assertTrue(s.outcome(LabStep.GD).ok());
        assertNull(s.outcome(LabStep.GD).error());
        LabSummary.Outcome overfit = s.outcome(LabStep.OVERFIT);
        assertFalse(overfit.ok());
        assertTrue(overfit.error().contains(missing.toString()), overfit.error());
        assertFalse(Files.exists(dir.resolve("overfit").resolve(RunFolder.RESULTS)), "no stale results after a failure");
        assertTrue(s.outcome(LabStep.MOMENTUM).ok());

        assertEquals(5, progress.lines.size());
        assertTrue(progress.lines.get(1).matches("1 gd done in \\d+\\.\\d s \\(elapsed \\d+\\.\\d s\\); remaining: overfit, momentum"),
                progress.lines.get(1));
        assertTrue(progress.lines.get(2).startsWith("2 overfit FAILED: "), progress.lines.get(2));
        assertTrue(progress.lines.get(3).endsWith("remaining: nothing"), progress.lines.get(3));
        assertEquals("finish 3 steps in", progress.lines.get(4).substring(0, 17));

        LabSummary back = LabRunner.readSummary(dir);
        assertEquals(s.steps(), back.steps());
        GdResult gd = (GdResult) LabStep.GD.readResults(dir);
        assertEquals(1.0 / (5 + 0.05), gd.optimalEta(), 1e-12);
        MomentumResult momentum = (MomentumResult) LabStep.MOMENTUM.readResults(dir);
        assertEquals(0.1, momentum.config().parameters().beta());
    }

    @Test
    void theNoiseAndRidgeStepsReadBackAsTheirRecords(@TempDir Path dir) {
        LabOptions options = new LabOptions(dir, true, DataSource.parse("fashion-mnist"), 3);
        LabSummary s = LabRunner.run(options, List.of(LabStep.NOISE, LabStep.RIDGE), ProgressListener.SILENT);
        assertTrue(s.steps().stream().allMatch(LabSummary.Outcome::ok), s.toString());
        TheorySteps.NoiseResult noise = (TheorySteps.NoiseResult) LabStep.NOISE.readResults(dir);
        assertEquals(0.5, noise.identity().lambda(), 1e-12);
        assertEquals(2000, noise.scalar().config().trials());
        assertTrue(LabStep.RIDGE.readResults(dir) instanceof org.gdlab.theory.ridge.RidgeAnalysis);
    }

    @Test
    void aStepThatThrowsWithoutAMessageStillHasAnError() {
        assertEquals("java.lang.IllegalArgumentException", LabRunner.failure(new IllegalArgumentException()));
        assertEquals("eta = -1 is not allowed: must be > 0", LabRunner.failure(new IllegalArgumentException("eta = -1 is not allowed: must be > 0")));
        assertEquals("java.io.IOException: disk full", LabRunner.failure(new java.io.IOException("disk full")));
        assertEquals("java.lang.NullPointerException", LabRunner.failure(new NullPointerException()));
    }
}
