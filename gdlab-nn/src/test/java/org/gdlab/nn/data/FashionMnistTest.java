package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real Fashion-MNIST, where the machine has it (see {@link RealData}). */
class FashionMnistTest {
    @Test
    void theRealFilesHold60000And10000ImagesOf784PixelsIn10BalancedClasses() {
        Path folder = RealData.folder(KnownDataSet.FASHION_MNIST);
        SourceData data = KnownDataSet.FASHION_MNIST.read(folder);
        assertEquals(60000, data.train().size());
        assertEquals(10000, data.test().size());
        for (Dataset part : new Dataset[] {data.train(), data.test()}) {
            assertEquals(784, part.features());
            assertEquals(10, part.classes());
            int[] counts = new int[10];
            Arrays.stream(part.labels()).forEach(label -> counts[label]++);
            int[] balanced = new int[10];
            Arrays.fill(balanced, part.size() / 10);
            assertArrayEquals(balanced, counts, part.name());
            assertArrayEquals(new float[] {0f, 1f}, range(part), part.name() + ": pixels span [0, 1]");
        }
        assertEquals(4, data.files().size());
        assertTrue(data.files().stream().allMatch(f -> f.bytes() > 0), data.files().toString());
    }

    @Test
    void theDefaultSplitsAre55000And5000And10000WithTheTrainSplitCentred() {
        Path folder = RealData.folder(KnownDataSet.FASHION_MNIST);
        DataSplits s = DataSplits.load(DataConfig.of(new DataSource.Known(KnownDataSet.FASHION_MNIST, Optional.of(folder))));
        assertEquals(55000, s.train().size());
        assertEquals(5000, s.validation().size());
        assertEquals(10000, s.test().size());
        assertTrue(Arrays.stream(s.train().inputs().colSums()).allMatch(v -> Math.abs(v) / 55000 < 1e-5),
                "the train columns have mean 0");
    }

    private static float[] range(Dataset part) {
        FloatBuffer x = part.inputs().buffer();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int k = 0; k < part.inputs().size(); k++) {
            min = Math.min(min, x.get(k));
            max = Math.max(max, x.get(k));
        }
        return new float[] {min, max};
    }
}
