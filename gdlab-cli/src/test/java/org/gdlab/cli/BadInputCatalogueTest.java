package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.io.RunFolderLock;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of issue 17: bad values and bad files for every command, each refused with exit
 * code 2 and one line on stderr naming what was wrong (no stack trace), before any work starts, and
 * without changing anything in the run folder it was pointed at. {@code {OUT}} in the arguments is
 * that folder (it holds a results.json of an earlier run); {@code {F}} is the folder of the bad files.
 */
class BadInputCatalogueTest {
    @TempDir
    static Path files;

    @TempDir
    Path out;

    @BeforeAll
    static void writeBadFiles() throws IOException {
        Files.writeString(files.resolve("nan.csv"), "1,2\nNaN,4\n3,1\n");
        Files.writeString(files.resolve("x3.csv"), "1,2\n3,4\n5,7\n");
        Files.writeString(files.resolve("y3.csv"), "1\n2\n3\n");
        Files.writeString(files.resolve("ragged.csv"), "1,2\n3\n");
        Files.writeString(files.resolve("empty.csv"), "# nothing\n\n");
        Files.writeString(files.resolve("words.csv"), "a,b\nc,d\n");
        Files.writeString(files.resolve("x.txt"), "1,2\n");
        Files.writeString(files.resolve("matrix.csv"), "1,2\n3,4\n");
        Files.writeString(files.resolve("knots.csv"), "0,1\n0.5,Infinity\n1,0\n");
        Files.writeString(files.resolve("broken.json"), "{\"axes\": {\"lr\": [0.1]");
        Files.writeString(files.resolve("unknown.yaml"), "axes: {lr: [0.1]}\nmetrics: train_loss\n");
        Files.write(files.resolve("garbage.npy"), "not numpy at all".getBytes(StandardCharsets.US_ASCII));
        NpyFile.write(files.resolve("good.npy"), MatrixF64.of(3, 1, 1, 2, 3));
        byte[] good = Files.readAllBytes(files.resolve("good.npy"));
        Files.write(files.resolve("truncated.npy"), java.util.Arrays.copyOf(good, good.length - 5));
        twoClasses(files.resolve("tiny-x.npy"), files.resolve("tiny-y.npy"), 20, 200, 1);
        Path cifar = Files.createDirectories(files.resolve("cifar"));
        byte[] record = new byte[3073];
        for (String batch : List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
                "data_batch_5.bin")) {
            Files.write(cifar.resolve(batch), record);
        }
        Files.write(cifar.resolve("test_batch.bin"), new byte[0]);
        Path mnist = Files.createDirectories(files.resolve("mnist"));
        for (String name : List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                "t10k-labels-idx1-ubyte")) {
            Files.write(mnist.resolve(name), new byte[] {0, 0, 0x0d, 3, 0, 0, 0, 1});
        }
    }

    /**
     * Writes an npy: data set of two classes, alternating, each row {@code N(shift * label, I)} in
     * {@code cols} dimensions; returns its {@code --data} source.
     */
    static String twoClasses(Path x, Path y, int rows, int cols, double shift) {
        RandomStream r = new RandomStream(4);
        MatrixF64 inputs = MatrixF64.zeros(rows, cols);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % 2;
            for (int j = 0; j < cols; j++) {
                inputs.set(i, j, r.normal() + shift * labels[i]);
            }
        }
        NpyFile.write(x, inputs);
        NpyFile.writeInts(y, labels);
        return "npy:" + x + "," + y;
    }

    private static String tiny() {
        return "npy:" + files.resolve("tiny-x.npy") + "," + files.resolve("tiny-y.npy");
    }

    private static Arguments bad(String expected, String... args) {
        return Arguments.of(String.join(" ", args), expected, args);
    }

    static Stream<Arguments> catalogue() {
        String f = files.toString();
        return Stream.of(
                // gd and momentum: step budgets, values, spectra from files
                bad("gd: --max-iter = 1000000000000 is not allowed: the analysis runs 4 recurrences", "gd", "--sigma2",
                        "1,1e-12", "--max-iter", "1000000000000", "--out", "{OUT}"),
                bad("gd: --sigma2", "gd", "--sigma2", "5,abc"),
                bad("gd: --eps = 2.0 is not allowed", "gd", "--sigma2", "5,0.05", "--eps", "2"),
                bad("gd: --eta = NaN is not allowed", "gd", "--sigma2", "5,0.05", "--eta", "NaN", "--out", "{OUT}"),
                bad("gd: --max-iter = 0 is not allowed", "gd", "--sigma2", "5", "--max-iter", "0"),
                bad("exactly one of --sigma2, --sigma or --matrix", "gd"),
                bad(f + "/nan.csv: the value at row 1, column 0 is NaN", "gd", "--matrix", f + "/nan.csv"),
                bad(f + "/garbage.npy: at byte 0: not a .npy file", "gd", "--matrix", f + "/garbage.npy"),
                bad(f + "/truncated.npy: at byte", "gd", "--sigma2", f + "/truncated.npy"),
                bad(f + "/ragged.csv: line 2, column 1: this row has 1 fields", "gd", "--matrix", f + "/ragged.csv"),
                bad(f + "/empty.csv: no rows of numbers", "gd", "--matrix", f + "/empty.csv"),
                bad("gd: --out = '' is not allowed: must name a folder", "gd", "--sigma2", "5", "--out", ""),
                bad("momentum: --max-iter = 100000000 is not allowed", "momentum", "--sigma2", "1,1e-12", "--max-iter",
                        "100000000", "--out", "{OUT}"),
                bad("momentum: --beta = 1.5 is not allowed", "momentum", "--sigma2", "5,0.05", "--beta", "1.5"),
                bad("momentum: --scan-points = 0 is not allowed", "momentum", "--sigma2", "5,0.05", "--scan-points", "0"),
                bad("momentum: --form = sideways is not allowed: must be one of [ema, heavy-ball]", "momentum",
                        "--sigma2", "5", "--form", "sideways"),
                // noise: counts and sizes against their cost
                bad("noise: --trials = 2147483647 is not allowed: the work must need at most 268435456 numbers", "noise",
                        "--trials", "2147483647", "--out", "{OUT}"),
                bad("noise: --trials x --steps = 100000000 x 100 = 10000000000 is not allowed", "noise", "--trials",
                        "100000000", "--steps", "100"),
                bad("noise: --rows x --cols = 100000 x 100000", "noise", "--rows", "100000", "--cols", "100000"),
                bad("noise: --x = 0.0 is not allowed", "noise", "--x", "0"),
                bad("noise: --eta = -1.0 is not allowed", "noise", "--eta", "-1"),
                bad("noise: --steps = 0 is not allowed", "noise", "--steps", "0"),
                bad("noise: --y = (missing) is not allowed", "noise", "--matrix", f + "/x3.csv"),
                bad("noise: --path-noise-vars = -1.0 is not allowed", "noise", "--path-noise-vars", "0.1,-1"),
                bad(f + "/nan.csv: the value at row 1, column 0 is NaN", "noise", "--matrix", f + "/nan.csv", "--y",
                        f + "/y3.csv"),
                // ridge
                bad("ridge: --threads = -1 is not allowed: must be in [1, 256]", "ridge", "--threads", "-1"),
                bad("ridge: --threads = 100000 is not allowed", "ridge", "--threads", "100000", "--bench"),
                bad("ridge: --rows x --cols = 100000 x 100000", "ridge", "--rows", "100000", "--cols", "100000"),
                bad("ridge: --rows squared (the kernel form's n x n system) = 100000 x 100000", "ridge", "--rows",
                        "100000", "--cols", "2", "--out", "{OUT}"),
                bad(f + "/nan.csv: the value at row 1, column 0 is NaN", "ridge", "--matrix", f + "/nan.csv", "--y",
                        f + "/y3.csv", "--out", "{OUT}"),
                bad("ridge: --min-seconds = Infinity is not allowed: must be in (0.0, 60.0]", "ridge", "--bench",
                        "--min-seconds", "Infinity", "--out", "{OUT}"),
                bad("ridge: --sizes = 0 is not allowed", "ridge", "--bench", "--sizes", "10,0"),
                bad("ridge: --sizes = 100000 is not allowed: must be in [1, 5000]", "ridge", "--bench", "--sizes", "100000"),
                bad("ridge: --min-seconds = 50.0 is not allowed: with 5 x 5 grid points", "ridge", "--bench",
                        "--min-seconds", "50"),
                bad("ridge: --lambda = -1.0 is not allowed", "ridge", "--lambda", "-1"),
                bad("file = " + f + "/x.txt is not allowed: a matrix file must end in .npy or .csv", "ridge", "--matrix",
                        f + "/x.txt", "--y", f + "/y3.csv"),
                bad("y is 3x1 but X is 2x2", "ridge", "--matrix", f + "/matrix.csv", "--y", f + "/y3.csv"),
                bad(f + "/words.csv: line 2, column 1: 'c' is not a number", "ridge", "--matrix", f + "/words.csv",
                        "--y", f + "/y3.csv"),
                // bench
                bad("gemm: --min-seconds = Infinity is not allowed: must be in (0.0, 60.0]", "bench", "gemm",
                        "--min-seconds", "Infinity"),
                bad("gemm: --min-seconds = 0.0 is not allowed", "bench", "gemm", "--min-seconds", "0"),
                bad("gemm: --threads = 0 is not allowed", "bench", "gemm", "--threads", "0"),
                bad("train: --epochs = 1000000000 is not allowed: must be in [1, 100]", "bench", "train", "--epochs",
                        "1000000000"),
                bad("train: --workload = c is not allowed", "bench", "train", "--workload", "c"),
                // data files of each format
                bad(f + "/cifar/test_batch.bin: at byte 0: the batch holds no records", "data", "--data",
                        "cifar10:" + f + "/cifar"),
                bad(f + "/mnist/train-images-idx3-ubyte", "data", "--data", "mnist:" + f + "/mnist"),
                bad("--data = nowhere:at:all is not allowed", "data", "--data", "nowhere:at:all"),
                bad("--validation-size = -1 is not allowed", "data", "--data", tiny(), "--validation-size", "-1"),
                // train: the sizes below it (the run helper owns the rest)
                bad("--hidden = 10x1000000 is not allowed: at most 1000 hidden layers", "train", "--data", tiny(),
                        "--hidden", "10x1000000", "--validation-size", "4"),
                bad("network size = ", "train", "--data", tiny(), "--hidden", "1000000", "--validation-size", "4",
                        "--epochs", "1", "--batch", "4"),
                bad("the run's history (iterations", "train", "--data", tiny(), "--hidden", "4", "--validation-size",
                        "4", "--batch", "1", "--epochs", "100000000"),
                bad("--activation = linear is not allowed: must be one of [relu, leaky-relu, tanh]", "train", "--data",
                        tiny(), "--activation", "linear"),
                bad("train: --out = '' is not allowed: must name a folder", "train", "--data", tiny(), "--out", ""),
                // linearize
                bad("linearize: --steps = 1000000000000 is not allowed: must be in [0, 10000000]", "linearize",
                        "--steps", "1000000000000", "--out", "{OUT}"),
                bad("linearize: --steps = 100000000 is not allowed", "linearize", "--steps", "100000000",
                        "--save-every", "1"),
                bad("linearize: --save-every = 1 is not allowed: must be >= --steps / 1000 = 1000", "linearize",
                        "--steps", "1000000", "--save-every", "1"),
                bad("linearize: --width x --depth = 100000 x 100 is not allowed", "linearize", "--width", "100000",
                        "--depth", "100"),
                bad("linearize: --method explicit = ", "linearize", "--method", "explicit", "--width", "3000", "--depth",
                        "3"),
                bad("linearize: --activation = linear is not allowed: must be one of [relu, leaky-relu, tanh]",
                        "linearize", "--activation", "linear"),
                bad("linearize: --threads = 1000 is not allowed: must be in [1, 256]", "linearize", "--threads", "1000"),
                bad(f + "/knots.csv: the value at row 1, column 1 is Infinity", "linearize", "--target",
                        "file:" + f + "/knots.csv", "--steps", "0"),
                bad("linearize: --train-range", "linearize", "--train-range", "1,-1"),
                bad("linearize: --samples = 1 is not allowed", "linearize", "--samples", "1"),
                bad("linearize: --inputs = 10 is not allowed: needs --model", "linearize", "--inputs", "10"),
                bad("bench: --cases 100000,100,100000: N = 100000 is not allowed", "linearize", "bench", "--cases",
                        "100000,100,100000"),
                bad("bench: --cases 100000,40,10000 = 390012200001 parameters is not allowed: a net may hold at most",
                        "linearize", "bench", "--cases", "100000,40,10000"),
                bad("bench: --cases 1,1,20000: N = 20000 is not allowed: must be in [1, 10000]", "linearize", "bench",
                        "--cases", "1,1,20000"),
                bad("bench: --cases 2000,30,10000: the Jacobian factors", "linearize", "bench", "--cases",
                        "2000,30,10000"),
                bad("bench: --cases = 1,2 is not allowed: each case must be W,D,N", "linearize", "bench", "--cases", "1,2"),
                bad("suite: --threads = 0 is not allowed", "linearize", "suite", "--threads", "0", "--out", "{OUT}"),
                // experiment and lab
                bad("experiment: NAME = nonsense is not allowed", "experiment", "nonsense", "--out", "{OUT}"),
                bad("experiment: --data = " + tiny() + " is not allowed: the experiment needs", "experiment", "init",
                        "--quick", "--data", tiny(), "--out", "{OUT}"),
                bad("experiment: --out = '' is not allowed", "experiment", "init", "--out", ""),
                bad("lab: --out = '' is not allowed", "lab", "--out", ""),
                // sweep: specs, axes and engines, all refused before any point runs
                bad("sweep: axis lr, value -2: lr = -2.0 is not allowed: must be > 0", "sweep", "--set", "data=" + tiny(),
                        "--axis", "lr=0.01,-2", "--out", "{OUT}"),
                bad("sweep: --axis name = lrate is not allowed: must be one of data, ", "sweep", "--axis", "lrate=1",
                        "--out", "{OUT}"),
                bad("sweep: --axis lr = [] is not allowed: an axis needs at least one value", "sweep", "--axis", "lr=",
                        "--out", "{OUT}"),
                bad("sweep: axis seed = 5..1 is not allowed: a range A..B needs A <= B", "sweep", "--axis", "seed=5..1",
                        "--out", "{OUT}"),
                bad("sweep: sample points = 5 is not allowed: must be <= the grid's 2 points", "sweep", "--set",
                        "data=" + tiny(), "--axis", "seed=0..1", "--sample", "5", "--out", "{OUT}"),
                bad("sweep: --parallel = 0 is not allowed: must be >= 1", "sweep", "--set", "data=" + tiny(), "--axis",
                        "seed=0..1", "--parallel", "0", "--out", "{OUT}"),
                bad("sweep: --engine = nosuch is not allowed: is not on the class path", "sweep", "--set", "data=" + tiny(),
                        "--axis", "seed=0..1", "--engine", "nosuch", "--out", "{OUT}"),
                bad("sweep: --master = spark://h:7077 is not allowed: is for a cluster engine", "sweep", "--set",
                        "data=" + tiny(), "--axis", "seed=0..1", "--master", "spark://h:7077", "--out", "{OUT}"),
                bad("sweep: --metric = speed is not allowed: must be one of validation_accuracy", "sweep", "--metric",
                        "speed", "--out", "{OUT}"),
                bad("sweep: base field epochs, value 1e9: epochs = 1e9 is not allowed: must be a whole number", "sweep",
                        "--set", "epochs=1e9", "--out", "{OUT}"),
                bad("sweep: " + f + "/broken.json: at byte 21 (line 1, column 22): not a sweep spec: Unexpected end-of-input",
                        "sweep", f + "/broken.json", "--out", "{OUT}"),
                bad("sweep: " + f + "/unknown.yaml: field metrics", "sweep", f + "/unknown.yaml", "--out", "{OUT}"),
                bad("sweep: " + f + "/nothere.yaml: no such file", "sweep", f + "/nothere.yaml", "--out", "{OUT}"),
                // picocli's own refusals
                bad("gd: Unknown options: '--sigma3', '1'", "gd", "--sigma3", "1"),
                bad("noise: Invalid value for option '--trials'", "noise", "--trials", "1e99"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedInOneLineBeforeTouchingTheFolder(String name, String expected, String[] args) throws IOException {
        Path folder = Files.createDirectories(out.resolve("run"));
        Files.writeString(folder.resolve("results.json"), "{\"from\": \"an earlier run\"}");
        Map<String, String> before = snapshot(folder);
        String[] resolved = Stream.of(args).map(a -> a.replace("{OUT}", folder.toString())).toArray(String[]::new);
        CliRun r = CliRun.assertUsageError(expected, resolved);
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(before, snapshot(folder), "the run folder is as it was");
    }

    @Test
    void theCatalogueCoversEveryCommandWithMoreThanSixtyCases() {
        List<Arguments> cases = catalogue().toList();
        assertTrue(cases.size() >= 60, cases.size() + " cases");
        List<String> commands = new ArrayList<>();
        for (Arguments a : cases) {
            commands.add(((String[]) a.get()[2])[0]);
        }
        for (String command : List.of("gd", "momentum", "noise", "ridge", "bench", "data", "train", "linearize",
                "experiment", "lab", "sweep")) {
            assertTrue(commands.contains(command), command);
        }
    }

    @Test
    void aSecondRunIntoAFolderAnotherRunIsWritingIsRefusedAndTheFolderKept() throws IOException {
        Path folder = Files.createDirectories(out.resolve("busy"));
        Files.writeString(folder.resolve("results.json"), "{\"from\": \"the first run\"}");
        Map<String, String> before = snapshot(folder);
        try (RunFolderLock first = RunFolderLock.acquire("--out", folder)) {
            for (String[] args : List.of(new String[] {"gd", "--sigma2", "5,0.05"}, new String[] {"ridge"},
                    new String[] {"noise", "--x", "2", "--steps", "5", "--trials", "10"},
                    new String[] {"linearize", "--steps", "0", "--samples", "10", "--width", "4", "--test-points", "10",
                        "--features", "2", "--batch", "5"})) {
                List<String> all = new ArrayList<>(List.of(args));
                all.addAll(List.of("--out", folder.toString()));
                CliRun r = CliRun.assertUsageError("--out = " + folder + " is not allowed: another gdlab run (pid "
                        + ProcessHandle.current().pid(), all.toArray(String[]::new));
                assertTrue(r.err().contains("is writing this folder"), r.err());
            }
        }
        assertEquals(before, snapshot(folder));
        CliRun after = CliRun.of("ridge", "--out", folder.toString());
        assertEquals(0, after.exitCode(), after.err());
    }

    @Test
    void aDivergedTrainingFinishesWithExitCodeThreeAndItsResults() throws IOException {
        CliRun r = CliRun.of("linearize", "--samples", "20", "--width", "8", "--test-points", "20", "--features", "2",
                "--batch", "10", "--steps", "200", "--save-every", "100", "--lr", "1e6", "--json");
        assertEquals(ExitCode.DIVERGED, r.exitCode(), r.err());
        assertEquals("diverged", JsonFiles.mapper().readTree(r.out()).at("/training/status").asText(), "the results");
        CliRun fine = CliRun.of("linearize", "--samples", "20", "--width", "8", "--test-points", "20", "--features", "2",
                "--batch", "10", "--steps", "20", "--save-every", "10");
        assertEquals(0, fine.exitCode(), fine.err());
        CliRun help = CliRun.of("--help");
        assertTrue(help.out().replaceAll("\\s+", " ").contains("3 finished, but the training or simulation diverged"),
                help.out());
    }

    @Test
    void noiseSaysWhereMeanAndSpreadDisagreeAndExitsThree() throws IOException {
        Path x = out.resolve("x.npy");
        Path y = out.resolve("y.npy");
        RandomStream r = new RandomStream(1);
        MatrixF64 m = MatrixF64.zeros(200, 30);
        r.fillNormal(m, 0, 1);
        MatrixF64 t = MatrixF64.zeros(200, 1);
        r.fillNormal(t, 0, 1);
        NpyFile.write(x, m);
        NpyFile.write(y, t);
        CliRun run = CliRun.of("noise", "--matrix", x.toString(), "--y", y.toString(), "--trials", "200",
                "--path-trials", "20", "--path-noise-vars", "0.5");
        assertEquals(ExitCode.DIVERGED, run.exitCode(), run.err());
        assertTrue(run.out().contains(": converges"), run.out());
        assertTrue(run.out().contains("DIVERGED in spread at step"), run.out());
        assertTrue(run.out().contains("mean and spread disagree"), run.out());
        assertTrue(run.out().contains("(spread; E[w_t] converges: mean and spread disagree)"), run.out());
    }

    /** The files of {@code dir} and their SHA-256, the run folder lock file aside (it is the lock, not a result). */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!p.getFileName().toString().equals(RunFolderLock.FILE)) {
                    files.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
