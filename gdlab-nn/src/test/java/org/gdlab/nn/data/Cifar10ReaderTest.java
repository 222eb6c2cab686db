package org.gdlab.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gdlab.core.io.MatrixFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10ReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRecordsInFileOrderWithScaledPixels() {
        Path file = TestFiles.write(dir, "batch.bin", TestFiles.cifarBatch(0, 6, 9, 0));
        Dataset data = Cifar10Reader.readBatch("c", file).dataset();
        assertArrayEquals(new int[] {6, 9, 0}, data.labels());
        assertEquals(Cifar10Reader.PIXELS, data.features());
        assertEquals(10, data.classes());
        for (int i = 0; i < 3; i++) {
            for (int k : new int[] {0, 1, 1023, 1024, 2048, 3071}) {
                assertEquals(TestFiles.pixel(i, k) / 255f, data.inputs().get(i, k), "record " + i + " pixel " + k);
            }
        }
    }

    @Test
    void concatenatesBatchesInOrderAndRecordsEachFile() {
        byte[] first = TestFiles.cifarBatch(0, 1, 2);
        byte[] second = TestFiles.gzip(TestFiles.cifarBatch(2, 3, 4, 5));
        Path a = TestFiles.write(dir, "data_batch_1.bin", first);
        Path b = TestFiles.write(dir, "data_batch_2.bin", second);
        LoadedDataset loaded = Cifar10Reader.read("two", List.of(a, b));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, loaded.dataset().labels());
        assertEquals(TestFiles.pixel(4, 100) / 255f, loaded.dataset().inputs().get(4, 100));
        assertEquals(List.of(new DataFile(a.toString(), first.length, TestFiles.sha256(first)),
                new DataFile(b.toString(), second.length, TestFiles.sha256(second))), loaded.files());
    }

    @Test
    void readsBatchesLongerThanOneReadBlock() {
        int[] labels = TestFiles.cyclicLabels(600);
        Path file = TestFiles.write(dir, "long.bin", TestFiles.cifarBatch(0, labels));
        Dataset data = Cifar10Reader.readBatch("long", file).dataset();
        assertArrayEquals(labels, data.labels());
        assertEquals(TestFiles.pixel(599, 3071) / 255f, data.inputs().get(599, 3071));
    }

    @Test
    void aCifarFolderConcatenatesTheFiveTrainingBatchesAndKeepsTheTestBatch() {
        Path folder = dir.resolve("cifar-10-batches-bin");
        for (int b = 0; b < 5; b++) {
            TestFiles.write(folder, Cifar10Reader.TRAIN_BATCHES.get(b), TestFiles.cifarBatch(2 * b, b, b + 1));
        }
        TestFiles.write(folder, Cifar10Reader.TEST_BATCH, TestFiles.cifarBatch(100, 9));
        DataSplits s = DataSplits.load(DataConfig.of(DataSource.parse("cifar10:" + folder)).withValidationSize(2),
                new DataLocator(Optional.empty(), dir, List.of(dir)));
        assertArrayEquals(new int[] {0, 1, 1, 2, 2, 3, 3, 4}, s.train().labels());
        assertArrayEquals(new int[] {4, 5}, s.validation().labels());
        assertArrayEquals(new int[] {9}, s.test().labels());
        assertEquals("cifar10 test", s.test().name());
        assertEquals(6, s.files().size());
        float mean = 0;
        for (int i = 0; i < 8; i++) {
            mean += TestFiles.pixel(i, 7) / 255f / 8;
        }
        assertEquals(TestFiles.pixel(100, 7) / 255f - mean, s.test().inputs().get(0, 7), 1e-6);
    }

    @Test
    void anEmptyBatchIsRefusedNamingIt() {
        Path train = TestFiles.write(dir, "data_batch_1.bin", TestFiles.cifarBatch(0, 6, 9, 0));
        Path empty = TestFiles.write(dir, "test_batch.bin", new byte[0]);
        var e = assertThrows(MatrixFileException.class, () -> Cifar10Reader.read("c", List.of(train, empty)));
        assertEquals(empty + ": at byte 0: the batch holds no records (each is 3073 bytes: 1 label and 3072 pixels)",
                e.getMessage());
    }

    @Test
    void aTruncatedRecordNamesTheFileAndTheByte() {
        byte[] bytes = TestFiles.cifarBatch(0, 1, 2, 3);
        int length = bytes.length - 100;
        Path file = TestFiles.write(dir, "cut.bin", Arrays.copyOf(bytes, length));
        String message = assertThrows(MatrixFileException.class, () -> Cifar10Reader.readBatch("c", file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte " + length + ": the file ends early, inside record 2"), message);
    }

    @Test
    void aTruncatedGzippedBatchSaysTheOffsetIsUncompressed() {
        byte[] bytes = TestFiles.cifarBatch(0, 1, 2, 3);
        Path file = TestFiles.write(dir, "cut.bin", TestFiles.gzip(Arrays.copyOf(bytes, bytes.length - 1)));
        String message = assertThrows(MatrixFileException.class, () -> Cifar10Reader.readBatch("c", file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte " + (bytes.length - 1) + ": the file ends early"), message);
        assertTrue(message.endsWith("(the offset counts bytes of the uncompressed data of this gzip file)"), message);
    }

    @Test
    void aLabelAbove9IsReportedAtItsByte() {
        Path file = TestFiles.write(dir, "labels.bin", TestFiles.cifarBatch(0, 1, 10));
        String message = assertThrows(MatrixFileException.class, () -> Cifar10Reader.readBatch("c", file)).getMessage();
        assertTrue(message.startsWith(file + ": at byte 3073: the label of record 1 = 10 is not allowed: must be in [0, 9]"),
                message);
    }
}
