package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
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
        return new DataLocator(withEnvironment ? Optional.of(env) : Optional.empty(), home, List.of(system));
    }

    @Test
    void searchesTheVariableThenHomeThenTheDebianFolder() {
        assertEquals(List.of(env.resolve("fashion-mnist"), home.resolve(".gdlab/data/fashion-mnist"), system.resolve("fashion-mnist")),
                locator(true).searchPath(KnownDataSet.FASHION_MNIST));
        assertEquals(List.of(home.resolve(".gdlab/data/mnist"), system.resolve("mnist")), locator(false).searchPath(KnownDataSet.MNIST));
    }

    @Test
    void fetchedDataGoesToTheVariableElseToTheHomeFolder() {
        assertEquals(env.resolve("cifar10"), locator(true).cacheFolder(KnownDataSet.CIFAR10));
        assertEquals(home.resolve(".gdlab/data/cifar10"), locator(false).cacheFolder(KnownDataSet.CIFAR10));
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
    void theErrorSaysWhereItLookedAndTheThreeWaysToGetFashionMnist() throws IOException {
        Path partial = TestFiles.idxDataSet(env.resolve("fashion-mnist"), 3, 2);
        Files.delete(partial.resolve("train-images-idx3-ubyte.gz"));
        String message = assertThrows(IllegalArgumentException.class,
                () -> locator(true).locate(KnownDataSet.FASHION_MNIST)).getMessage();
        assertEquals("--data = fashion-mnist: the data set was not found; looked in "
                + partial + " (lacks train-images-idx3-ubyte.gz), " + home.resolve(".gdlab/data/fashion-mnist")
                + " (no such folder), " + system.resolve("fashion-mnist") + " (no such folder). To get it: "
                + "run gdlab data fetch fashion-mnist (commands that need it fetch it themselves unless given --offline or "
                + "GDLAB_OFFLINE=1), apt-get install dataset-fashion-mnist (Debian/Ubuntu, into /usr/share/datasets/fashion-mnist), "
                + "or copy the 4 files train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, "
                + "t10k-labels-idx1-ubyte.gz into " + env.resolve("fashion-mnist") + ".", message);
    }

    @Test
    void withoutTheVariableTheFilesGoToTheHomeFolder() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> locator(false).locate(KnownDataSet.FASHION_MNIST)).getMessage();
        assertTrue(message.contains("looked in $GDLAB_DATA (not set), "), message);
        assertTrue(message.endsWith(" into " + home.resolve(".gdlab/data/fashion-mnist") + "."), message);
    }

    @Test
    void mnistHasNoPackageButLooksInTheSystemFolderToo() {
        String message = assertThrows(IllegalArgumentException.class, () -> locator(false).locate(KnownDataSet.MNIST)).getMessage();
        assertFalse(message.contains("apt-get"), message);
        assertTrue(message.contains(system.resolve("mnist") + " (no such folder)"), message);
        assertTrue(message.contains("run gdlab data fetch mnist ("), message);
    }

    @Test
    void cifarSaysWhichFolderOfTheArchiveToCopy() {
        String message = assertThrows(IllegalArgumentException.class, () -> locator(false).locate(KnownDataSet.CIFAR10)).getMessage();
        assertTrue(message.contains("or copy the 6 files data_batch_1.bin, data_batch_2.bin, data_batch_3.bin, data_batch_4.bin, "
                + "data_batch_5.bin, test_batch.bin (the folder cifar-10-batches-bin of cifar-10-binary.tar.gz) into "), message);
    }

    @Test
    void theEnvironmentIsInjectable() {
        assertEquals(Optional.of(Path.of("/data")), DataLocator.of(Map.of("GDLAB_DATA", "/data"), home).dataHome());
        assertEquals(Optional.empty(), DataLocator.of(Map.of("GDLAB_DATA", " "), home).dataHome());
        assertEquals(Optional.empty(), DataLocator.of(Map.of(), home).dataHome());
        assertEquals(List.of(DataLocator.DEBIAN_DATASETS), DataLocator.of(Map.of(), home).systemRoots());
    }

    @Test
    void gdlabDataPathsReplacesTheSystemFolders() {
        assertEquals(List.of(Path.of("/a"), Path.of("/b")),
                DataLocator.of(Map.of("GDLAB_DATA_PATHS", "/a" + File.pathSeparator + "/b"), home).systemRoots());
        DataLocator none = DataLocator.of(Map.of("GDLAB_DATA_PATHS", ""), home);
        assertEquals(List.of(home.resolve(".gdlab/data/fashion-mnist")), none.searchPath(KnownDataSet.FASHION_MNIST));
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        System.setProperty("GDLAB_DATA_PATHS", system.toString());
        try {
            assertEquals(List.of(system), DataLocator.system().systemRoots());
        } finally {
            System.clearProperty("GDLAB_DATA_PATHS");
        }
    }

    @Test
    void anExplicitFolderMissingFilesSaysWhichAndHowToGetThem() {
        Path folder = root.resolve("mine");
        DataSource source = DataSource.parse("fashion-mnist:" + folder);
        String message = assertThrows(IllegalArgumentException.class, () -> source.load(locator(false))).getMessage();
        assertTrue(message.startsWith("fashion-mnist: the folder " + folder + " lacks train-images-idx3-ubyte.gz, "
                + "train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz; to get them: run gdlab data fetch"),
                message);
    }
}
