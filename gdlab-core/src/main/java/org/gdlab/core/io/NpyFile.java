package org.gdlab.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.matrix.DenseMatrix;
import org.gdlab.core.matrix.MatrixF32;

/**
 * Reads and writes numpy's {@code .npy} format (versions 1.0, 2.0 and 3.0).
 *
 * <p>Layout: the magic {@code \x93NUMPY}, a major and minor version byte, the header length
 * (2 bytes little-endian in version 1, 4 bytes in 2 and 3), then the header: a Python dict
 * literal {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }} padded with spaces
 * and a newline so that the data starts on a 64-byte boundary. The data follows, C order unless
 * fortran_order is True. gdlab reads arrays of 0, 1 or 2 dimensions of the types in
 * {@link NpyDtype}, in either byte order and either memory order, and writes float32 or float64
 * matrices in C order, little-endian, version 1.0.
 */
public final class NpyFile {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-z]\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyFile() {
    }

    /**
     * Reads a {@code .npy} file.
     *
     * @param file the {@code .npy} file
     * @return its elements, shape and type
     * @throws MatrixFileException naming the file and byte offset when the file is not a valid
     *     .npy of a supported type, or is truncated
     * @throws UncheckedIOException when the file cannot be read
     */
    public static NpyArray read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, 12)).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, head, 0);
            for (int i = 0; i < MAGIC.length; i++) {
                if (i >= size || head.get(i) != MAGIC[i]) {
                    throw MatrixFileException.atByte(file, i, "not a .npy file (the magic string \\x93NUMPY is missing)");
                }
            }
            if (size < 10) {
                throw MatrixFileException.atByte(file, size, "truncated: the file ends inside the version and header length");
            }
            int major = head.get(6) & 0xff;
            long headerLength;
            int headerStart;
            if (major == 1) {
                headerLength = head.getShort(8) & 0xffff;
                headerStart = 10;
            } else if (major == 2 || major == 3) {
                if (size < 12) {
                    throw MatrixFileException.atByte(file, size, "truncated: the file ends inside the header length");
                }
                headerLength = head.getInt(8) & 0xffffffffL;
                headerStart = 12;
            } else {
                throw MatrixFileException.atByte(file, 6, "unsupported .npy version " + major + " (1, 2 and 3 are read)");
            }
            if (headerStart + headerLength > size) {
                throw MatrixFileException.atByte(file, size, "truncated: the header of " + headerLength
                        + " bytes starting at byte " + headerStart + " runs past the end of the file");
            }
            ByteBuffer hb = ByteBuffer.allocate((int) headerLength);
            readFully(ch, hb, headerStart);
            String header = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            Header h = parseHeader(file, header, headerStart);
            long dataStart = headerStart + headerLength;
            long expected = (long) h.rows * h.cols * h.dtype.bytes();
            if (size - dataStart < expected) {
                throw MatrixFileException.atByte(file, size, "truncated: shape " + h.shape + " of " + h.dtype.code()
                        + " needs " + expected + " bytes of data from byte " + dataStart + ", the file has "
                        + (size - dataStart));
            }
            if (expected > Integer.MAX_VALUE - 8) {
                throw MatrixFileException.atByte(file, dataStart, "array of " + expected + " bytes is too large (at most 2 GiB)");
            }
            ByteBuffer data = ByteBuffer.allocate((int) expected).order(h.order);
            readFully(ch, data, dataStart);
            NpyArray array = new NpyArray(h.dtype, h.rows, h.cols, h.shape, data);
            return h.fortran ? toRowMajor(array) : array;
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private record Header(NpyDtype dtype, ByteOrder order, boolean fortran, int rows, int cols, String shape) {
    }

    private static Header parseHeader(Path file, String header, int headerStart) {
        Matcher d = DESCR.matcher(header);
        if (!d.find()) {
            throw MatrixFileException.atByte(file, headerStart, "header has no 'descr' of a plain numeric type: "
                    + header.trim() + " (supported: " + NpyDtype.supported() + ")");
        }
        NpyDtype dtype = NpyDtype.ofCode(d.group(2));
        if (dtype == null) {
            throw MatrixFileException.atByte(file, headerStart + d.start(1), "element type '" + d.group(1) + d.group(2)
                    + "' is not supported (supported: " + NpyDtype.supported() + ", either byte order)");
        }
        ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN
                : d.group(1).equals("=") ? ByteOrder.nativeOrder() : ByteOrder.LITTLE_ENDIAN;
        Matcher f = FORTRAN.matcher(header);
        if (!f.find()) {
            throw MatrixFileException.atByte(file, headerStart, "header has no 'fortran_order': " + header.trim());
        }
        Matcher s = SHAPE.matcher(header);
        if (!s.find()) {
            throw MatrixFileException.atByte(file, headerStart, "header has no 'shape': " + header.trim());
        }
        String shape = "(" + s.group(1).trim() + ")";
        List<Long> dims = new ArrayList<>();
        for (String part : s.group(1).split(",")) {
            String t = part.trim().replace("L", "");
            if (t.isEmpty()) {
                continue;
            }
            long dim;
            try {
                dim = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw MatrixFileException.atByte(file, headerStart + s.start(1), "shape (" + s.group(1) + ") is not a tuple of whole numbers");
            }
            if (dim < 0) {
                throw MatrixFileException.atByte(file, headerStart + s.start(1), "shape " + shape + " has a negative size");
            }
            dims.add(dim);
        }
        if (dims.size() > 2) {
            throw MatrixFileException.atByte(file, headerStart + s.start(1), "shape " + shape + " has "
                    + dims.size() + " dimensions; gdlab reads 0, 1 or 2 (reshape it to 2-D in numpy first)");
        }
        long rows = dims.isEmpty() ? 1 : dims.get(0);
        long cols = dims.size() < 2 ? 1 : dims.get(1);
        long limit = Integer.MAX_VALUE - 8;
        if (rows > limit || cols > limit || rows * cols > limit) {
            throw MatrixFileException.atByte(file, headerStart + s.start(1), "shape " + shape + " is too large (at most 2^31 elements)");
        }
        return new Header(dtype, order, f.group(1).equals("True") && dims.size() == 2, (int) rows, (int) cols, shape);
    }

    private static NpyArray toRowMajor(NpyArray colMajor) {
        int bytes = colMajor.dtype().bytes();
        ByteBuffer src = colMajor.data();
        ByteBuffer dst = ByteBuffer.allocate(src.capacity()).order(src.order());
        for (int i = 0; i < colMajor.rows(); i++) {
            for (int j = 0; j < colMajor.cols(); j++) {
                int from = (j * colMajor.rows() + i) * bytes;
                int to = (i * colMajor.cols() + j) * bytes;
                for (int b = 0; b < bytes; b++) {
                    dst.put(to + b, src.get(from + b));
                }
            }
        }
        return new NpyArray(colMajor.dtype(), colMajor.rows(), colMajor.cols(), colMajor.shape(), dst);
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long pos = position;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        buf.flip();
    }

    /**
     * Writes a matrix as a 2-D {@code .npy} array ({@code <f4} for float32, {@code <f8} for
     * float64), atomically.
     *
     * @param file the file to write (replaced if it exists)
     * @param m the matrix, written as shape {@code (rows, cols)} in row-major order
     */
    public static void write(Path file, DenseMatrix<?> m) {
        boolean single = m instanceof MatrixF32;
        writeArray(file, single ? "<f4" : "<f8", "(" + m.rows() + ", " + m.cols() + ")", (int) m.size() * (single ? 4 : 8), buf -> {
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    if (single) {
                        buf.putFloat((float) m.getAsDouble(i, j));
                    } else {
                        buf.putDouble(m.getAsDouble(i, j));
                    }
                }
            }
        });
    }

    /**
     * Writes a 1-D float64 array of shape {@code (n,)}, atomically.
     *
     * @param file the file to write (replaced if it exists)
     * @param values the {@code n} elements, in order
     */
    public static void writeVector(Path file, double[] values) {
        writeArray(file, "<f8", "(" + values.length + ",)", values.length * 8, buf -> {
            for (double v : values) {
                buf.putDouble(v);
            }
        });
    }

    /**
     * Writes a 1-D int32 array of shape {@code (n,)} (labels, say), atomically.
     *
     * @param file the file to write (replaced if it exists)
     * @param values the {@code n} elements, in order
     */
    public static void writeInts(Path file, int[] values) {
        writeArray(file, "<i4", "(" + values.length + ",)", values.length * 4, buf -> {
            for (int v : values) {
                buf.putInt(v);
            }
        });
    }

    private static void writeArray(Path file, String descr, String shape, int dataBytes,
                                   java.util.function.Consumer<ByteBuffer> fill) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buf.put(header.getBytes(StandardCharsets.ISO_8859_1));
        fill.accept(buf);
        AtomicFiles.write(file, out -> out.write(buf.array()));
    }
}
