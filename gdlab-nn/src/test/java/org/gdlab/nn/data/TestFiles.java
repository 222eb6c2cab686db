package org.gdlab.nn.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** Small IDX and CIFAR-10 files made by the tests (also those of the fetch package), with known pixel values. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The byte of pixel {@code k} of image {@code i} in the files made here. */
    public static int pixel(int i, int k) {
        return (31 * i + 7 * k) % 256;
    }

    /** An IDX image file of {@code n} images of {@code height x width}. */
    public static byte[] idxImages(int n, int height, int width) {
        ByteBuffer b = ByteBuffer.allocate(16 + n * height * width);
        b.put(new byte[] {0, 0, 0x08, 3}).putInt(n).putInt(height).putInt(width);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < height * width; k++) {
                b.put((byte) pixel(i, k));
            }
        }
        return b.array();
    }

    /** An IDX label file. */
    public static byte[] idxLabels(int... labels) {
        ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
        b.put(new byte[] {0, 0, 0x08, 1}).putInt(labels.length);
        for (int label : labels) {
            b.put((byte) label);
        }
        return b.array();
    }

    /** A CIFAR-10 batch with one record per label; pixel k of record i is {@link #pixel(int, int)}. */
    public static byte[] cifarBatch(int firstIndex, int... labels) {
        ByteBuffer b = ByteBuffer.allocate(labels.length * Cifar10Reader.RECORD);
        for (int r = 0; r < labels.length; r++) {
            b.put((byte) labels[r]);
            for (int k = 0; k < Cifar10Reader.PIXELS; k++) {
                b.put((byte) pixel(firstIndex + r, k));
            }
        }
        return b.array();
    }

    /** The bytes gzip-compressed. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes {@code bytes} to {@code dir/name}. */
    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the bytes, in lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a small IDX data set in the layout of MNIST and Fashion-MNIST into {@code dir}:
     * {@code train} training and {@code test} test images of 2x3, labels {@code i % 10}, gzipped.
     */
    public static Path idxDataSet(Path dir, int train, int test) {
        write(dir, "train-images-idx3-ubyte.gz", gzip(idxImages(train, 2, 3)));
        write(dir, "train-labels-idx1-ubyte.gz", gzip(idxLabels(cyclicLabels(train))));
        write(dir, "t10k-images-idx3-ubyte.gz", gzip(idxImages(test, 2, 3)));
        write(dir, "t10k-labels-idx1-ubyte.gz", gzip(idxLabels(cyclicLabels(test))));
        return dir;
    }

    /** Labels {@code 0, 1, .., 9, 0, 1, ..}. */
    public static int[] cyclicLabels(int n) {
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
        }
        return labels;
    }
}
