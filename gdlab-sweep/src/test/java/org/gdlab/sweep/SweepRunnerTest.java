package org.gdlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
    /** 2 learning rates x 2 batches x 2 seeds of an Adam net on the blobs, 2 epochs. */
    static SweepSpec spec(Path csv) {
        return SweepSpec.EMPTY.withBase(new Assignment(Setting.DATA, "csv:" + csv))
                .withBase(new Assignment(Setting.VALIDATION_SIZE, "100")).withBase(new Assignment(Setting.HIDDEN, "8"))
                .withBase(new Assignment(Setting.EPOCHS, "2"))
                .withAxis(new Axis(Setting.LR, List.of("0.01", "0.03"))).withAxis(new Axis(Setting.BATCH, List.of("20", "25")))
                .withAxis(new Axis(Setting.SEED, List.of("0", "1")));
    }

    private static SweepRecord run(SweepSpec spec, Path out, int parallel, List<String> progress) {
        return SweepRunner.run(Optional.of(spec), SweepPlan.of(spec, out), out, new LocalEngine(parallel),
                (r, last) -> last.ifPresent(p -> progress.add(SweepRunner.progressLine(r, p))));
    }

    @Test
    void parallelOneAndTwoGiveTheSameSweepAndTheSameRunsButTheirTimes(@TempDir Path dir) throws Exception {
        SweepSpec spec = spec(PointRunnerTest.blobs(dir));
        List<String> progress = new ArrayList<>();
        SweepRecord one = run(spec, dir.resolve("one"), 1, progress);
        SweepRecord two = run(spec, dir.resolve("two"), 2, new ArrayList<>());
        assertEquals(8, one.count(PointStatus.COMPLETED));
        assertEquals(WallTimes.without(dir.resolve("one/sweep.json")), WallTimes.without(dir.resolve("two/sweep.json")));
        for (PointRecord p : one.points()) {
            assertEquals(WallTimes.without(dir.resolve("one").resolve(p.name()).resolve(RunFolder.RESULTS)),
                    WallTimes.without(dir.resolve("two").resolve(p.name()).resolve(RunFolder.RESULTS)), p.name());
        }
        assertEquals(one.ranking(), two.ranking());
        assertEquals(8, progress.size());
        assertTrue(progress.get(7).startsWith("[8/8] "), progress.get(7));
        assertTrue(progress.get(0).contains("; 7 to go"), progress.get(0));
        String best = one.best().orElseThrow();
        double bestAccuracy = one.point(best).metrics().validationAccuracy();
        one.points().forEach(p -> assertTrue(p.metrics().validationAccuracy() <= bestAccuracy, p.name()));
        JsonNode json = JsonFiles.read(dir.resolve("one/sweep.json"));
        assertEquals("lr=0.01_batch=20_seed=0", json.get("points").get(0).get("name").asText());
        assertEquals("completed", json.get("points").get(0).get("status").asText());
        assertEquals("validation_accuracy", json.get("metric").asText());
        assertEquals(best, json.get("best").asText());
    }

    @Test
    void aFailingAndADivergingPointAreRecordedWithTheirReasonAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path csv = PointRunnerTest.blobs(dir);
        SweepSpec spec = SweepSpec.EMPTY.withBase(new Assignment(Setting.DATA, "csv:" + csv))
                .withBase(new Assignment(Setting.VALIDATION_SIZE, "100")).withBase(new Assignment(Setting.HIDDEN, "8"))
                .withBase(new Assignment(Setting.EPOCHS, "2")).withBase(new Assignment(Setting.OPTIM, "sgd"))
                .withAxis(new Axis(Setting.LR, List.of("0.05", "1000000000")))
                .withAxis(new Axis(Setting.BATCH, List.of("25", "5000")));
        SweepRecord r = run(spec, dir.resolve("s"), 2, new ArrayList<>());
        PointRecord fine = r.point("lr=0.05_batch=25");
        PointRecord diverged = r.point("lr=1000000000_batch=25");
        PointRecord failed = r.point("lr=0.05_batch=5000");
        assertEquals(PointStatus.COMPLETED, fine.status(), fine.reason());
        assertEquals(PointStatus.DIVERGED, diverged.status(), diverged.reason());
        assertFalse(diverged.reason().isEmpty());
        assertEquals(PointStatus.FAILED, failed.status());
        assertTrue(failed.reason().contains("5000"), failed.reason());
        assertFalse(failed.reason().contains("\n"), failed.reason());
        assertNull(failed.metrics());
        assertEquals(List.of("lr=0.05_batch=25"), r.ranking(), "only completed points are ranked");
        assertEquals(4, r.finished());
    }

    @Test
    void aRerunSkipsFinishedPointsAndGivesTheSameSweep(@TempDir Path dir) throws Exception {
        SweepSpec spec = spec(PointRunnerTest.blobs(dir));
        Path out = dir.resolve("s");
        run(spec, out, 2, new ArrayList<>());
        JsonNode first = WallTimes.without(out.resolve("sweep.json"));
        SweepRecord again = run(spec, out, 1, new ArrayList<>());
        again.points().forEach(p -> assertEquals(0, p.seconds(), p.name() + " was read back, not run"));
        assertEquals(first, WallTimes.without(out.resolve("sweep.json")));
    }

    @Test
    void withABudgetThatHasRunOutOnlyTheFirstPointStartsTheOthersAreNotTried(@TempDir Path dir) throws Exception {
        SweepSpec spec = spec(PointRunnerTest.blobs(dir)).withBudgetSeconds(1e-9);
        SweepRecord r = run(spec, dir.resolve("s"), 1, new ArrayList<>());
        assertEquals(PointStatus.COMPLETED, r.points().get(0).status());
        assertEquals(7, r.count(PointStatus.NOT_TRIED));
        assertTrue(r.points().get(1).reason().contains("budget"), r.points().get(1).reason());
        assertFalse(Files.exists(dir.resolve("s").resolve(r.points().get(1).name())));
    }
}
