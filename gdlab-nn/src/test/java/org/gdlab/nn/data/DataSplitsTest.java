package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gdlab.core.matrix.MatrixF32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSplitsTest {
    private static final DataSource SOURCE = DataSource.parse("mnist");

    @TempDir
    Path dir;

    /** {@code n} examples of 3 features, {@code x_ij = 10 i + j + offset}, labels {@code i % 10}. */
    private static Dataset rows(String name, int n, float offset) {
        MatrixF32 x = MatrixF32.zeros(n, 3);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x.set(i, j, 10 * i + j + offset);
            }
        }
        return new Dataset(name, x, TestFiles.cyclicLabels(n), 10);
    }

    private static SourceData source(int train, int test) {
        return new SourceData(rows("m train", train, 0), rows("m test", test, 1000), List.of());
    }

    @Test
    void validationIsTheLastExamplesAndTrainTheFirstOfTheRest() {
        DataSplits s = DataSplits.split(new DataConfig(SOURCE, OptionalInt.of(3), OptionalInt.of(4), false), source(10, 2));
        assertEquals(4, s.train().size());
        assertEquals(3, s.validation().size());
        assertEquals(2, s.test().size());
        assertArrayEquals(new int[] {0, 1, 2, 3}, s.train().labels());
        assertArrayEquals(new int[] {7, 8, 9}, s.validation().labels());
        assertEquals("m train", s.train().name());
        assertEquals("m validation", s.validation().name());
        assertEquals("m test", s.test().name());
    }

    /** Train rows 0..3 hold 10 i + j: mean_j = 15 + j, std_j = 10 sqrt(5/4) = 5 sqrt(5) for every feature. */
    @Test
    void standardizingDividesEverySplitByTheStdOfTheTrainSplit() {
        DataSplits s = DataSplits.split(new DataConfig(SOURCE, OptionalInt.of(3), OptionalInt.of(4), true), source(10, 2));
        float std = (float) (5 * Math.sqrt(5));
        assertArrayEquals(new float[] {std, std, std}, s.std(), 1e-5f);
        assertEquals(-15 / std, s.train().inputs().get(0, 0), 1e-6);
        assertEquals((70 + 1 - 16) / std, s.validation().inputs().get(0, 1), 1e-5);
        assertEquals(true, s.provenance().get("standardized"));
        assertTrue(((String) s.provenance().get("preprocessing")).contains("divided by its standard deviation"));
        DataSplits plain = DataSplits.split(new DataConfig(SOURCE, OptionalInt.of(3), OptionalInt.of(4), false), source(10, 2));
        assertArrayEquals(new float[] {1, 1, 1}, plain.std());
    }

    @Test
    void theMeanOfTheTrainSplitAloneIsSubtractedFromEverySplit() {
        DataSplits s = DataSplits.split(new DataConfig(SOURCE, OptionalInt.of(3), OptionalInt.of(4), false), source(10, 2));
        // train rows 0..3: mean_j = 10 * 1.5 + j
        assertArrayEquals(new float[] {15, 16, 17}, s.mean());
        assertEquals(0 - 15, s.train().inputs().get(0, 0));
        assertEquals(30 + 2 - 17, s.train().inputs().get(3, 2));
        assertEquals(70 + 1 - 16, s.validation().inputs().get(0, 1));
        assertEquals(1000 + 10 - 15, s.test().inputs().get(1, 0));
        assertArrayEquals(new double[] {0, 0, 0}, s.train().inputs().colSums(), 1e-5);
    }

    @Test
    void byDefaultAllButTheValidationExamplesAreTrained() {
        DataSplits s = DataSplits.split(DataConfig.of(SOURCE).withValidationSize(2), source(10, 2));
        assertEquals(8, s.train().size());
        assertArrayEquals(new float[] {35, 36, 37}, s.mean());
        assertEquals(0, s.train().inputs().offset());
        assertEquals(3, s.validation().inputs().stride());
    }

    @Test
    void aValidationSizeOf0GivesAnEmptyValidationSet() {
        DataSplits s = DataSplits.split(DataConfig.of(SOURCE).withValidationSize(0), source(5, 1));
        assertEquals(5, s.train().size());
        assertEquals(0, s.validation().size());
        assertEquals(3, s.validation().features());
    }

    @Test
    void tooLargeSizesNameTheOption() {
        assertEquals("--validation-size = 10 is not allowed: must be <= 9 (mnist has 10 training examples and at least "
                + "one must remain for training)", assertThrows(IllegalArgumentException.class,
                () -> DataSplits.split(DataConfig.of(SOURCE).withValidationSize(10), source(10, 1))).getMessage());
        assertEquals("--train-size = 8 is not allowed: must be <= 7 (the 10 training examples of mnist minus the 3 taken "
                + "for validation)", assertThrows(IllegalArgumentException.class,
                () -> DataSplits.split(DataConfig.of(SOURCE).withValidationSize(3).withTrainSize(8), source(10, 1))).getMessage());
    }

    @Test
    void loadsAnIdxFolderEndToEndWithProvenance() {
        Path folder = TestFiles.idxDataSet(dir.resolve("fm"), 12, 4);
        DataConfig config = DataConfig.of(DataSource.parse("fashion-mnist:" + folder)).withValidationSize(2).withTrainSize(5);
        DataSplits s = DataSplits.load(config, new DataLocator(Optional.empty(), dir, List.of(dir)));
        assertEquals(5, s.train().size());
        assertEquals(2, s.validation().size());
        assertEquals(4, s.test().size());
        assertEquals(6, s.train().features());
        assertEquals("fashion-mnist train", s.train().name());
        float mean0 = (TestFiles.pixel(0, 0) + TestFiles.pixel(1, 0) + TestFiles.pixel(2, 0) + TestFiles.pixel(3, 0)
                + TestFiles.pixel(4, 0)) / 255f / 5;
        assertEquals(mean0, s.mean()[0], 1e-6);
        assertEquals(TestFiles.pixel(10, 0) / 255f - mean0, s.validation().inputs().get(0, 0), 1e-6);
        Map<String, Object> p = s.provenance();
        assertEquals("fashion-mnist:" + folder, p.get("source"));
        assertEquals(Map.of("train", 5, "validation", 2, "test", 4), p.get("sizes"));
        assertEquals(5, p.get("train_size"));
        assertEquals(2, p.get("validation_size"));
        List<?> files = (List<?>) p.get("files");
        assertEquals(4, files.size());
        assertEquals(folder.resolve("train-images-idx3-ubyte.gz").toString(), ((Map<?, ?>) files.get(0)).get("path"));
        assertEquals(DataFile.of(folder.resolve("t10k-labels-idx1-ubyte.gz")).sha256(), ((Map<?, ?>) files.get(3)).get("sha256"));
    }
}
