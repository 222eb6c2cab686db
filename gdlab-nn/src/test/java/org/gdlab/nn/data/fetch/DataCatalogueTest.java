package org.gdlab.nn.data.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.KnownDataSet;
import org.junit.jupiter.api.Test;

class DataCatalogueTest {
    @Test
    void gdlabDataMirrorReplacesTheMirrorsWithOneFolderPerDataSet() {
        DataCatalogue c = DataCatalogue.of(Map.of("GDLAB_DATA_MIRROR", "http://127.0.0.1:8000, http://127.0.0.1:9000/x/"));
        assertEquals(List.of(URI.create("http://127.0.0.1:8000/fashion-mnist/"), URI.create("http://127.0.0.1:9000/x/fashion-mnist/")),
                c.release(KnownDataSet.FASHION_MNIST).mirrors());
        assertEquals(URI.create("http://127.0.0.1:8000/cifar10/"), c.release(KnownDataSet.CIFAR10).mirrors().get(0));
        assertSame(DataCatalogue.REAL, DataCatalogue.of(Map.of()));
    }

    @Test
    void aMirrorThatIsNotAnHttpUrlNamesTheVariable() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> DataCatalogue.of(Map.of("GDLAB_DATA_MIRROR", "ftp://example/"))).getMessage();
        assertEquals("GDLAB_DATA_MIRROR = ftp://example/ is not allowed: must be http:// or https:// URLs separated by commas",
                message);
    }

    @Test
    void theRealCatalogueDownloadsTheIdxFilesAsTheyAreAndCifarAsItsArchive() {
        for (KnownDataSet set : List.of(KnownDataSet.FASHION_MNIST, KnownDataSet.MNIST)) {
            DataRelease r = DataCatalogue.REAL.release(set);
            assertEquals(set.fileNames(), r.files().stream().map(RemoteFile::name).toList());
            assertTrue(r.files().stream().allMatch(f -> f.digest() == Digest.CONTENT));
            assertEquals(2, r.mirrors().size());
        }
        DataRelease cifar = DataCatalogue.REAL.release(KnownDataSet.CIFAR10);
        assertEquals(Optional.of("cifar-10-batches-bin"), cifar.archiveFolder());
        assertEquals(170_052_171, cifar.bytes());
    }

    /**
     * The real digests of Fashion-MNIST against the real files of Debian's package (skipped
     * when it is not installed): the catalogue's digests are the data's, not made up.
     */
    @Test
    void debiansFashionMnistVerifiesAgainstTheRealCatalogue() {
        Path folder = DataLocator.DEBIAN_DATASETS.resolve("fashion-mnist");
        org.junit.jupiter.api.Assumptions.assumeTrue(KnownDataSet.FASHION_MNIST.filesIn(folder).isPresent()
                || "1".equals(System.getenv("GDLAB_REQUIRE_DATA")), "apt-get install dataset-fashion-mnist to run this test");
        DataCheck check = DataCheck.of(DataCatalogue.REAL, KnownDataSet.FASHION_MNIST, folder);
        assertEquals(DataCheck.Verdict.VERIFIED, check.verdict(), check.detail());
    }

    @Test
    void aReleaseRefusesMirrorsWithoutTheSlashAndFilesOfAnotherSet() {
        DataRelease mnist = DataCatalogue.REAL.release(KnownDataSet.MNIST);
        assertThrows(IllegalArgumentException.class, () -> mnist.withMirrors(List.of(URI.create("http://127.0.0.1/m"))));
        assertThrows(IllegalArgumentException.class, () -> new DataRelease(KnownDataSet.CIFAR10, mnist.mirrors(), mnist.files(),
                Optional.empty()));
    }
}
