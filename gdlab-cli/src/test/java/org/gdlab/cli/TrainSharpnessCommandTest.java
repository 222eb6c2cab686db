package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.report.train.TrainCharts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gdlab train --track-sharpness} end to end, on generated blobs. */
class TrainSharpnessCommandTest {
    @TempDir
    static Path dir;
    static String data;

    /** 6-[5]-3 tanh: 6*5 + 5 + 5*3 + 3 = 53 parameters, so 53 Lanczos steps are exact. */
    private static final String STEPS = "53";

    @BeforeAll
    static void blobs() {
        data = BlobFiles.write(dir, 300, 6, 3, 1.5, 4).data();
    }

    private static String[] train(String out, String epochs, String... more) {
        String[] common = {"train", "--data", data, "--validation-size", "0", "--hidden", "5", "--activation", "tanh",
            "--init", "xavier", "--optim", "sgd", "--lr", "0.3", "--lr-decay", "0.7", "--reg", "0.001", "--batch", "60",
            "--epochs", epochs, "--quiet", "--out", dir.resolve(out).toString()};
        String[] all = java.util.Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    @Test
    void theSharpnessIsRecordedConfiguredChartedAndEqualToThatOfTheSavedRun() throws Exception {
        CliRun r = CliRun.of(train("tracked", "3", "--track-sharpness", "epoch", "--sharpness-examples", "40",
                "--sharpness-steps", STEPS));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("sharpness"), "the chart is listed: " + r.out());
        Path run = dir.resolve("tracked");
        JsonNode points = JsonFiles.read(run.resolve("results.json")).path("training").path("history").path("sharpness");
        assertEquals(4, points.size(), "at the start and after each of 3 epochs: " + points);
        for (int k = 0; k < 4; k++) {
            JsonNode p = points.get(k);
            assertEquals(5L * k, p.path("iteration").asLong(), "5 iterations of 60 per epoch");
            assertEquals(k, p.path("epoch").asDouble(), 0);
            double lr = 0.3 * Math.pow(0.7, Math.max(0, k - 1));
            assertEquals(lr, p.path("learning_rate").asDouble(), 1e-15);
            assertEquals(2 / lr, p.path("edge").asDouble(), 1e-12);
            assertTrue(p.path("lambda_max").asDouble() > 0);
        }
        JsonNode tracking = JsonFiles.read(run.resolve("config.json")).path("training").path("sharpness");
        assertEquals("{\"unit\":\"epochs\",\"every\":1,\"examples\":40,\"lanczos_steps\":53}", tracking.toString());
        assertTrue(Files.size(run.resolve("sharpness.png")) > 0 && Files.size(run.resolve("sharpness.svg")) > 0);
        // the charts are drawn from results.json, so a folder's charts can be drawn again from it alone
        byte[] drawn = Files.readAllBytes(run.resolve("sharpness.svg"));
        Files.delete(run.resolve("sharpness.svg"));
        Files.delete(run.resolve("loss.png"));
        assertEquals(java.util.List.of("loss", "accuracy", "gradient-norms", "sharpness"),
                TrainCharts.drawFolder(new RunFolder(run)));
        assertTrue(Files.exists(run.resolve("loss.png")));
        String clipIds = "_[0-9]+clip";
        assertEquals(new String(drawn, java.nio.charset.StandardCharsets.UTF_8).replaceAll(clipIds, "clip"),
                Files.readString(run.resolve("sharpness.svg")).replaceAll(clipIds, "clip"),
                "the same chart again (but for JFreeSVG's clip ids)");

        // gdlab sharpness on the saved run (its last parameters: no validation set) measures the last point
        CliRun saved = CliRun.of("sharpness", run.toString(), "--examples", "40", "--top", "1", "--lanczos-steps", STEPS,
                "--trace-probes", "0", "--density-probes", "0", "--json");
        assertEquals(0, saved.exitCode(), saved.err());
        double last = JsonFiles.mapper().readTree(saved.out()).path("spectrum").path("top").get(0).asDouble();
        assertEquals(last, points.get(3).path("lambda_max").asDouble(), 1e-9 * last);
        // and at initialization, a fresh net built as train builds it measures the first point
        CliRun fresh = CliRun.of("sharpness", "--data", data, "--validation-size", "0", "--hidden", "5", "--activation",
                "tanh", "--init", "xavier", "--reg", "0.001", "--examples", "40", "--top", "1", "--lanczos-steps", STEPS,
                "--trace-probes", "0", "--density-probes", "0", "--json");
        assertEquals(0, fresh.exitCode(), fresh.err());
        double first = JsonFiles.mapper().readTree(fresh.out()).path("spectrum").path("top").get(0).asDouble();
        assertEquals(first, points.get(0).path("lambda_max").asDouble(), 1e-9 * first);
    }

    @Test
    void trackingLeavesTheTrainingBitForBitAndResumeContinuesIt() {
        CliRun plain = CliRun.of(train("plain", "3"));
        CliRun straight = CliRun.of(train("straight", "3", "--track-sharpness", "2", "--sharpness-examples", "100"));
        CliRun half = CliRun.of(train("half", "2", "--track-sharpness", "2", "--sharpness-examples", "100"));
        CliRun more = CliRun.of("train", "--resume", dir.resolve("half").toString(), "--epochs", "3", "--quiet");
        for (CliRun r : new CliRun[] {plain, straight, half, more}) {
            assertEquals(0, r.exitCode(), r.err());
        }
        JsonNode a = JsonFiles.read(dir.resolve("plain/results.json")).path("training").path("history");
        JsonNode b = JsonFiles.read(dir.resolve("straight/results.json")).path("training").path("history");
        JsonNode c = JsonFiles.read(dir.resolve("half/results.json")).path("training").path("history");
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("epoch_seconds") && !e.getKey().equals("sharpness")) {
                assertEquals(e.getValue(), b.path(e.getKey()), e.getKey() + " is the same with and without tracking");
            }
        }
        assertEquals("[]", a.path("sharpness").toString());
        assertEquals(8, b.path("sharpness").size(), "at 0, 2, ..., 14 of 15 iterations");
        assertEquals(b.path("sharpness"), c.path("sharpness"), "the resumed run measured what the straight one did");
        assertEquals(JsonFiles.read(dir.resolve("plain/results.json")).path("accuracy"),
                JsonFiles.read(dir.resolve("straight/results.json")).path("accuracy"));
    }

    @Test
    void badTrackingIsOneLineAndExitCodeTwo() {
        CliRun.assertUsageError("train: --track-sharpness = 0 is not allowed: must be a number of iterations >= 1 or epoch",
                train("bad", "1", "--track-sharpness", "0"));
        CliRun.assertUsageError("train: --track-sharpness = soon is not allowed: must be a number of iterations >= 1 or "
                + "epoch", train("bad", "1", "--track-sharpness", "soon"));
        for (String adaptive : new String[] {"adam", "adamw", "rmsprop"}) {
            CliRun.assertUsageError("train: --optim = " + adaptive + "(lr=", "train", "--data", data, "--hidden", "5",
                    "--optim", adaptive, "--epochs", "1", "--track-sharpness", "5", "--out", dir.resolve("bad").toString());
        }
        CliRun.assertUsageError("train: --dropout = 0.2 is not allowed: must be 0 to track the sharpness",
                train("bad", "1", "--track-sharpness", "5", "--dropout", "0.2"));
        CliRun.assertUsageError("train: --batchnorm = true is not allowed", train("bad", "1", "--track-sharpness", "5",
                "--batchnorm"));
        CliRun.assertUsageError("train: --sharpness-examples = 0 is not allowed", train("bad", "1", "--track-sharpness",
                "5", "--sharpness-examples", "0"));
        CliRun.assertUsageError("train: --sharpness-steps = 0 is not allowed", train("bad", "1", "--track-sharpness",
                "5", "--sharpness-steps", "0"));
        CliRun.assertUsageError("train: --sharpness-examples needs --track-sharpness", train("bad", "1",
                "--sharpness-examples", "10"));
        assertTrue(!Files.exists(dir.resolve("bad/results.json")), "nothing trained");
    }

    @Test
    void trackingCannotChangeOnResume() {
        assertEquals(0, CliRun.of(train("fixed", "1")).exitCode());
        CliRun.assertUsageError("train: --track-sharpness = 3 is not allowed: cannot be combined with --resume", "train",
                "--resume", dir.resolve("fixed").toString(), "--epochs", "2", "--track-sharpness", "3");
    }
}
