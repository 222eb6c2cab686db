package org.gdlab.nn.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.gdlab.core.io.MatrixFileException;

/**
 * A binary data file read front to back in big blocks, gzip-compressed or not, that knows its
 * byte offset for error messages and computes the SHA-256 of the bytes on disk on the way.
 *
 * <p>Compression is detected by the gzip magic bytes {@code 1f 8b} at the start of the file, not
 * by the name. In a gzip file the offsets in error messages count bytes of the uncompressed data,
 * and the messages say so.
 */
final class ByteInput implements AutoCloseable {
    private static final int BLOCK = 1 << 16;
    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;
    /** Deflate expands at most about 1032:1, which bounds what a gzip file can hold. */
    private static final long MAX_GZIP_RATIO = 1032;

    private final Path file;
    private final DigestInputStream disk;
    private final InputStream data;
    private final boolean gzip;
    private final long diskSize;
    private long position;

    private ByteInput(Path file, DigestInputStream disk, InputStream data, boolean gzip, long diskSize) {
        this.file = file;
        this.disk = disk;
        this.data = data;
        this.gzip = gzip;
        this.diskSize = diskSize;
    }

    /**
     * Opens a file and looks at its first two bytes for the gzip magic.
     *
     * @throws MatrixFileException when the file is missing or its gzip header is corrupt
     */
    static ByteInput open(Path file) {
        InputStream raw;
        long diskSize;
        try {
            diskSize = Files.size(file);
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw DataFile.noSuchFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        DigestInputStream disk = new DigestInputStream(raw, DataFile.newSha256());
        PushbackInputStream peek = new PushbackInputStream(disk, 2);
        boolean gzip;
        try {
            byte[] magic = peek.readNBytes(2);
            peek.unread(magic);
            gzip = magic.length == 2 && (magic[0] & 0xff) == GZIP_MAGIC_0 && (magic[1] & 0xff) == GZIP_MAGIC_1;
        } catch (IOException e) {
            closeQuietly(disk);
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        if (!gzip) {
            return new ByteInput(file, disk, peek, false, diskSize);
        }
        try {
            return new ByteInput(file, disk, new GZIPInputStream(peek, BLOCK), true, diskSize);
        } catch (IOException e) {
            closeQuietly(disk);
            throw MatrixFileException.atByte(file, 0, "corrupt gzip header (" + e.getMessage()
                    + "); the file starts with the gzip magic 1f 8b");
        }
    }

    /** The offset of the next byte to read (into the uncompressed data of a gzip file). */
    long position() {
        return position;
    }

    /**
     * Checks, before allocating memory for them, that the file can hold {@code length} more bytes:
     * the bytes left on disk, or for a gzip file its size times deflate's largest expansion.
     *
     * @param what what the bytes are, for the message when the file is too short
     * @throws MatrixFileException when the file cannot hold them
     */
    void requireAvailable(long length, String what) {
        if (gzip && length > MAX_GZIP_RATIO * diskSize) {
            throw error(position, what + " needs " + length + " bytes but a gzip file of " + diskSize
                    + " bytes holds at most " + MAX_GZIP_RATIO * diskSize);
        }
        if (!gzip && length > diskSize - position) {
            throw error(diskSize, "the file ends early: " + what + " needs " + length + " bytes from byte "
                    + position + " but only " + (diskSize - position) + " are there");
        }
    }

    /**
     * Reads exactly {@code length} bytes into {@code buffer[from ..]}.
     *
     * @param what what the bytes are, for the message when the file ends early
     * @throws MatrixFileException when the file ends first, or its gzip stream is corrupt
     */
    void readFully(byte[] buffer, int from, int length, String what) {
        int got = readUpTo(buffer, from, length);
        if (got < length) {
            throw error(position, "the file ends early: " + what + " needs " + length + " bytes from byte "
                    + (position - got) + " but only " + got + " are there");
        }
    }

    /**
     * Reads up to {@code length} bytes, fewer only at the end of the data.
     *
     * @return the number of bytes read
     * @throws MatrixFileException when the gzip stream is corrupt or truncated
     */
    int readUpTo(byte[] buffer, int from, int length) {
        int got = 0;
        try {
            while (got < length) {
                int n = data.read(buffer, from + got, length - got);
                if (n < 0) {
                    break;
                }
                got += n;
                position += n;
            }
        } catch (EOFException e) {
            throw error(position, "the gzip stream ends early: the compressed file is truncated");
        } catch (ZipException e) {
            throw error(position, "corrupt gzip stream (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return got;
    }

    /**
     * Checks that no data follows, reads the rest of the file for its checksum, and describes it.
     * Data after the end is read to its end first, to count it, and so that a corrupt gzip stream
     * that decoded to too many bytes is reported as corrupt (by its CRC) rather than as too long.
     *
     * @param expected what the data should have ended with, for the message when more follows
     * @throws MatrixFileException when there are bytes after the expected end
     */
    DataFile finish(String expected) {
        byte[] rest = new byte[BLOCK];
        long end = position;
        long extra = 0;
        for (int n = readUpTo(rest, 0, rest.length); n > 0; n = readUpTo(rest, 0, rest.length)) {
            extra += n;
        }
        if (extra > 0) {
            throw error(end, extra + " bytes of unexpected data after the end of " + expected);
        }
        try {
            disk.transferTo(OutputStream.nullOutputStream());
            return DataFile.of(file, disk.getMessageDigest());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** An error at a byte offset, saying so when the offset is into uncompressed data. */
    MatrixFileException error(long offset, String problem) {
        String where = gzip ? " (the offset counts bytes of the uncompressed data of this gzip file)" : "";
        return MatrixFileException.atByte(file, offset, problem + where);
    }

    @Override
    public void close() {
        closeQuietly(data);
        closeQuietly(disk);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // a read-only stream that fails to close has nothing left to lose
        }
    }
}
