package org.gdlab.nn.data;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.core.matrix.MatrixF32;

/**
 * Reads CIFAR-10 binary batches ({@code data_batch_1.bin} .. {@code data_batch_5.bin},
 * {@code test_batch.bin}), gzip-compressed or not.
 *
 * <p>A batch is a sequence of 3073-byte records: one label byte in {@code [0, 9]}, then the
 * 32x32 image as 1024 red, 1024 green and 1024 blue bytes, each plane row-major. A record becomes
 * one row of 3072 float32 pixels {@code b / 255} in that same order (channel, row, column). A file
 * whose length is not a whole number of records, or that has a label above 9, is a
 * {@link MatrixFileException} naming the file and the byte offset.
 */
public final class Cifar10Reader {
    /** The number of classes. */
    public static final int CLASSES = 10;
    /** Pixels per image: 3 channels of 32x32. */
    public static final int PIXELS = 3 * 32 * 32;
    /** Bytes per record: the label and the pixels. */
    public static final int RECORD = 1 + PIXELS;
    /** The training batches, in the order they are concatenated. */
    public static final List<String> TRAIN_BATCHES =
            List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin");
    /** The test batch. */
    public static final String TEST_BATCH = "test_batch.bin";
    private static final int RECORDS_PER_BLOCK = 256;

    private Cifar10Reader() {
    }

    /**
     * Reads one batch file.
     *
     * @param name the data set's name, for reports
     * @param batch a CIFAR-10 binary batch file, e.g. {@code data_batch_1.bin}
     * @return its images as {@code n x 3072} rows and their labels, with the file's checksum
     */
    public static LoadedDataset readBatch(String name, Path batch) {
        return read(name, List.of(batch));
    }

    /**
     * Reads batch files and concatenates their records in the order given.
     *
     * @param name the data set's name, for reports
     * @param batches the batch files, in the order their records are concatenated
     * @return the images of all the files as rows, their labels, and each file's checksum
     */
    public static LoadedDataset read(String name, List<Path> batches) {
        List<byte[]> blocks = new ArrayList<>();
        List<DataFile> files = new ArrayList<>();
        int records = 0;
        for (Path batch : batches) {
            try (ByteInput in = ByteInput.open(batch)) {
                int recordsBefore = records;
                int got;
                do {
                    byte[] block = new byte[RECORDS_PER_BLOCK * RECORD];
                    got = in.readUpTo(block, 0, block.length);
                    if (got % RECORD != 0) {
                        throw in.error(in.position(), "the file ends early, inside record " + (in.position() / RECORD)
                                + " (each record is " + RECORD + " bytes: 1 label and " + PIXELS + " pixels)");
                    }
                    checkLabels(in, block, got);
                    if (got > 0) {
                        blocks.add(got == block.length ? block : Arrays.copyOf(block, got));
                        records += got / RECORD;
                    }
                } while (got == RECORDS_PER_BLOCK * RECORD);
                if (records == recordsBefore) {
                    throw in.error(0, "the batch holds no records (each is " + RECORD + " bytes: 1 label and "
                            + PIXELS + " pixels)");
                }
                files.add(in.finish("the last record"));
            }
        }
        return new LoadedDataset(toDataset(name, blocks, records), files);
    }

    private static void checkLabels(ByteInput in, byte[] block, int length) {
        long start = in.position() - length;
        for (int at = 0; at < length; at += RECORD) {
            int label = block[at] & 0xff;
            if (label >= CLASSES) {
                long offset = start + at;
                throw in.error(offset, "the label of record " + offset / RECORD + " = " + label
                        + " is not allowed: must be in [0, " + (CLASSES - 1) + "]");
            }
        }
    }

    private static Dataset toDataset(String name, List<byte[]> blocks, int records) {
        MatrixF32 pixels = MatrixF32.zeros(records, PIXELS);
        FloatBuffer out = pixels.buffer();
        float[] scratch = new float[PIXELS];
        int[] labels = new int[records];
        int row = 0;
        for (byte[] block : blocks) {
            for (int at = 0; at < block.length; at += RECORD) {
                labels[row] = block[at] & 0xff;
                PixelBytes.convert(block, at + 1, PIXELS, scratch, out, row * PIXELS);
                row++;
            }
        }
        return new Dataset(name, pixels, labels, CLASSES);
    }
}
