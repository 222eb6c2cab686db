package org.gdlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvMatrixTest {
    @TempDir
    Path tmp;

    @Test
    void readsHeaderCommentsAndBlankLines() throws IOException {
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, "# made by hand\nx1, x2\n1, 2.5\n\n-3e2,4\n");
        MatrixF64 m = CsvMatrix.read(f);
        assertEquals("2x2", m.shape());
        assertArrayEquals(new double[] {1, 2.5, -300, 4}, m.toDoubleArray());
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsNotPartOfTheData() throws IOException {
        Path f = tmp.resolve("bom.csv");
        Files.writeString(f, "\uFEFF1,2\n3,4\n");
        assertArrayEquals(new double[] {1, 2, 3, 4}, CsvMatrix.read(f).toDoubleArray(), "the first row is data, not a header");
        Files.writeString(f, "\uFEFFx,y\n3,4\n");
        assertArrayEquals(new double[] {3, 4}, CsvMatrix.read(f).toDoubleArray());
    }

    @Test
    void roundTripsExactly() {
        Path f = tmp.resolve("r.csv");
        MatrixF64 m = MatrixF64.of(2, 2, 0.1, Math.PI, -1e-310, 1e300);
        MatrixFiles.write(f, m);
        assertArrayEquals(m.toDoubleArray(), MatrixFiles.readF64(f).toDoubleArray());
        MatrixF32 s = MatrixF32.of(1, 2, 0.1f, 1f / 3);
        CsvMatrix.write(f, s);
        assertArrayEquals(s.toDoubleArray(), MatrixF32.copyOf(CsvMatrix.read(f)).toDoubleArray());
    }

    @Test
    void readsEitherFormatAsFloat32RoundedOnce() {
        MatrixF64 m = MatrixF64.of(1, 3, 0.1, 1.0 / 3, 16777217);
        float[] rounded = {0.1f, (float) (1.0 / 3), 16777216f};
        for (String name : new String[] {"m.csv", "m.npy"}) {
            MatrixFiles.write(tmp.resolve(name), m);
            MatrixF32 read = MatrixFiles.readF32(tmp.resolve(name));
            assertEquals("1x3", read.shape(), name);
            for (int j = 0; j < 3; j++) {
                assertEquals(rounded[j], read.get(0, j), 0, name + " column " + j);
            }
        }
    }

    @Test
    void aBadFieldIsReportedWithLineAndColumn() throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "1,2,3\n4,five,6\n");
        var e = assertThrows(MatrixFileException.class, () -> CsvMatrix.read(f));
        assertEquals(f + ": line 2, column 3: 'five' is not a number", e.getMessage());
    }

    @Test
    void raggedRowsAreReported() throws IOException {
        Path f = tmp.resolve("ragged.csv");
        Files.writeString(f, "1,2\n3\n");
        var e = assertThrows(MatrixFileException.class, () -> CsvMatrix.read(f));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("1 fields where the first row has 2"), e.getMessage());
    }

    @Test
    void nanIsReadAsNan() throws IOException {
        Path f = tmp.resolve("nan.csv");
        Files.writeString(f, "1,NaN\n");
        assertTrue(Double.isNaN(CsvMatrix.read(f).get(0, 1)));
    }

    @Test
    void emptyFilesAndUnknownEndingsAreRejected() throws IOException {
        Path f = tmp.resolve("empty.csv");
        Files.writeString(f, "# nothing\n");
        assertThrows(MatrixFileException.class, () -> CsvMatrix.read(f));
        var e = assertThrows(IllegalArgumentException.class, () -> MatrixFiles.readF64(tmp.resolve("x.txt")));
        assertTrue(e.getMessage().contains("must end in .npy or .csv"), e.getMessage());
    }
}
