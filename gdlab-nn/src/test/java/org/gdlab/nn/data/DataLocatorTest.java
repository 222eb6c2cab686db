package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocatorTest {
    private static final String URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

    @TempDir
    Path root;
    Path env;
    Path home;
    Path system;

    @BeforeEach
    void folders() {
        env = root.resolve("env");
        home = root.resolve("home");
        system = root.resolve("usr-share-datasets");
    }

    private DataLocator locator(boolean withEnvironment) {
        return new DataLocator(withEnvironment ? Optional.of(env) : Optional.empty(), home, system);
    }

    @Test
    void searchesTheVariableThenHomeThenTheDebianFolder() {
        assertEquals(List.of(env.resolve("fashion-mnist"), home.resolve(".gdlab/data/fashion-mnist"), system.resolve("fashion-mnist")),
                locator(true).searchPath(KnownDataSet.FASHION_MNIST));
        assertEquals(List.of(home.resolve(".gdlab/data/mnist")), locator(false).searchPath(KnownDataSet.MNIST));
    }

    @Test
    void theFirstCompleteFolderWins() {
        TestFiles.idxDataSet(system.resolve("fashion-mnist"), 3, 2);
        assertEquals(Optional.of(system.resolve("fashion-mnist")), locator(true).find(KnownDataSet.FASHION_MNIST));
        TestFiles.idxDataSet(home.resolve(".gdlab/data/fashion-mnist"), 3, 2);
        assertEquals(home.resolve(".gdlab/data/fashion-mnist"), locator(true).locate(KnownDataSet.FASHION_MNIST));
        TestFiles.idxDataSet(env.resolve("fashion-mnist"), 3, 2);
        assertEquals(env.resolve("fashion-mnist"), locator(true).locate(KnownDataSet.FASHION_MNIST));
    }

    @Test
    void anIncompleteFolderIsPassedOver() throws IOException {
        Path partial = TestFiles.idxDataSet(env.resolve("fashion-mnist"), 3, 2);
        Files.delete(partial.resolve("t10k-labels-idx1-ubyte.gz"));
        TestFiles.idxDataSet(system.resolve("fashion-mnist"), 3, 2);
        assertEquals(system.resolve("fashion-mnist"), locator(true).locate(KnownDataSet.FASHION_MNIST));
    }

    @Test
    void gunzippedFilesAreFoundToo() throws IOException {
        Path folder = TestFiles.idxDataSet(home.resolve(".gdlab/data/mnist"), 3, 2);
        Files.move(folder.resolve("train-images-idx3-ubyte.gz"), folder.resolve("train-images-idx3-ubyte"));
        assertEquals(folder.resolve("train-images-idx3-ubyte"), KnownDataSet.MNIST.filesIn(folder).orElseThrow().get(0));
        assertEquals(folder, locator(false).locate(KnownDataSet.MNIST));
    }

    @Test
    void theErrorSaysWhereItLookedAndHowToGetFashionMnist() throws IOException {
        Path partial = TestFiles.idxDataSet(env.resolve("fashion-mnist"), 3, 2);
        Files.delete(partial.resolve("train-images-idx3-ubyte.gz"));
        String message = assertThrows(IllegalArgumentException.class,
                () -> locator(true).locate(KnownDataSet.FASHION_MNIST)).getMessage();
        assertTrue(message.startsWith("--data = fashion-mnist: the data set was not found; looked in "
                + partial + " (lacks train-images-idx3-ubyte.gz), " + home.resolve(".gdlab/data/fashion-mnist")
                + " (no such folder), " + system.resolve("fashion-mnist") + " (no such folder). To get it: "
                + "apt-get install dataset-fashion-mnist (Debian/Ubuntu), or download "), message);
        for (String name : KnownDataSet.FASHION_MNIST.fileNames()) {
            assertTrue(message.contains(URL + name), message);
        }
        assertTrue(message.endsWith(" and put the 4 files in " + env.resolve("fashion-mnist") + "."), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void withoutTheVariableTheFilesGoToTheHomeFolder() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> locator(false).locate(KnownDataSet.FASHION_MNIST)).getMessage();
        assertTrue(message.contains("looked in $GDLAB_DATA (not set), "), message);
        assertTrue(message.endsWith(" and put the 4 files in " + home.resolve(".gdlab/data/fashion-mnist") + "."), message);
    }

    @Test
    void mnistHasNoPackageButHasUrls() {
        String message = assertThrows(IllegalArgumentException.class, () -> locator(false).locate(KnownDataSet.MNIST)).getMessage();
        assertFalse(message.contains("apt-get"), message);
        assertTrue(message.contains("download https://ossci-datasets.s3.amazonaws.com/mnist/train-images-idx3-ubyte.gz, "), message);
    }

    @Test
    void cifarSaysHowToUnpackTheArchive() {
        String message = assertThrows(IllegalArgumentException.class, () -> locator(false).locate(KnownDataSet.CIFAR10)).getMessage();
        assertTrue(message.contains("download https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz, unpack it "
                + "(tar xzf cifar-10-binary.tar.gz) and put the 6 files of its folder cifar-10-batches-bin (data_batch_1.bin, "),
                message);
    }

    @Test
    void theEnvironmentIsInjectable() {
        assertEquals(Optional.of(Path.of("/data")), DataLocator.of(Map.of("GDLAB_DATA", "/data"), home).dataHome());
        assertEquals(Optional.empty(), DataLocator.of(Map.of("GDLAB_DATA", " "), home).dataHome());
        assertEquals(Optional.empty(), DataLocator.of(Map.of(), home).dataHome());
        assertEquals(DataLocator.DEBIAN_DATASETS, DataLocator.of(Map.of(), home).systemRoot());
    }

    @Test
    void anExplicitFolderMissingFilesSaysWhichAndHowToGetThem() {
        Path folder = root.resolve("mine");
        DataSource source = DataSource.parse("fashion-mnist:" + folder);
        String message = assertThrows(IllegalArgumentException.class, () -> source.load(locator(false))).getMessage();
        assertTrue(message.startsWith("fashion-mnist: the folder " + folder + " lacks train-images-idx3-ubyte.gz, "
                + "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz; to get them: apt-get"),
                message);
    }
}
