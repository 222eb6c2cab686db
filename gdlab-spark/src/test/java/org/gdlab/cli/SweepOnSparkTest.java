package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.sweep.WallTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gdlab sweep} end to end with gdlab-spark on the class path, as {@code ./gdlab} runs it. */
class SweepOnSparkTest {
    private static String[] sweep(String data, Path out, String... engine) {
        List<String> args = new ArrayList<>(List.of("sweep", "--set", "data=" + data, "--set", "validation_size=100",
                "--set", "hidden=16", "--set", "batch=25", "--set", "epochs=1", "--axis", "lr=1e-3,1e-2",
                "--axis", "seed=0..1", "--parallel", "2", "--quiet", "--out", out.toString()));
        args.addAll(List.of(engine));
        return args.toArray(String[]::new);
    }

    @Test
    void embeddedSparkGivesTheSweepJsonAndRunFoldersOfTheLocalEngine(@TempDir Path dir) throws Exception {
        String data = BlobFiles.write(dir, 400, 6, 3, 2.0, 4).data();
        CliRun local = CliRun.of(sweep(data, dir.resolve("local")));
        assertEquals(0, local.exitCode(), local.err());
        CliRun spark = CliRun.of(sweep(data, dir.resolve("spark"), "--engine", "spark"));
        assertEquals(0, spark.exitCode(), spark.err());
        assertTrue(spark.out().contains("sweep of 4 points: 4 completed"), spark.out());

        assertEquals(WallTimes.without(dir.resolve("local/sweep.json")), WallTimes.without(dir.resolve("spark/sweep.json")));
        List<Path> points;
        try (Stream<Path> s = Files.list(dir.resolve("local"))) {
            points = s.filter(Files::isDirectory).toList();
        }
        assertEquals(4, points.size(), points::toString);
        for (Path p : points) {
            Path results = p.resolve(RunFolder.RESULTS);
            assertEquals(WallTimes.without(results), WallTimes.without(dir.resolve("spark").resolve(p.getFileName())
                    .resolve(RunFolder.RESULTS)), p.getFileName().toString());
        }
    }

    /** Embedded Spark runs the points here, so a batch larger than the data is refused before any point runs. */
    @Test
    void embeddedSparkChecksTheDataBeforeAnyPointRuns(@TempDir Path dir) {
        String data = BlobFiles.write(dir, 400, 6, 3, 2.0, 4).data();
        String[] args = sweep(data, dir.resolve("s"), "--engine", "spark", "--set", "batch=5000");
        CliRun.assertUsageError("point lr=0.001_seed=0: batch = 5000 is not allowed: must be <= the", args);
        assertFalse(Files.exists(dir.resolve("s").resolve("sweep.json")), "nothing ran");
    }
}
