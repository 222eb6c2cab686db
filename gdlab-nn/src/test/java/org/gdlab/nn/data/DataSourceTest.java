package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataSourceTest {
    @Test
    void knownNamesAreFoundByTheLocator() {
        assertEquals(new DataSource.Known(KnownDataSet.FASHION_MNIST, Optional.empty()), DataSource.parse("fashion-mnist"));
        assertEquals(new DataSource.Known(KnownDataSet.MNIST, Optional.empty()), DataSource.parse("mnist"));
        assertEquals(new DataSource.Known(KnownDataSet.CIFAR10, Optional.empty()), DataSource.parse("cifar10"));
    }

    @Test
    void aNameWithAFolderReadsThatFolder() {
        assertEquals(new DataSource.Known(KnownDataSet.CIFAR10, Optional.of(Path.of("/data/cifar-10-batches-bin"))),
                DataSource.parse("cifar10:/data/cifar-10-batches-bin"));
    }

    @Test
    void numericFilesComeInTwosOrFours() {
        assertEquals(new DataSource.NumericFiles(Path.of("X.npy"), Path.of("y.npy"), Optional.empty(), Optional.empty()),
                DataSource.parse("npy:X.npy,y.npy"));
        assertEquals(new DataSource.NumericFiles(Path.of("X.npy"), Path.of("y.csv"), Optional.of(Path.of("Xt.csv")),
                Optional.of(Path.of("yt.npy"))), DataSource.parse("npy:X.npy,y.csv,Xt.csv,yt.npy"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fashion-mnist", "mnist", "cifar10", "mnist:/tmp/m", "npy:a.npy,b.npy", "npy:a.csv,b.csv,c.csv,d.csv",
        "csv:a.csv", "csv:a.csv,label=kind", "csv:a.csv,label=0"})
    void specGivesBackTheText(String text) {
        assertEquals(text, DataSource.parse(text).spec());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "imagenet", "Fashion-MNIST", "cifar10:", "npy:", "npy:a.npy", "npy:a.npy,b.npy,c.npy",
        "npy:a.npy,", "csv:a.csv,b.csv", "csv:", "csv:,label=y"})
    void anUnknownFormListsTheValidOnes(String text) {
        String message = assertThrows(IllegalArgumentException.class, () -> DataSource.parse(text)).getMessage();
        assertEquals("--data = " + text + " is not allowed: use one of fashion-mnist, fashion-mnist:DIR, mnist, mnist:DIR, "
                + "cifar10, cifar10:DIR, npy:X,Y[,X_TEST,Y_TEST] (each file .npy or .csv), csv:FILE[,label=COLUMN] (one CSV "
                + "with its labels; --label-column)", message);
    }

    @Test
    void testInputsNeedTestLabels() {
        assertThrows(IllegalArgumentException.class, () -> new DataSource.NumericFiles(Path.of("X.npy"), Path.of("y.npy"),
                Optional.of(Path.of("Xt.npy")), Optional.empty()));
    }
}
