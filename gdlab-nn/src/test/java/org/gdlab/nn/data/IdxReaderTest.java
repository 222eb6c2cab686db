package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.core.random.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsImagesAsScaledPixelsPlainAndGzipped() {
        byte[] bytes = TestFiles.idxImages(5, 2, 3);
        for (Path file : new Path[] {TestFiles.write(dir, "plain", bytes), TestFiles.write(dir, "zipped", TestFiles.gzip(bytes))}) {
            IdxReader.Images images = IdxReader.readImages(file);
            assertEquals(5, images.pixels().rows());
            assertEquals(6, images.pixels().cols());
            assertEquals(2, images.height());
            assertEquals(3, images.width());
            for (int i = 0; i < 5; i++) {
                for (int k = 0; k < 6; k++) {
                    assertEquals(TestFiles.pixel(i, k) / 255f, images.pixels().get(i, k), file + " pixel " + i + "," + k);
                }
            }
        }
    }

    @Test
    void detectsGzipByItsMagicBytesNotByTheName() {
        byte[] bytes = TestFiles.idxImages(2, 1, 4);
        Path zippedWithoutGz = TestFiles.write(dir, "images-idx3-ubyte", TestFiles.gzip(bytes));
        Path plainWithGz = TestFiles.write(dir, "images-idx3-ubyte.gz", bytes);
        assertEquals(0, IdxReader.readImages(zippedWithoutGz).pixels().maxAbsDifference(IdxReader.readImages(plainWithGz).pixels()));
    }

    @Test
    void recordsTheSizeAndChecksumOfTheBytesOnDisk() {
        byte[] zipped = TestFiles.gzip(TestFiles.idxLabels(3, 1, 4, 1, 5));
        Path file = TestFiles.write(dir, "labels.gz", zipped);
        IdxReader.Labels labels = IdxReader.readLabels(file, 10);
        assertArrayEquals(new int[] {3, 1, 4, 1, 5}, labels.labels());
        assertEquals(new DataFile(file.toString(), zipped.length, TestFiles.sha256(zipped)), labels.file());
        assertEquals(labels.file(), DataFile.of(file));
    }

    @Test
    void readsImagesAndLabelsAsOneDataSet() {
        Path images = TestFiles.write(dir, "i", TestFiles.idxImages(4, 2, 2));
        Path labels = TestFiles.write(dir, "l", TestFiles.idxLabels(0, 9, 2, 3));
        LoadedDataset loaded = IdxReader.read("tiny", images, labels, 10);
        assertEquals("tiny", loaded.dataset().name());
        assertEquals(4, loaded.dataset().size());
        assertEquals(4, loaded.dataset().features());
        assertEquals(10, loaded.dataset().classes());
        assertEquals(2, loaded.files().size());
    }

    @Test
    void badMagicNamesTheFileAndTheByte() {
        byte[] bytes = TestFiles.idxImages(2, 2, 2);
        bytes[1] = 0x05;
        Path file = TestFiles.write(dir, "bad-magic", bytes);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 1: not an IDX file"), message);
    }

    @Test
    void anotherTypeCodeIsRejectedAtByte2() {
        byte[] bytes = TestFiles.idxImages(2, 2, 2);
        bytes[2] = 0x0D;
        Path file = TestFiles.write(dir, "floats", bytes);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 2: IDX type code 0x0d is not supported"), message);
    }

    @Test
    void aLabelFileIsNotAnImageFile() {
        Path file = TestFiles.write(dir, "labels", TestFiles.idxLabels(1, 2));
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 3: the file has 1 dimensions where an image file"), message);
    }

    @Test
    void aTruncatedFileNamesTheByteWhereItEnds() {
        byte[] bytes = TestFiles.idxImages(3, 2, 2);
        Path file = TestFiles.write(dir, "short", Arrays.copyOf(bytes, bytes.length - 5));
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte " + (bytes.length - 5) + ": the file ends early"), message);
        assertTrue(message.contains("needs 12 bytes from byte 16 but only 7 are there"), message);
    }

    @Test
    void aFileEndingInsideTheHeaderNamesTheByte() {
        Path file = TestFiles.write(dir, "header", Arrays.copyOf(TestFiles.idxImages(3, 2, 2), 9));
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 9: the file ends early: the 3 dimension sizes"), message);
    }

    @Test
    void aTruncatedGzipFileGivesTheOffsetIntoTheUncompressedData() {
        byte[] bytes = TestFiles.idxImages(200, 28, 28);
        byte[] zipped = TestFiles.gzip(bytes);
        Path file = TestFiles.write(dir, "cut.gz", Arrays.copyOf(zipped, zipped.length / 2));
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.contains("the gzip stream ends early: the compressed file is truncated"), message);
        assertTrue(message.endsWith("(the offset counts bytes of the uncompressed data of this gzip file)"), message);
        long offset = offset(message, file);
        assertTrue(offset > 16 && offset < bytes.length, message);
    }

    @Test
    void aCorruptGzipStreamIsReportedWithTheFileAndOffset() {
        byte[] zipped = TestFiles.gzip(TestFiles.idxImages(50, 28, 28));
        for (int k = zipped.length / 2; k < zipped.length / 2 + 16; k++) {
            zipped[k] = (byte) 0xff;
        }
        Path file = TestFiles.write(dir, "corrupt.gz", zipped);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.contains("gzip"), message);
        assertTrue(message.endsWith("(the offset counts bytes of the uncompressed data of this gzip file)"), message);
        offset(message, file);
    }

    @Test
    void aFlippedBitInTheCompressedDataIsCaughtEvenWhenTheLengthIsRight() {
        byte[] bytes = TestFiles.idxImages(100, 28, 28);
        RandomStream random = new RandomStream(5);
        for (int k = 16; k < bytes.length; k++) {
            bytes[k] = (byte) random.nextInt(256);
        }
        byte[] zipped = TestFiles.gzip(bytes);
        zipped[zipped.length / 2] ^= 0x10;
        Path file = TestFiles.write(dir, "flipped.gz", zipped);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.contains(": corrupt gzip stream ("), message);
        assertTrue(offset(message, file) <= bytes.length, message);
    }

    @Test
    void aCorruptGzipHeaderIsReportedAtByte0() {
        byte[] zipped = TestFiles.gzip(TestFiles.idxLabels(1));
        zipped[2] = 7;
        Path file = TestFiles.write(dir, "header.gz", zipped);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readLabels(file, 10)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 0: corrupt gzip header"), message);
    }

    @Test
    void dataAfterTheEndIsAnError() {
        byte[] bytes = TestFiles.idxLabels(1, 2, 3);
        Path file = TestFiles.write(dir, "long", Arrays.copyOf(bytes, bytes.length + 2));
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readLabels(file, 10)).getMessage();
        assertTrue(message.startsWith(file + ": at byte " + bytes.length + ": 2 bytes of unexpected data after the end of 3 labels"), message);
    }

    @Test
    void aLabelOutOfRangeIsReportedAtItsByte() {
        Path file = TestFiles.write(dir, "labels", TestFiles.idxLabels(1, 2, 3, 10));
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readLabels(file, 10)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 11: label 3 = 10 is not allowed: must be in [0, 9]"), message);
    }

    @Test
    void imageAndLabelFilesOfDifferentLengthsAreRejected() {
        Path images = TestFiles.write(dir, "images", TestFiles.idxImages(4, 2, 2));
        Path labels = TestFiles.write(dir, "labels", TestFiles.idxLabels(1, 2, 3));
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.read("x", images, labels, 10)).getMessage();
        assertTrue(message.startsWith(labels + ": at byte 4: the file has 3 labels but the image file " + images
                + " has 4 images"), message);
    }

    @Test
    void aHeaderPromisingMoreThanTheFileHoldsFailsBeforeAllocating() {
        byte[] bytes = TestFiles.idxImages(1, 2, 2);
        bytes[4] = 0x01;
        Path file = TestFiles.write(dir, "huge", bytes);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.contains("the file ends early: the pixels of 16777217 images of 2x2 needs 67108868 bytes"), message);
        Path zipped = TestFiles.write(dir, "huge.gz", TestFiles.gzip(bytes));
        String zippedMessage = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(zipped)).getMessage();
        assertTrue(zippedMessage.contains("bytes but a gzip file of"), zippedMessage);
    }

    @Test
    void sizesWhoseProductWrapsAroundA64BitNumberAreRejectedAsTooLarge() {
        byte[] bytes = TestFiles.idxImages(1, 2, 2);
        ByteBuffer.wrap(bytes).putInt(4, 1 << 20).putInt(8, 1 << 22).putInt(12, 1 << 22);
        Path file = TestFiles.write(dir, "wraps", bytes);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 4: the header's 1048576 images of 4194304x4194304 pixels"), message);
    }

    @Test
    void aNegativeSizeIsRejected() {
        byte[] bytes = TestFiles.idxImages(1, 2, 2);
        bytes[8] = (byte) 0x80;
        Path file = TestFiles.write(dir, "negative", bytes);
        String message = assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 8: dimension 1 = 2147483650 is not allowed"), message);
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("absent");
        assertEquals(file + ": no such file",
                assertThrows(MatrixFileException.class, () -> IdxReader.readImages(file)).getMessage());
    }

    private static long offset(String message, Path file) {
        Matcher m = Pattern.compile("^" + Pattern.quote(file.toString()) + ": at byte (\\d+): ").matcher(message);
        assertTrue(m.find(), message);
        return Long.parseLong(m.group(1));
    }
}
