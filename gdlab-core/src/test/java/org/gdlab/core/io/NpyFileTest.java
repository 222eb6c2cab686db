package org.gdlab.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gdlab.core.matrix.MatrixF32;
import org.gdlab.core.matrix.MatrixF64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads files written by numpy 2.4 ({@code src/test/resources/npy}) and round-trips gdlab's own. */
class NpyFileTest {
    @TempDir
    Path tmp;

    private static Path fixture(String name) {
        try {
            return Path.of(NpyFileTest.class.getResource("/npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsNumpyFloat64() {
        NpyArray a = NpyFile.read(fixture("f8_2x3.npy"));
        assertEquals(NpyDtype.FLOAT64, a.dtype());
        assertArrayEquals(new double[] {1.5, -2.0, 3.25, 4.0, 5.0, -6.125}, a.toF64().toDoubleArray());
        assertEquals("(2, 3)", a.shape());
    }

    @Test
    void readsNumpyFloat32IntegersBytesAndScalars() {
        assertArrayEquals(new double[] {1.5, 2, 3, 4, 5, 6.5}, NpyFile.read(fixture("f4_3x2.npy")).toF32().toDoubleArray());
        NpyArray v = NpyFile.read(fixture("i8_vector.npy"));
        assertEquals(8, v.rows());
        assertEquals(1, v.cols());
        assertArrayEquals(new int[] {3, 1, 4, 1, 5, 9, 2, 6}, v.toInts());
        assertArrayEquals(new double[] {0, 255, 128, 7}, NpyFile.read(fixture("u1_2x2.npy")).toF64().toDoubleArray());
        assertArrayEquals(new double[] {2.5}, NpyFile.read(fixture("f8_scalar.npy")).toF64().toDoubleArray());
    }

    @Test
    void readsBigEndianAndFortranOrder() {
        assertArrayEquals(new double[] {1, 2, 3, 4}, NpyFile.read(fixture("f8_big_endian.npy")).toF64().toDoubleArray());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, NpyFile.read(fixture("f8_fortran.npy")).toF64().toDoubleArray());
    }

    @Test
    void roundTripsBothPrecisionsBitForBit() {
        MatrixF64 m = MatrixF64.of(2, 2, Math.PI, -1e-300, Double.MAX_VALUE, 0.1);
        Path f = tmp.resolve("m.npy");
        NpyFile.write(f, m);
        assertArrayEquals(m.toDoubleArray(), NpyFile.read(f).toF64().toDoubleArray());
        MatrixF32 s = MatrixF32.of(1, 3, 0.1f, -2f, 3.5e30f);
        NpyFile.write(f, s);
        NpyArray back = NpyFile.read(f);
        assertEquals(NpyDtype.FLOAT32, back.dtype());
        assertArrayEquals(s.toDoubleArray(), back.toF32().toDoubleArray());
        NpyFile.writeVector(tmp.resolve("v.npy"), new double[] {1, 2});
        assertEquals(2, NpyFile.read(tmp.resolve("v.npy")).rows());
        NpyFile.writeInts(tmp.resolve("i.npy"), new int[] {7, -1});
        assertArrayEquals(new int[] {7, -1}, NpyFile.read(tmp.resolve("i.npy")).toInts());
    }

    @Test
    void headersAreAlignedTo64Bytes() throws IOException {
        Path f = tmp.resolve("a.npy");
        NpyFile.write(f, MatrixF64.zeros(3, 1));
        byte[] bytes = Files.readAllBytes(f);
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64);
        assertEquals('\n', bytes[10 + headerLength - 1]);
    }

    @Test
    void truncatedDataNamesTheFileAndOffset() throws IOException {
        byte[] bytes = Files.readAllBytes(fixture("f8_2x3.npy"));
        Path f = tmp.resolve("cut.npy");
        Files.write(f, Arrays.copyOf(bytes, bytes.length - 5));
        var e = assertThrows(MatrixFileException.class, () -> NpyFile.read(f));
        assertTrue(e.getMessage().startsWith(f + ": at byte " + (bytes.length - 5) + ": truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("needs 48 bytes of data from byte 128"), e.getMessage());
    }

    @Test
    void truncatedHeaderAndBadMagicAreReported() throws IOException {
        Path f = tmp.resolve("bad.npy");
        byte[] bytes = Files.readAllBytes(fixture("f8_2x3.npy"));
        Files.write(f, Arrays.copyOf(bytes, 40));
        var e = assertThrows(MatrixFileException.class, () -> NpyFile.read(f));
        assertTrue(e.getMessage().contains("at byte 40: truncated: the header"), e.getMessage());
        bytes[3] = 'X';
        Files.write(f, bytes);
        e = assertThrows(MatrixFileException.class, () -> NpyFile.read(f));
        assertTrue(e.getMessage().contains("at byte 3: not a .npy file"), e.getMessage());
        Files.write(f, new byte[] {(byte) 0x93, 'N'});
        e = assertThrows(MatrixFileException.class, () -> NpyFile.read(f));
        assertTrue(e.getMessage().contains("at byte 2"), e.getMessage());
    }

    @Test
    void unsupportedTypesAndShapesAreExplained() {
        var e = assertThrows(MatrixFileException.class, () -> NpyFile.read(fixture("c16.npy")));
        assertTrue(e.getMessage().contains("'<c16' is not supported"), e.getMessage());
        e = assertThrows(MatrixFileException.class, () -> NpyFile.read(fixture("f8_3d.npy")));
        assertTrue(e.getMessage().contains("has 3 dimensions"), e.getMessage());
    }

    @Test
    void aNegativeSizeInTheShapeIsReportedAtTheShape() throws IOException {
        Path f = tmp.resolve("negative.npy");
        NpyFile.write(f, MatrixF64.zeros(5, 4));
        String header = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String shape : new String[] {"(-5, 4)", "(-5,-4)"}) {
            Files.writeString(f, header.replace("(5, 4)", shape), java.nio.charset.StandardCharsets.ISO_8859_1);
            var e = assertThrows(MatrixFileException.class, () -> NpyFile.read(f));
            assertEquals(f + ": at byte " + header.indexOf("5, 4)") + ": shape " + shape + " has a negative size", e.getMessage());
        }
    }

    @Test
    void aShapeTooLargeForAMatrixIsReportedEvenWhereItsProductWrapsAround() throws IOException {
        Path f = tmp.resolve("huge.npy");
        NpyFile.write(f, MatrixF64.zeros(5, 4));
        String header = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String shape : new String[] {"(4294967296, 4294967296)", "(0, 4294967296)", "(3000000000,)", "(65536, 65536)"}) {
            Files.writeString(f, header.replace("(5, 4)", shape), java.nio.charset.StandardCharsets.ISO_8859_1);
            var e = assertThrows(MatrixFileException.class, () -> NpyFile.read(f));
            assertEquals(f + ": at byte " + header.indexOf("5, 4)") + ": shape " + shape + " is too large (at most 2^31 elements)",
                    e.getMessage());
        }
    }

    @Test
    void aMissingFileIsNamed() {
        var e = assertThrows(UncheckedIOException.class, () -> NpyFile.read(tmp.resolve("none.npy")));
        assertTrue(e.getMessage().contains("no such file: " + tmp.resolve("none.npy")), e.getMessage());
    }

    @Test
    void nonIntegerLabelsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> NpyFile.read(fixture("f8_2x3.npy")).toInts());
        assertTrue(e.getMessage().contains("element 0 = 1.5"), e.getMessage());
    }
}
