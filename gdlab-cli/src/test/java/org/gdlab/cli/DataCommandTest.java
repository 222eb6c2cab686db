package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gdlab.core.io.JsonFiles;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.KnownDataSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
    @TempDir
    Path dir;
    String source;


    /** The data settings these tests changed, as system properties (which win over the environment), with their values before. */
    final Map<String, String> before = new LinkedHashMap<>();

    void set(String name, String value) {
        before.putIfAbsent(name, System.getProperty(name));
        System.setProperty(name, value);
    }

    @AfterEach
    void restoreSettings() {
        before.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    /** No data set anywhere: the cache and the one system folder are empty folders of this test. */
    void noDataSets() {
        set("GDLAB_DATA", dir.resolve("cache").toString());
        set("GDLAB_DATA_PATHS", dir.resolve("system").toString());
    }

    @BeforeEach
    void numericDataSet() {
        Path x = dir.resolve("x.npy");
        NpyFile.write(x, MatrixF32.of(6, 2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        Path y = dir.resolve("y.npy");
        NpyFile.writeInts(y, new int[] {0, 1, 2, 0, 1, 2});
        source = "npy:" + x + "," + y;
    }

    @Test
    void printsTheFilesSizesAndClassCounts() {
        CliRun r = CliRun.of("data", "--data", source, "--validation-size", "2", "--train-size", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("source: " + source + "\n  " + dir.resolve("x.npy") + "  "), r.out());
        assertTrue(r.out().contains("2 features, 3 classes;"), r.out());
        assertTrue(r.out().contains("x.npy train                        3 examples  per class [1, 1, 1]"), r.out());
        assertTrue(r.out().contains("x.npy validation                   2 examples  per class [0, 1, 1]"), r.out());
        assertTrue(r.out().contains("x.npy test                         0 examples  per class [0, 0, 0]"), r.out());
    }

    @Test
    void jsonHasTheProvenance() throws Exception {
        CliRun r = CliRun.of("data", "--data", source, "--validation-size", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = JsonFiles.mapper().readTree(r.out());
        assertEquals(source, doc.get("source").asText());
        assertEquals(5, doc.get("sizes").get("train").asInt());
        assertEquals(64, doc.get("files").get(1).get("sha256").asText().length());
        assertEquals("[2, 2, 1]", doc.get("class_counts").get("x.npy train").toString().replace(",", ", "));
    }

    @Test
    void badInputIsOneLineOnStderrWithExitCode2() {
        CliRun unknown = CliRun.of("data", "--data", "imagenet");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("data: --data = imagenet is not allowed: use one of fashion-mnist, "), unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        CliRun tooMany = CliRun.of("data", "--data", source, "--validation-size", "2", "--train-size", "5");
        assertEquals(2, tooMany.exitCode());
        assertEquals("data: --train-size = 5 is not allowed: must be <= 4 (the 6 training examples of " + source
                + " minus the 2 taken for validation)\n", tooMany.err());
        CliRun missing = CliRun.of("data", "--data", "fashion-mnist:" + dir.resolve("none"));
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("apt-get install dataset-fashion-mnist"), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
    }

    @Test
    void listsEachKnownDataSetWhereItIsAndWhetherItVerifies() throws IOException {
        noDataSets();
        Path mnist = dir.resolve("system/mnist");
        Files.createDirectories(mnist);
        for (String name : KnownDataSet.MNIST.fileNames()) {
            Files.write(mnist.resolve(name), new byte[] {1, 2, 3});
        }
        Path cifar = dir.resolve("cache/cifar10");
        Files.createDirectories(cifar);
        for (String name : KnownDataSet.CIFAR10.fileNames()) {
            Files.write(cifar.resolve(name), new byte[0]);
        }
        CliRun r = CliRun.of("data");
        assertEquals(1, r.exitCode(), "a copy that does not verify fails the listing: " + r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("cache: " + dir.resolve("cache") + " ($GDLAB_DATA); then " + dir.resolve("system"), lines.get(0));
        assertEquals("fashion-mnist  not on this machine: gdlab data fetch fashion-mnist (about 30.9 MB from "
                + "fashion-mnist.s3-website.eu-central-1.amazonaws.com, then github.com)", lines.get(1));
        assertTrue(lines.get(2).startsWith("mnist          " + mnist + "  failed: train-images-idx3-ubyte.gz: SHA-256 of the "
                + "content is 039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81, expected "
                + "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db; "), lines.get(2));
        assertTrue(lines.get(3).startsWith("cifar10        " + cifar + "  unverified: no digest of the single files is published"),
                lines.get(3));
    }

    @Test
    void offlineAndAbsentIsOneLineNamingEveryPlaceLookedInAndTheWaysToGetIt() {
        noDataSets();
        set("GDLAB_OFFLINE", "0");
        CliRun r = CliRun.assertUsageError("data: --data = fashion-mnist: the data set was not found; looked in "
                + dir.resolve("cache/fashion-mnist") + " (no such folder), ", "data", "--data", "fashion-mnist", "--offline");
        assertTrue(r.err().contains(dir.resolve("system/fashion-mnist") + " (no such folder). To get it: run gdlab data fetch "
                + "fashion-mnist (commands that need it fetch it themselves unless given --offline or GDLAB_OFFLINE=1), "
                + "apt-get install dataset-fashion-mnist (Debian/Ubuntu, into /usr/share/datasets/fashion-mnist), or copy the 4 "
                + "files train-images-idx3-ubyte.gz, "), r.err());
        assertTrue(r.err().endsWith(" into " + dir.resolve("cache/fashion-mnist") + ".\n"), r.err());
        set("GDLAB_OFFLINE", "1");
        CliRun.assertUsageError("the data set was not found; looked in ", "train", "--data", "mnist", "--epochs", "1");
    }

    @Test
    void fetchNamesTheKnownDataSets() {
        CliRun.assertUsageError("NAME = imagenet is not allowed: must be one of fashion-mnist, mnist, cifar10",
                "data", "fetch", "imagenet");
    }

    /**
     * The done-when of a machine without the data: Debian's real Fashion-MNIST files served by a
     * server on 127.0.0.1 stand in for the internet (GDLAB_DATA_MIRROR); a command that needs the
     * data fetches it, verifies it against the real digests and reads it.
     */
    @Test
    void aMissingDataSetIsFetchedFromTheMirrorVerifiedAndRead() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = mirrorInsteadOfTheInternet(requests);
        try {
            CliRun r = CliRun.of("data", "--data", "fashion-mnist", "--validation-size", "1000", "--train-size", "500");
            assertEquals(0, r.exitCode(), r.err());
            Path cache = dir.resolve("cache/fashion-mnist");
            assertTrue(r.err().startsWith("fashion-mnist is not on this machine: fetching it into " + cache + " (about 30.9 MB from "
                    + "127.0.0.1:" + server.getAddress().getPort() + "; GDLAB_OFFLINE=1 forbids this)\n"), r.err());
            assertTrue(r.out().startsWith("source: fashion-mnist\n  " + cache.resolve("train-images-idx3-ubyte.gz") + "  26,421,856 bytes"),
                    r.out());
            assertEquals(4, requests.get());
            CliRun list = CliRun.of("data");
            assertEquals(0, list.exitCode(), list.out() + list.err());
            assertTrue(list.out().contains("fashion-mnist  " + cache + "  verified: 4 files match the published SHA-256 of their content"),
                    list.out());
            CliRun again = CliRun.of("data", "fetch", "fashion-mnist");
            assertEquals(0, again.exitCode(), again.err());
            assertEquals(4, requests.get(), "files that verify are kept");
            assertEquals("fashion-mnist: " + cache + " verified: 4 files match the published SHA-256 of their content\n", again.out());
            assertTrue(again.err().startsWith("fashion-mnist: into " + cache + " (about 30.9 MB from 127.0.0.1:"), again.err());
        } finally {
            server.stop(0);
        }
    }

    /**
     * A machine without data sets whose only mirror is a server on 127.0.0.1 serving Debian's
     * Fashion-MNIST files (counting the requests); skips where Debian's package is absent.
     */
    private HttpServer mirrorInsteadOfTheInternet(AtomicInteger requests) throws IOException {
        Path debian = DataLocator.DEBIAN_DATASETS.resolve("fashion-mnist");
        Assumptions.assumeTrue(KnownDataSet.FASHION_MNIST.filesIn(debian).isPresent() || "1".equals(System.getenv("GDLAB_REQUIRE_DATA")),
                "apt-get install dataset-fashion-mnist to run this test");
        HttpServer server = mirror(debian, requests);
        noDataSets();
        set("GDLAB_OFFLINE", "0");
        set("GDLAB_DATA_MIRROR", "http://127.0.0.1:" + server.getAddress().getPort() + "/");
        return server;
    }

    /** A server on 127.0.0.1 serving Debian's Fashion-MNIST files as a mirror would, counting the requests. */
    private static HttpServer mirror(Path debian, AtomicInteger requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Path file = DataLocator.DEBIAN_DATASETS.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            try (exchange) {
                if (!file.startsWith(debian) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, Files.size(file));
                try (OutputStream out = exchange.getResponseBody()) {
                    Files.copy(file, out);
                }
            }
        });
        server.start();
        return server;
    }

    /** gdlab sweep fetches the data its points need, as train does, before any point runs. */
    @Test
    void aSweepFetchesTheDataItsPointsNeed() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = mirrorInsteadOfTheInternet(requests);
        try {
            String[] sweep = {"sweep", "--set", "train_size=200", "--set", "validation_size=100", "--set", "epochs=1",
                "--set", "hidden=8", "--axis", "seed=0..1", "--quiet", "--out", dir.resolve("sweep").toString()};
            CliRun.assertUsageError("the data set was not found; looked in ", concat(sweep, "--offline"));
            assertEquals(0, requests.get());
            CliRun r = CliRun.of(sweep);
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("fashion-mnist is not on this machine: fetching it into " + dir.resolve("cache/fashion-mnist")),
                    r.err());
            assertEquals(4, requests.get());
            assertTrue(r.out().startsWith("sweep of 2 points: 2 completed"), r.out());
        } finally {
            server.stop(0);
        }
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
