package org.gdlab.nn.data;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.core.matrix.MatrixF32;

/**
 * Reads the IDX files of MNIST and Fashion-MNIST, gzip-compressed or not.
 *
 * <p>Layout (all integers big-endian): two zero bytes, a type code ({@code 0x08} = unsigned
 * byte, the only type these data sets use), the number of dimensions {@code k}, then {@code k}
 * 4-byte sizes, then the data in row-major order. An image file has 3 dimensions
 * {@code (n, rows, cols)}; a label file has 1 dimension {@code (n)}.
 *
 * <p>Images become an {@code n x (rows*cols)} float32 matrix of pixels {@code b / 255} in
 * {@code [0, 1]}; labels become an {@code int[n]}. Any deviation (bad magic, another type code,
 * another number of dimensions, a file that ends early or has data after its end, a corrupt gzip
 * stream, a label out of range, image and label files of different lengths) is a
 * {@link MatrixFileException} naming the file and the byte offset.
 */
public final class IdxReader {
    /** The type code of unsigned bytes. */
    public static final int UNSIGNED_BYTE = 0x08;
    private static final int BLOCK = 1 << 20;

    private IdxReader() {
    }

    /**
     * Images of an IDX file of 3 dimensions.
     *
     * @param pixels {@code n x (height*width)} pixels in {@code [0, 1]}, one image per row, row-major
     * @param height rows of each image
     * @param width columns of each image
     * @param file the file read
     */
    public record Images(MatrixF32 pixels, int height, int width, DataFile file) {
    }

    /**
     * Labels of an IDX file of 1 dimension.
     *
     * @param labels the labels, each in {@code [0, classes)}
     * @param file the file read
     */
    public record Labels(int[] labels, DataFile file) {
    }

    /**
     * Reads an image file.
     *
     * @param file an IDX3 image file, gzip-compressed or not
     * @return the {@code n x (rows*cols)} pixels in [0, 1], one image per row, and the file read
     */
    public static Images readImages(Path file) {
        try (ByteInput in = ByteInput.open(file)) {
            int[] dims = header(in, 3, "an image file (images, rows, columns)");
            int n = dims[0];
            int height = dims[1];
            int width = dims[2];
            long perImage = (long) height * width;
            long limit = Integer.MAX_VALUE - 8;
            if (perImage > limit || n > 0 && perImage > limit / n) {
                throw in.error(4, "the header's " + n + " images of " + height + "x" + width
                        + " pixels are more than a matrix holds");
            }
            long total = n * perImage;
            String what = "the pixels of " + n + " images of " + height + "x" + width;
            in.requireAvailable(total, what);
            MatrixF32 pixels = MatrixF32.zeros(n, height * width);
            FloatBuffer out = pixels.buffer();
            byte[] bytes = new byte[(int) Math.min(BLOCK, Math.max(total, 1))];
            float[] scratch = new float[bytes.length];
            for (int at = 0; at < total; at += bytes.length) {
                int length = (int) Math.min(bytes.length, total - at);
                in.readFully(bytes, 0, length, what);
                PixelBytes.convert(bytes, 0, length, scratch, out, at);
            }
            return new Images(pixels, height, width, in.finish(what));
        }
    }

    /**
     * Reads a label file.
     *
     * @param file an IDX1 label file, gzip-compressed or not
     * @param classes the number of classes: every label must be in {@code [0, classes)}
     * @return the labels and the file read
     */
    public static Labels readLabels(Path file, int classes) {
        try (ByteInput in = ByteInput.open(file)) {
            int n = header(in, 1, "a label file (labels)")[0];
            String what = n + " labels";
            in.requireAvailable(n, what);
            byte[] bytes = new byte[n];
            in.readFully(bytes, 0, n, what);
            int[] labels = new int[n];
            long start = in.position() - n;
            for (int i = 0; i < n; i++) {
                labels[i] = bytes[i] & 0xff;
                if (labels[i] >= classes) {
                    throw in.error(start + i, "label " + i + " = " + labels[i] + " is not allowed: must be in [0, "
                            + (classes - 1) + "]");
                }
            }
            return new Labels(labels, in.finish(what));
        }
    }

    /**
     * Reads an image file and its label file as one data set.
     *
     * @param name the data set's name, for reports
     * @param images the IDX3 image file
     * @param labels the IDX1 label file
     * @param classes the number of classes
     * @return the examples, one image per row, and both files
     * @throws MatrixFileException when the two files hold different numbers of examples (at the
     *     label file's count, byte 4)
     */
    public static LoadedDataset read(String name, Path images, Path labels, int classes) {
        Images x = readImages(images);
        Labels y = readLabels(labels, classes);
        if (y.labels().length != x.pixels().rows()) {
            throw MatrixFileException.atByte(labels, 4, "the file has " + y.labels().length + " labels but the image file "
                    + images + " has " + x.pixels().rows() + " images");
        }
        return new LoadedDataset(new Dataset(name, x.pixels(), y.labels(), classes), List.of(x.file(), y.file()));
    }

    /** Reads and checks the magic and sizes; returns the sizes. */
    private static int[] header(ByteInput in, int dimensions, String kind) {
        byte[] magic = new byte[4];
        in.readFully(magic, 0, 4, "the IDX magic number");
        for (int i = 0; i < 2; i++) {
            if (magic[i] != 0) {
                throw in.error(i, String.format("not an IDX file: byte %d is 0x%02x where the IDX magic number "
                        + "00 00 <type> <dimensions> has 0x00", i, magic[i] & 0xff));
            }
        }
        if (magic[2] != UNSIGNED_BYTE) {
            throw in.error(2, String.format("IDX type code 0x%02x is not supported: only 0x08 (unsigned byte) is read",
                    magic[2] & 0xff));
        }
        if (magic[3] != dimensions) {
            throw in.error(3, "the file has " + magic[3] + " dimensions where " + kind + " has " + dimensions);
        }
        byte[] sizes = new byte[4 * dimensions];
        in.readFully(sizes, 0, sizes.length, "the " + dimensions + " dimension sizes");
        int[] dims = new int[dimensions];
        for (int d = 0; d < dimensions; d++) {
            int k = 4 * d;
            dims[d] = (sizes[k] & 0xff) << 24 | (sizes[k + 1] & 0xff) << 16 | (sizes[k + 2] & 0xff) << 8 | sizes[k + 3] & 0xff;
            boolean allowed = d == 0 ? dims[d] >= 0 : dims[d] >= 1;
            if (!allowed) {
                throw in.error(4 + k, "dimension " + d + " = " + Integer.toUnsignedString(dims[d])
                        + " is not allowed: must be " + (d == 0 ? ">= 0" : ">= 1") + " and < 2^31");
            }
        }
        return dims;
    }
}
