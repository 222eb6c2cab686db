package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.gdlab.core.io.CsvMatrix;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumericDataReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsNpyAndCsvAsTheyAreWithClassesFromTheLargestLabel() {
        Path x = dir.resolve("x.npy");
        NpyFile.write(x, MatrixF32.of(3, 2, 1, 2, 3, 4, 5, 6));
        Path y = dir.resolve("y.npy");
        NpyFile.writeInts(y, new int[] {0, 2, 1});
        Path xt = dir.resolve("xt.csv");
        CsvMatrix.write(xt, MatrixF64.of(1, 2, 7, 8));
        Path yt = dir.resolve("yt.csv");
        CsvMatrix.write(yt, MatrixF64.of(1, 1, 4));
        SourceData data = DataSource.parse("npy:" + x + "," + y + "," + xt + "," + yt).load(DataLocator.system());
        assertEquals(5, data.train().classes());
        assertArrayEquals(new int[] {0, 2, 1}, data.train().labels());
        assertEquals(6f, data.train().inputs().get(2, 1));
        assertEquals(8f, data.test().inputs().get(0, 1));
        assertArrayEquals(new int[] {4}, data.test().labels());
        assertEquals(4, data.files().size());
        assertEquals(DataFile.of(yt), data.files().get(3));
    }

    @Test
    void withoutTestFilesTheTestSetIsEmpty() {
        Path x = dir.resolve("x.csv");
        CsvMatrix.write(x, MatrixF64.of(2, 3, 1, 2, 3, 4, 5, 6));
        Path y = dir.resolve("y.csv");
        CsvMatrix.write(y, MatrixF64.of(2, 1, 1, 0));
        SourceData data = new DataSource.NumericFiles(x, y, Optional.empty(), Optional.empty()).load(DataLocator.system());
        assertEquals(0, data.test().size());
        assertEquals(3, data.test().features());
        assertEquals(2, data.test().classes());
    }

    @Test
    void badLabelsNameTheFile() {
        Path x = dir.resolve("x.csv");
        CsvMatrix.write(x, MatrixF64.of(2, 1, 1, 2));
        Path fractional = dir.resolve("fractional.csv");
        CsvMatrix.write(fractional, MatrixF64.of(2, 1, 1, 0.5));
        Path negative = dir.resolve("negative.csv");
        CsvMatrix.write(negative, MatrixF64.of(2, 1, -1, 0));
        Path matrix = dir.resolve("matrix.csv");
        CsvMatrix.write(matrix, MatrixF64.of(1, 2, 1, 0));
        Path shorter = dir.resolve("shorter.csv");
        CsvMatrix.write(shorter, MatrixF64.of(1, 1, 1));
        Path huge = dir.resolve("huge.csv");
        CsvMatrix.write(huge, MatrixF64.of(2, 1, 0, 2e9));
        String allowed = " is not allowed: must be a whole number in [0, 65535] (one network output per class)";
        assertEquals(fractional + ": label 1 = 0.5" + allowed, message(x, fractional));
        assertEquals(negative + ": label 0 = -1.0" + allowed, message(x, negative));
        assertEquals(huge + ": label 1 = 2.0E9" + allowed, message(x, huge));
        assertEquals(matrix + ": labels must be a vector, not a 1x2 matrix", message(x, matrix));
        assertEquals(shorter + ": the file has 1 labels but the inputs " + x + " have 2 rows", message(x, shorter));
    }

    @Test
    void nonFiniteInputsNameTheFileRowAndColumn() {
        Path y = dir.resolve("y.csv");
        CsvMatrix.write(y, MatrixF64.of(2, 1, 0, 1));
        Path nan = dir.resolve("nan.npy");
        NpyFile.write(nan, MatrixF64.of(2, 2, 1, 2, 3, Double.NaN));
        Path overflow = dir.resolve("overflow.csv");
        CsvMatrix.write(overflow, MatrixF64.of(2, 2, 1, 1e300, 3, 4));
        assertEquals(nan + ": the input at row 1, column 1 = NaN is not allowed: inputs must be finite", message(nan, y));
        assertEquals(overflow + ": the input at row 0, column 1 = Infinity is not allowed: inputs must be finite",
                message(overflow, y));
    }

    @Test
    void testInputsMustHaveTheTrainingColumns() {
        Path x = dir.resolve("x.csv");
        CsvMatrix.write(x, MatrixF64.of(1, 2, 1, 2));
        Path y = dir.resolve("y.csv");
        CsvMatrix.write(y, MatrixF64.of(1, 1, 0));
        Path xt = dir.resolve("xt.csv");
        CsvMatrix.write(xt, MatrixF64.of(1, 3, 1, 2, 3));
        String message = assertThrows(MatrixFileException.class, () -> new DataSource.NumericFiles(x, y, Optional.of(xt),
                Optional.of(y)).load(DataLocator.system())).getMessage();
        assertTrue(message.startsWith(xt + ": the test inputs have 3 columns"), message);
    }

    private static String message(Path x, Path y) {
        return assertThrows(MatrixFileException.class,
                () -> new DataSource.NumericFiles(x, y, Optional.empty(), Optional.empty()).load(DataLocator.system())).getMessage();
    }
}
