package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.core.random.RandomStream;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.optim.LrSchedule;
import org.gdlab.nn.optim.OptimizerConfig;
import org.gdlab.nn.optim.OptimizerKind;
import org.gdlab.nn.run.NetSpec;
import org.gdlab.nn.run.RunConfig;
import org.gdlab.nn.run.RunFolder;
import org.gdlab.nn.run.Stage;
import org.gdlab.nn.run.TrainRun;
import org.gdlab.nn.train.TrainConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
    @TempDir
    static Path data;

    /** Four Gaussian blobs in 10 dimensions: 700 training rows (200 for validation), 200 test rows. */
    @BeforeAll
    static void writeBlobs() {
        write("x.npy", "y.npy", 700, 1);
        write("xt.npy", "yt.npy", 200, 2);
    }

    private static void write(String inputs, String labels, int n, long seed) {
        RandomStream centres = new RandomStream(9);
        double[][] c = new double[4][10];
        for (double[] row : c) {
            for (int j = 0; j < 10; j++) {
                row[j] = 2 * centres.normal();
            }
        }
        RandomStream r = new RandomStream(seed);
        MatrixF64 x = MatrixF64.zeros(n, 10);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(4);
            for (int j = 0; j < 10; j++) {
                x.set(i, j, c[y[i]][j] + r.normal());
            }
        }
        NpyFile.write(data.resolve(inputs), x);
        NpyFile.writeInts(data.resolve(labels), y);
    }

    private static String source() {
        return "npy:" + data.resolve("x.npy") + "," + data.resolve("y.npy") + "," + data.resolve("xt.npy") + ","
                + data.resolve("yt.npy");
    }


    @Test
    void writesTheRunFolderAndLearns(@TempDir Path dir) {
        Path runDir = dir.resolve("run");
        CliRun r = CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "16x2", "--optim", "adam",
                "--lr", "1e-2", "--batch", "50", "--epochs", "3", "--seed", "1", "--out", runDir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("completed after 3 epochs, 30 iterations"), r.out());
        assertTrue(r.err().contains("epoch 3/3"), "the progress lines go to stderr: " + r.err());
        for (String f : new String[] {"config.json", "results.json", "checkpoint.bin", "loss.png", "loss.svg",
            "accuracy.png", "gradient-norms.svg"}) {
            assertTrue(Files.exists(runDir.resolve(f)), f);
        }
        JsonNode results = JsonFiles.read(runDir.resolve("results.json"));
        assertEquals("completed", results.path("status").asText());
        assertTrue(results.path("accuracy").path("test").asDouble() > 0.9, results.path("accuracy").toString());
        assertEquals(30, results.path("training").path("history").path("loss").size());
        assertEquals(3, results.path("training").path("history").path("layer_gradient_norms").size());
        assertEquals("[16,16]", JsonFiles.read(runDir.resolve("config.json")).path("network").path("hidden").toString());
        assertTrue(results.path("provenance").path("versions").path("blas").asText().contains("OpenBLAS"));
        assertTrue(r.err().contains("train acc (sample)"), "the progress bar says the train accuracy is a sample: " + r.err());
        assertTrue(r.out().contains("accuracy on the whole splits (best by validation accuracy, epoch "), r.out());
        assertEquals(3, results.path("epoch_train_loss").size());
    }

    @Test
    void theDefaultValidationSplitIsATenthAndTheNumericPreprocessingIsSaidAsItIs(@TempDir Path dir) {
        CliRun r = CliRun.of("train", "--data", source(), "--hidden", "8", "--epochs", "1", "--batch", "100", "--quiet",
                "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode data = JsonFiles.read(dir.resolve("results.json")).path("provenance").path("data");
        assertEquals(630, data.path("sizes").path("train").asInt());
        assertEquals(70, data.path("sizes").path("validation").asInt(), "a tenth of 700 training rows");
        assertTrue(data.path("validation_size").isNull());
        assertEquals("numeric features as read from the files (not scaled); the per-feature mean of the train split "
                + "subtracted from train, validation and test", data.path("preprocessing").asText());
    }

    @Test
    void quietPrintsNoProgressAndResumeContinuesTheSameRun(@TempDir Path dir) {
        Path straight = dir.resolve("straight");
        CliRun a = CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "8", "--epochs", "2",
                "--batch", "100", "--quiet", "--out", straight.toString());
        assertEquals(0, a.exitCode(), a.err());
        assertEquals("", a.err());
        JsonNode before = JsonFiles.read(straight.resolve("results.json"));
        CliRun again = CliRun.of("train", "--resume", straight.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.err());
        JsonNode after = JsonFiles.read(straight.resolve("results.json"));
        assertEquals(before.path("accuracy"), after.path("accuracy"));
        assertEquals(before.path("training").path("history").path("loss"), after.path("training").path("history").path("loss"));
        assertEquals(2, after.path("training").path("epochs_completed").asInt());
        CliRun conflict = CliRun.of("train", "--resume", straight.toString(), "--batch", "50");
        assertEquals(2, conflict.exitCode());
        assertTrue(conflict.err().startsWith("train: --batch = 50 is not allowed: cannot be combined with --resume"), conflict.err());
        CliRun measure = CliRun.of("train", "--resume", straight.toString(), "--accuracy-every", "5");
        assertEquals(2, measure.exitCode());
        assertTrue(measure.err().startsWith("train: --accuracy-every = 5 is not allowed: cannot be combined with --resume"),
                measure.err());
    }

    @Test
    void accuracyEveryRecordsTheSampleAccuracyInTheResultsAndTheConfig(@TempDir Path dir) {
        CliRun r = CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "8", "--epochs", "2",
                "--batch", "100", "--accuracy-every", "5", "--accuracy-sample", "50", "--quiet", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode history = JsonFiles.read(dir.resolve("results.json")).path("training").path("history");
        assertEquals("[5,10]", history.path("iteration_train_accuracy_at").toString(), "5 iterations per epoch, 2 epochs");
        assertEquals(history.path("train_accuracy"), history.path("iteration_train_accuracy"),
                "measured at the epochs' ends, they are the epochs' train accuracies");
        for (JsonNode a : history.path("iteration_train_accuracy")) {
            assertEquals(0, a.asDouble() * 50 % 1, 1e-9, "a fraction of the 50 examples of the sample: " + a);
        }
        JsonNode config = JsonFiles.read(dir.resolve("config.json"));
        assertEquals(5, config.path("training").path("accuracy_every").asInt());
        assertEquals(50, config.path("training").path("accuracy_sample").asInt());
        assertEquals(5, JsonFiles.read(dir.resolve("results.json")).path("config").path("training").path("accuracy_every").asInt());
        assertTrue(Files.exists(dir.resolve("accuracy.svg")));
    }

    @Test
    void resumeWithMoreEpochsContinuesAsIfTrainedStraight(@TempDir Path dir) {
        Path straight = dir.resolve("straight");
        Path extended = dir.resolve("extended");
        String[] common = {"--data", source(), "--validation-size", "200", "--hidden", "8", "--batch", "100", "--lr-decay",
            "0.8", "--accuracy-every", "3", "--quiet"};
        CliRun whole = CliRun.of(args(common, "train", "--epochs", "4", "--out", straight.toString()));
        assertEquals(0, whole.exitCode(), whole.err());
        CliRun half = CliRun.of(args(common, "train", "--epochs", "2", "--out", extended.toString()));
        assertEquals(0, half.exitCode(), half.err());
        CliRun more = CliRun.of("train", "--resume", extended.toString(), "--epochs", "4", "--quiet");
        assertEquals(0, more.exitCode(), more.err());
        assertTrue(more.out().contains("completed after 4 epochs, 20 iterations"), more.out());

        JsonNode expected = JsonFiles.read(straight.resolve("results.json"));
        JsonNode actual = JsonFiles.read(extended.resolve("results.json"));
        for (String h : new String[] {"loss", "gradient_norm", "layer_gradient_norms", "train_accuracy", "validation_accuracy", "validation_loss",
            "iteration_train_accuracy_at", "iteration_train_accuracy"}) {
            assertEquals(expected.path("training").path("history").path(h), actual.path("training").path("history").path(h), h);
        }
        assertEquals(6, actual.path("training").path("history").path("iteration_train_accuracy").size(), "floor(20 / 3)");
        assertEquals(expected.path("accuracy"), actual.path("accuracy"));
        assertEquals(expected.path("config"), actual.path("config"));
        JsonNode config = JsonFiles.read(extended.resolve("config.json"));
        assertEquals(4, config.path("training").path("epochs").asInt(), "config.json is rewritten with the new epochs");

        CliRun again = CliRun.of("train", "--resume", extended.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("completed after 4 epochs, 20 iterations"), "a later --resume sees 4: " + again.out());

        CliRun fewer = CliRun.of("train", "--resume", extended.toString(), "--epochs", "3");
        assertEquals(2, fewer.exitCode(), fewer.err());
        assertTrue(fewer.oneLineError(), fewer.err());
        assertEquals("train: --epochs = 3 is not allowed: must be >= the 4 epochs the run in " + extended + " has done",
                fewer.err().strip());
        assertEquals(4, JsonFiles.read(extended.resolve("config.json")).path("training").path("epochs").asInt(),
                "a refused --epochs leaves config.json alone");
        CliRun zero = CliRun.of("train", "--resume", extended.toString(), "--epochs", "0");
        assertEquals(2, zero.exitCode(), zero.err());
        assertTrue(zero.oneLineError() && zero.err().startsWith("train: --epochs = 0 is not allowed: must be >= 1"), zero.err());
    }

    /** The arguments {@code leading} followed by {@code common}. */
    private static String[] args(String[] common, String... leading) {
        String[] all = java.util.Arrays.copyOf(leading, leading.length + common.length);
        System.arraycopy(common, 0, all, leading.length, common.length);
        return all;
    }

    @Test
    void aDivergingRunIsReportedNotCrashed(@TempDir Path dir) {
        CliRun r = CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "16x2", "--optim", "sgd",
                "--lr", "1e7", "--batch", "50", "--epochs", "2", "--quiet", "--out", dir.toString());
        assertEquals(ExitCode.DIVERGED, r.exitCode(), r.err());
        assertTrue(r.out().contains(": diverged after "), r.out());
        assertTrue(r.out().contains("diverged: loss "), r.out());
        JsonNode results = JsonFiles.read(dir.resolve("results.json"));
        assertEquals("diverged", results.path("status").asText());
        JsonNode divergence = results.path("training").path("divergence");
        assertTrue(divergence.path("iteration").asLong() >= 0, divergence.toString());
        assertTrue(r.out().contains("diverged: loss ") && r.out().contains(" in iteration " + (divergence.path("iteration").asLong() + 1)
                + " (epoch "), r.out());
    }

    @Test
    void badOptionsGiveOneLineAndExitCodeTwo() {
        for (String[] args : new String[][] {
            {"train", "--optim", "lbfgs"}, {"train", "--lr", "-1"}, {"train", "--batch", "0"}, {"train", "--lr-decay", "1.5"},
            {"train", "--dropout", "1"}, {"train", "--init", "kaiming"}, {"train", "--precision", "float16"},
            {"train", "--hidden", "100*5"}, {"train", "--reg", "NaN"}, {"train", "--accuracy-every", "-1"},
            {"train", "--accuracy-sample", "0"}, {"train", "--threads", "0"}, {"train", "--threads", "65"},
            {"train", "--lr", "Infinity"}}) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("train: " + args[1] + " = "), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void benchTrainNamesTheThreadsOptionWhenThereAreMoreThanShards() {
        CliRun.assertUsageError("train: --threads = 65 is not allowed: must be <= 64", "bench", "train", "--threads", "65");
    }

    @Test
    void threadsSplitTheBatchReproduciblyAndAreSavedForResume(@TempDir Path dir) {
        JsonNode[] losses = new JsonNode[3];
        String[] threads = {"1", "2", "2"};
        for (int k = 0; k < 3; k++) {
            Path runDir = dir.resolve("run" + k);
            CliRun r = CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "16x2", "--dropout", "0.1",
                    "--batch", "50", "--epochs", "2", "--threads", threads[k], "--quiet", "--out", runDir.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertEquals(Integer.parseInt(threads[k]),
                    JsonFiles.read(runDir.resolve("config.json")).path("threads").asInt());
            losses[k] = JsonFiles.read(runDir.resolve("results.json")).path("training").path("history").path("loss");
        }
        assertEquals(losses[1], losses[2], "the same seed and threads give the same run");
        assertEquals(20, losses[0].size());
        CliRun conflict = CliRun.of("train", "--resume", dir.resolve("run1").toString(), "--threads", "1");
        assertEquals(2, conflict.exitCode());
        assertTrue(conflict.err().startsWith("train: --threads = 1 is not allowed: cannot be combined with --resume"),
                conflict.err());
        CliRun batchNorm = CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "16x2", "--batchnorm",
                "--batch", "50", "--epochs", "1", "--threads", "2", "--quiet");
        assertEquals(0, batchNorm.exitCode(), batchNorm.err());
    }

    @Test
    void anOutThatIsAFileFailsBeforeTraining(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "");
        CliRun.assertUsageError("train: --out = " + file + " is not allowed: cannot create the folder",
                "train", "--data", source(), "--out", file.toString());
    }

    @Test
    void aSavedOptionOfTheWrongTypeIsOneLineOnResume(@TempDir Path dir) throws Exception {
        CliRun a = CliRun.of("train", "--data", source(), "--validation-size", "0", "--hidden", "8", "--epochs", "1",
                "--batch", "100", "--quiet", "--out", dir.toString());
        assertEquals(0, a.exitCode(), a.err());
        assertTrue(a.out().contains("accuracy on the whole splits (last parameters): train ") && a.out().contains("  test ")
                && !a.out().contains("validation"), "no validation split, none printed: " + a.out());
        Path config = dir.resolve("config.json");
        Files.writeString(config, Files.readString(config).replace("\"batch_size\" : 100", "\"batch_size\" : \"ten\""));
        CliRun resumed = CliRun.of("train", "--resume", dir.toString(), "--epochs", "2");
        assertEquals(2, resumed.exitCode(), resumed.err());
        assertEquals("train: " + config + ": key training.batch_size = \"ten\" is not allowed: must be a whole number",
                resumed.err().strip());
    }

    /** results.json without its wall times, which are all a rerun may change. */
    static JsonNode withoutTimings(Path results) {
        com.fasterxml.jackson.databind.node.ObjectNode r = (com.fasterxml.jackson.databind.node.ObjectNode) JsonFiles.read(results);
        r.remove("timings");
        com.fasterxml.jackson.databind.node.ObjectNode t = (com.fasterxml.jackson.databind.node.ObjectNode) r.path("training");
        t.remove(java.util.List.of("train_seconds", "seconds"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) t.path("history")).remove("epoch_seconds");
        return r;
    }

    @Test
    void theLibraryAndTheCommandLineMakeTheSameResultsOfTheSameConfig(@TempDir Path dir) {
        Path cli = dir.resolve("cli");
        CliRun r = CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "8,8", "--optim", "momentum",
                "--lr", "0.05", "--schedule", "cosine", "--warmup", "1", "--batch", "50", "--epochs", "3", "--threads", "2",
                "--accuracy-every", "4", "--standardize", "--quiet", "--out", cli.toString());
        assertEquals(0, r.exitCode(), r.err());
        RunConfig config = RunConfig.builder(DataSource.parse(source()))
                .data(DataConfig.of(DataSource.parse(source())).withValidationSize(200).withStandardize(true))
                .network(NetSpec.relu(8, 8))
                .optimizer(new OptimizerConfig(OptimizerKind.MOMENTUM, 0.05, 0.9))
                .training(TrainConfig.of(50, 3, 0).withSchedule(new LrSchedule.Cosine().withWarmup(1)).withAccuracyEvery(4))
                .threads(2).build();
        assertEquals(config, new RunFolder(cli).readConfig(), "the flags make the record a Java user builds");
        Path lib = dir.resolve("lib");
        TrainRun.run(config, ProgressListener.SILENT, new RunFolder(lib));
        assertEquals(JsonFiles.toJson(withoutTimings(cli.resolve("results.json"))),
                JsonFiles.toJson(withoutTimings(lib.resolve("results.json"))));
    }

    @Test
    void resumeBranchesIntoANewFolderWithANewStageAndRefusesANewNetwork(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        Path branch = dir.resolve("branch");
        String[] common = {"--data", source(), "--validation-size", "200", "--hidden", "8", "--batch", "100", "--quiet"};
        assertEquals(0, CliRun.of(args(common, "train", "--epochs", "2", "--out", base.toString())).exitCode());
        byte[] before = Files.readAllBytes(base.resolve("results.json"));
        byte[] checkpoint = Files.readAllBytes(base.resolve("checkpoint.bin"));
        CliRun b = CliRun.of("train", "--resume", base.toString(), "--out", branch.toString(), "--epochs", "4",
                "--optim", "sgd", "--lr", "0.1", "--schedule", "step:0.5");
        assertEquals(0, b.exitCode(), b.err());
        assertTrue(b.out().contains("stages: epochs 1-2 adam(lr=0.001"), b.out());
        assertTrue(b.out().contains("; epochs 3-4 sgd(lr=0.1) step:0.5"), b.out());
        assertArrayEquals(before, Files.readAllBytes(base.resolve("results.json")), "the branched run is untouched");
        assertArrayEquals(checkpoint, Files.readAllBytes(base.resolve("checkpoint.bin")));
        JsonNode results = JsonFiles.read(branch.resolve("results.json"));
        assertEquals(2, results.path("stages").size());
        assertEquals(2, results.path("stages").get(1).path("from_epoch").asInt());
        assertEquals(4, results.path("stages").get(1).path("to_epoch").asInt());
        assertEquals("sgd(lr=0.1)", results.path("stages").get(1).path("rule").asText());
        assertEquals(20, results.path("training").path("history").path("loss").size());
        assertEquals(JsonFiles.read(base.resolve("results.json")).path("training").path("history").path("loss").get(9),
                results.path("training").path("history").path("loss").get(9), "the first two epochs are the base run's");
        assertEquals(4, results.path("epoch_train_loss").size());
        RunConfig saved = new RunFolder(branch).readConfig();
        assertEquals(java.util.List.of(new Stage(2, new OptimizerConfig(OptimizerKind.SGD, 0.1, 0.9),
                LrSchedule.stepDecay(0.5))), saved.stages());

        JsonNode finished = withoutTimings(branch.resolve("results.json"));
        CliRun again = CliRun.of("train", "--resume", branch.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(finished, withoutTimings(branch.resolve("results.json")), "resuming a finished run changes nothing");
        CliRun.assertUsageError("train: --hidden = 16 is not allowed: cannot be combined with --resume (the network, the "
                + "data and the training of " + base.resolve("config.json") + " cannot change)",
                "train", "--resume", base.toString(), "--hidden", "16");
    }

    @Test
    void evaluateAndPredictUseTheSavedRunAsTrainingLeftIt(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        assertEquals(0, CliRun.of("train", "--data", source(), "--validation-size", "200", "--hidden", "8", "--epochs", "2",
                "--batch", "100", "--quiet", "--out", run.toString()).exitCode());
        JsonNode accuracy = JsonFiles.read(run.resolve("results.json")).path("accuracy");
        CliRun e = CliRun.of("evaluate", run.toString(), "--split", "test", "--json");
        assertEquals(0, e.exitCode(), e.err());
        JsonNode metrics = JsonFiles.mapper().readTree(e.out());
        assertEquals(accuracy.path("test").asDouble(), metrics.path("accuracy").asDouble());
        assertEquals(200, metrics.path("examples").asInt());
        assertTrue(metrics.path("loss").asDouble() > 0 && Double.isFinite(metrics.path("loss").asDouble()), metrics.toString());
        CliRun v = CliRun.of("evaluate", run.toString(), "--split", "validation");
        assertTrue(v.out().contains(String.format(java.util.Locale.ROOT, "accuracy %.4f", accuracy.path("validation").asDouble())),
                v.out());

        Path probabilities = dir.resolve("p.csv");
        CliRun p = CliRun.of("predict", run.toString(), "--input", data.resolve("xt.npy").toString(), "--out",
                probabilities.toString());
        assertEquals(0, p.exitCode(), p.err());
        org.gdlab.core.matrix.MatrixF64 m = org.gdlab.core.io.CsvMatrix.read(probabilities);
        int[] labels = org.gdlab.core.io.NpyFile.read(data.resolve("yt.npy")).toInts();
        assertEquals(200, m.rows());
        assertEquals(4, m.cols());
        int right = 0;
        for (int i = 0; i < m.rows(); i++) {
            double sum = 0;
            int best = 0;
            for (int j = 0; j < 4; j++) {
                sum += m.get(i, j);
                best = m.get(i, j) > m.get(i, best) ? j : best;
            }
            assertEquals(1, sum, 1e-9);
            right += best == labels[i] ? 1 : 0;
        }
        assertEquals(accuracy.path("test").asDouble(), right / 200.0, 1e-12, "the argmax of the probabilities is the prediction");
        CliRun.assertUsageError("evaluate: --split = dev is not allowed: must be one of [train, validation, test]",
                "evaluate", run.toString(), "--split", "dev");
    }

    @Test
    void oneCsvWithItsLabelsTrainsAndItsLabelColumnIsPartOfTheRun(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("x0,kind,x1\n");
        RandomStream r = new RandomStream(3);
        for (int i = 0; i < 300; i++) {
            int y = i % 2;
            csv.append(String.format(java.util.Locale.ROOT, "%f,%d,%f%n", 4 * y + r.normal(), y, -4 * y + r.normal()));
        }
        Path file = Files.writeString(dir.resolve("points.csv"), csv);
        Path out = dir.resolve("run");
        CliRun t = CliRun.of("train", "--data", "csv:" + file, "--label-column", "kind", "--hidden", "8", "--batch", "30",
                "--epochs", "3", "--lr", "1e-2", "--quiet", "--out", out.toString());
        assertEquals(0, t.exitCode(), t.err());
        JsonNode results = JsonFiles.read(out.resolve("results.json"));
        assertEquals("csv:" + file + ",label=kind", results.path("config").path("data").path("source").asText());
        assertEquals(270, results.path("provenance").path("data").path("sizes").path("train").asInt());
        assertEquals(2, results.path("provenance").path("data").path("features").asInt(), "x0 and x1; kind is the label");
        assertTrue(results.path("accuracy").path("validation").asDouble() > 0.9, results.path("accuracy").toString());
        CliRun.assertUsageError("train: --label-column = kinds is not allowed: must be one of the header's names "
                + "[x0, kind, x1] or an index in [0, 2] of " + file, "train", "--data", "csv:" + file, "--label-column",
                "kinds", "--quiet");
        CliRun.assertUsageError("train: --label-column = 1 is not allowed: needs --data csv:FILE", "train",
                "--label-column", "1");
    }
}
