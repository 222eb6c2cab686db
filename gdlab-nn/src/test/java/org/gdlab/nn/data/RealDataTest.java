package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RealDataTest {
    @TempDir
    Path root;

    @Test
    void anAbsentDataSetSkipsWithHowToGetIt() {
        DataLocator empty = new DataLocator(Optional.empty(), root, List.of(root));
        String message = assertThrows(TestAbortedException.class,
                () -> RealData.folder(KnownDataSet.FASHION_MNIST, empty, Map.of())).getMessage();
        assertTrue(message.contains("fashion-mnist is not on this machine") && message.contains("apt-get install"), message);
    }

    @Test
    void anAbsentDataSetFailsWhenDataIsRequired() {
        DataLocator empty = new DataLocator(Optional.empty(), root, List.of(root));
        String message = assertThrows(AssertionFailedError.class,
                () -> RealData.folder(KnownDataSet.MNIST, empty, Map.of("GDLAB_REQUIRE_DATA", "1"))).getMessage();
        assertTrue(message.startsWith("GDLAB_REQUIRE_DATA=1 and mnist is not on this machine"), message);
    }

    @Test
    void aPresentDataSetGivesItsFolder() {
        Path folder = TestFiles.idxDataSet(root.resolve(".gdlab/data/mnist"), 2, 1);
        assertEquals(folder, RealData.folder(KnownDataSet.MNIST, new DataLocator(Optional.empty(), root, List.of(root)),
                Map.of("GDLAB_REQUIRE_DATA", "1")));
    }
}
