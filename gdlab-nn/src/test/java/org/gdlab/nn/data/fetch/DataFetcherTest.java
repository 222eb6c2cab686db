package org.gdlab.nn.data.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.nn.data.DataConfig;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.DataSource;
import org.gdlab.nn.data.DataSplits;
import org.gdlab.nn.data.KnownDataSet;
import org.gdlab.nn.data.TestFiles;
import org.gdlab.nn.data.fetch.LoopbackServer.Mode;
import org.gdlab.nn.data.fetch.LoopbackServer.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetcher against a server on 127.0.0.1 serving small generated MNIST-format and CIFAR-10
 * files, with a catalogue of their digests: success, resume, a wrong digest, a stalled server and
 * mirror fallback. Every wait is bounded (a read timeout of 2 s, at most 5 s of stall).
 */
class DataFetcherTest {
    private static final FetchSettings QUICK = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 2);
    private static final int TRAIN = 30;
    private static final int TEST = 10;

    @TempDir
    Path dir;
    LoopbackServer server;
    final List<String> notes = new ArrayList<>();
    /** The uncompressed files of the generated MNIST, in the order of {@link KnownDataSet#fileNames()}. */
    final List<byte[]> mnist = List.of(TestFiles.idxImages(TRAIN, 28, 28), TestFiles.idxLabels(TestFiles.cyclicLabels(TRAIN)),
            TestFiles.idxImages(TEST, 28, 28), TestFiles.idxLabels(TestFiles.cyclicLabels(TEST)));

    @BeforeEach
    void start() {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Serves the generated MNIST, gzipped, under {@code /FOLDER/}; the one file named gets {@code mode}. */
    private void serveMnist(String folder, String special, Mode mode) {
        for (int i = 0; i < 4; i++) {
            String name = KnownDataSet.MNIST.fileNames().get(i);
            server.put("/" + folder + "/" + name, TestFiles.gzip(mnist.get(i)), name.equals(special) ? mode : Mode.SERVE);
        }
    }

    /** A catalogue whose MNIST is the generated one (digests of the uncompressed bytes) from these mirrors. */
    private DataCatalogue catalogue(List<URI> mnistMirrors, URI cifarMirror, String cifarSha256) {
        Map<KnownDataSet, DataRelease> releases = new EnumMap<>(KnownDataSet.class);
        List<RemoteFile> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            files.add(new RemoteFile(KnownDataSet.MNIST.fileNames().get(i), mnist.get(i).length,
                    TestFiles.sha256(mnist.get(i)), Digest.CONTENT));
        }
        releases.put(KnownDataSet.MNIST, new DataRelease(KnownDataSet.MNIST, mnistMirrors, files, Optional.empty()));
        releases.put(KnownDataSet.FASHION_MNIST, DataCatalogue.REAL.release(KnownDataSet.FASHION_MNIST)
                .withMirrors(List.of(server.base("none"))));
        releases.put(KnownDataSet.CIFAR10, new DataRelease(KnownDataSet.CIFAR10, List.of(cifarMirror),
                List.of(new RemoteFile("cifar-10-binary.tar.gz", 1000, cifarSha256, Digest.FILE)),
                Optional.of("cifar-10-batches-bin")));
        return new DataCatalogue(releases);
    }

    private DataFetcher fetcher(DataCatalogue catalogue) {
        return new DataFetcher(catalogue, QUICK, ProgressListener.SILENT, notes::add);
    }

    private DataCatalogue mnistFrom(URI... mirrors) {
        return catalogue(List.of(mirrors), server.base("cifar"), "0".repeat(64));
    }

    @Test
    void fetchesEveryFileAndTheReaderReadsThemEndToEnd() {
        serveMnist("a", "", Mode.SERVE);
        Path folder = dir.resolve("cache/mnist");
        DataCatalogue catalogue = mnistFrom(server.base("a"));
        assertEquals(folder, fetcher(catalogue).fetch(KnownDataSet.MNIST, folder));
        for (String name : KnownDataSet.MNIST.fileNames()) {
            assertTrue(Files.isRegularFile(folder.resolve(name)), name);
            assertFalse(Files.exists(folder.resolve(name + ".part")), name);
        }
        assertEquals(DataCheck.Verdict.VERIFIED, DataCheck.of(catalogue, KnownDataSet.MNIST, folder).verdict());
        DataLocator locator = new DataLocator(Optional.of(dir.resolve("cache")), dir.resolve("home"), List.of());
        DataSplits s = DataSplits.load(DataConfig.of(DataSource.parse("mnist")).withValidationSize(5), locator);
        assertEquals(25, s.train().size());
        assertEquals(5, s.validation().size());
        assertEquals(784, s.train().features());
        assertArrayEquals(TestFiles.cyclicLabels(TEST), s.test().labels());
        float mean = 0;
        for (int i = 0; i < 25; i++) {
            mean += TestFiles.pixel(i, 400) / 255f / 25;
        }
        assertEquals(TestFiles.pixel(3, 400) / 255f - mean, s.test().inputs().get(3, 400), 1e-6);
        assertEquals(4, server.requests().size());
    }

    @Test
    void aVerifiedCopyIsKeptAndAWrongOneMovedAsideAndFetchedAgain() throws IOException {
        serveMnist("a", "", Mode.SERVE);
        Path folder = dir.resolve("mnist");
        DataFetcher fetcher = fetcher(mnistFrom(server.base("a")));
        fetcher.fetch(KnownDataSet.MNIST, folder);
        fetcher.fetch(KnownDataSet.MNIST, folder);
        assertEquals(4, server.requests().size(), "the second fetch downloads nothing");
        Path labels = folder.resolve("t10k-labels-idx1-ubyte.gz");
        Files.write(labels, TestFiles.gzip(TestFiles.idxLabels(1, 2, 3)));
        fetcher.fetch(KnownDataSet.MNIST, folder);
        assertEquals(5, server.requests().size());
        assertArrayEquals(TestFiles.gzip(mnist.get(3)), Files.readAllBytes(labels));
        assertArrayEquals(TestFiles.gzip(TestFiles.idxLabels(1, 2, 3)),
                Files.readAllBytes(folder.resolve("t10k-labels-idx1-ubyte.gz.rejected")));
        assertTrue(notes.get(0).contains("moved aside"), notes.toString());
    }

    @Test
    void aDownloadThatStopsHalfWayIsResumedWithARangeRequest() throws IOException {
        String name = "train-images-idx3-ubyte.gz";
        serveMnist("a", name, Mode.HALF_ONCE);
        Path folder = dir.resolve("mnist");
        fetcher(mnistFrom(server.base("a"))).fetch(KnownDataSet.MNIST, folder);
        int half = TestFiles.gzip(mnist.get(0)).length / 2;
        List<Request> images = server.requests().stream().filter(r -> r.path().endsWith(name)).toList();
        assertEquals(List.of(new Request("/a/" + name, null), new Request("/a/" + name, "bytes=" + half + "-")), images);
        assertArrayEquals(TestFiles.gzip(mnist.get(0)), Files.readAllBytes(folder.resolve(name)));
        assertTrue(notes.get(0).contains("attempt 2 of 2 resumes from byte " + half), notes.toString());
    }

    @Test
    void aPartialFileLeftByAnEarlierRunIsResumed() throws IOException {
        serveMnist("a", "", Mode.SERVE);
        Path folder = dir.resolve("mnist");
        byte[] images = TestFiles.gzip(mnist.get(0));
        TestFiles.write(folder, "train-images-idx3-ubyte.gz.part", java.util.Arrays.copyOf(images, 100));
        fetcher(mnistFrom(server.base("a"))).fetch(KnownDataSet.MNIST, folder);
        assertEquals("bytes=100-", server.requests().get(0).range());
        assertArrayEquals(images, Files.readAllBytes(folder.resolve("train-images-idx3-ubyte.gz")));
    }

    @Test
    void aServerThatIgnoresTheRangeReplacesThePartialFile() throws IOException {
        String name = "t10k-images-idx3-ubyte.gz";
        serveMnist("a", name, Mode.IGNORE_RANGE);
        Path folder = dir.resolve("mnist");
        TestFiles.write(folder, name + ".part", new byte[] {1, 2, 3});
        fetcher(mnistFrom(server.base("a"))).fetch(KnownDataSet.MNIST, folder);
        assertArrayEquals(TestFiles.gzip(mnist.get(2)), Files.readAllBytes(folder.resolve(name)));
    }

    @Test
    void aFileWithAnotherDigestIsKeptAsideNeverUsedAndTheErrorNamesBothDigests() {
        byte[] corrupt = mnist.get(1).clone();
        corrupt[20] = 9;
        serveMnist("a", "", Mode.SERVE);
        server.put("/a/train-labels-idx1-ubyte.gz", TestFiles.gzip(corrupt), Mode.SERVE);
        Path folder = dir.resolve("mnist");
        DataFetchException e = assertThrows(DataFetchException.class,
                () -> fetcher(mnistFrom(server.base("a"))).fetch(KnownDataSet.MNIST, folder));
        Path aside = folder.resolve("train-labels-idx1-ubyte.gz.rejected");
        assertEquals("mnist: could not fetch train-labels-idx1-ubyte.gz into " + folder + " from any mirror: "
                + server.base("a") + "train-labels-idx1-ubyte.gz: train-labels-idx1-ubyte.gz: SHA-256 of the content is "
                + TestFiles.sha256(corrupt) + ", expected " + TestFiles.sha256(mnist.get(1)) + "; the download is kept aside as "
                + aside + " and not used", e.getMessage());
        assertTrue(Files.isRegularFile(aside));
        assertFalse(Files.exists(folder.resolve("train-labels-idx1-ubyte.gz")));
        assertTrue(KnownDataSet.MNIST.missingIn(folder).contains("train-labels-idx1-ubyte.gz"));
    }

    @Test
    void aStalledMirrorTimesOutAndTheNextOneIsTried() {
        String name = "train-images-idx3-ubyte.gz";
        serveMnist("slow", name, Mode.STALL);
        serveMnist("b", "", Mode.SERVE);
        Path folder = dir.resolve("mnist");
        DataFetcher fetcher = new DataFetcher(mnistFrom(server.base("slow"), server.base("b")),
                new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 1), ProgressListener.SILENT, notes::add);
        fetcher.fetch(KnownDataSet.MNIST, folder);
        assertEquals(KnownDataSet.MNIST.fileNames(), KnownDataSet.MNIST.fileNames().stream()
                .filter(n -> Files.isRegularFile(folder.resolve(n))).toList());
        assertTrue(notes.get(0).startsWith(name + ": " + server.base("slow") + name + " failed (no data for 2.0 s "
                + "after 10 bytes (timed out) (1 attempts)); trying " + server.base("b")), notes.toString());
    }

    @Test
    void aMissingFileFallsBackToTheNextMirrorAndAllFailingIsOneError() {
        serveMnist("b", "", Mode.SERVE);
        Path folder = dir.resolve("mnist");
        fetcher(mnistFrom(server.base("a"), server.base("b"))).fetch(KnownDataSet.MNIST, folder);
        assertEquals(8, server.requests().size(), "each file asked of a first (404), then of b");
        assertTrue(notes.get(0).contains("failed (HTTP 404); trying " + server.base("b")), notes.toString());
        Path elsewhere = dir.resolve("other");
        DataFetchException e = assertThrows(DataFetchException.class,
                () -> fetcher(mnistFrom(server.base("a"), server.base("c"))).fetch(KnownDataSet.MNIST, elsewhere));
        assertEquals("mnist: could not fetch train-images-idx3-ubyte.gz into " + elsewhere + " from any mirror: "
                + server.base("a") + "train-images-idx3-ubyte.gz: HTTP 404; " + server.base("c")
                + "train-images-idx3-ubyte.gz: HTTP 404", e.getMessage());
    }

    @Test
    void cifarIsUnpackedFromItsVerifiedArchiveAndReadEndToEnd() throws Exception {
        Path made = dir.resolve("made/cifar-10-batches-bin");
        for (int b = 0; b < 5; b++) {
            TestFiles.write(made, "data_batch_" + (b + 1) + ".bin", TestFiles.cifarBatch(3 * b, b, b + 1, b + 2));
        }
        TestFiles.write(made, "test_batch.bin", TestFiles.cifarBatch(100, 9, 8));
        TestFiles.write(made, "batches.meta.txt", "airplane\nautomobile\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Path archive = dir.resolve("made/cifar-10-binary.tar.gz");
        Process tar = new ProcessBuilder("tar", "czf", archive.toString(), "-C", dir.resolve("made").toString(),
                "cifar-10-batches-bin").redirectErrorStream(true).start();
        assertEquals(0, tar.waitFor(), new String(tar.getInputStream().readAllBytes()));
        byte[] bytes = Files.readAllBytes(archive);
        server.put("/c/cifar10/cifar-10-binary.tar.gz", bytes, Mode.SERVE);
        DataCatalogue catalogue = catalogue(List.of(server.base("a")), server.base("c").resolve("cifar10/"), TestFiles.sha256(bytes));
        Path folder = dir.resolve("cache/cifar10");
        fetcher(catalogue).fetch(KnownDataSet.CIFAR10, folder);
        assertFalse(Files.exists(folder.resolve("cifar-10-binary.tar.gz")), "the archive is removed once unpacked");
        assertFalse(Files.exists(folder.resolve("batches.meta.txt")));
        assertEquals(DataCheck.Verdict.VERIFIED, DataCheck.of(catalogue, KnownDataSet.CIFAR10, folder).verdict());
        assertEquals(TestFiles.sha256(TestFiles.cifarBatch(100, 9, 8)) + "  test_batch.bin",
                Files.readAllLines(folder.resolve(DataCheck.MANIFEST)).get(5));
        DataSplits s = DataSplits.load(DataConfig.of(DataSource.parse("cifar10:" + folder)).withValidationSize(0),
                new DataLocator(Optional.empty(), dir, List.of()));
        assertArrayEquals(new int[] {0, 1, 2, 1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6}, s.train().labels());
        assertArrayEquals(new int[] {9, 8}, s.test().labels());
        float mean = 0;
        for (int i = 0; i < 15; i++) {
            mean += TestFiles.pixel(i, 2048) / 255f / 15;
        }
        assertEquals(TestFiles.pixel(101, 2048) / 255f - mean, s.test().inputs().get(1, 2048), 1e-6);

        Files.write(folder.resolve("data_batch_2.bin"), TestFiles.cifarBatch(0, 1, 1, 1));
        DataCheck changed = DataCheck.of(catalogue, KnownDataSet.CIFAR10, folder);
        assertEquals(DataCheck.Verdict.FAILED, changed.verdict());
        assertEquals("data_batch_2.bin: SHA-256 of the content is " + TestFiles.sha256(TestFiles.cifarBatch(0, 1, 1, 1))
                + ", expected " + TestFiles.sha256(TestFiles.cifarBatch(3, 1, 2, 3)), changed.detail());
    }

    @Test
    void cifarCopiedByHandCannotBeVerified() {
        Path folder = dir.resolve("cifar10");
        for (String name : KnownDataSet.CIFAR10.fileNames()) {
            TestFiles.write(folder, name, TestFiles.cifarBatch(0, 1));
        }
        DataCheck check = DataCheck.of(DataCatalogue.REAL, KnownDataSet.CIFAR10, folder);
        assertEquals(DataCheck.Verdict.UNVERIFIED, check.verdict());
        assertTrue(check.detail().contains("gdlab data fetch cifar10 verifies cifar-10-binary.tar.gz"), check.detail());
    }
}
