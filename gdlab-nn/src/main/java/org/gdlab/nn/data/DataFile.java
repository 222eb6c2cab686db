package org.gdlab.nn.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gdlab.core.io.MatrixFileException;

/**
 * The provenance of one file a data set was read from: enough to tell later whether a rerun
 * reads the same bytes.
 *
 * @param path the file as it was opened
 * @param bytes its size on disk (compressed size for a gzip file)
 * @param sha256 the SHA-256 of its bytes on disk, 64 lowercase hex digits
 */
public record DataFile(String path, long bytes, String sha256) {
    /**
     * Checks that the size is not negative and the checksum is 64 hex digits.
     *
     * @param path the file as it was opened
     * @param bytes its size on disk, {@code >= 0}
     * @param sha256 its SHA-256, 64 hex digits
     */
    public DataFile {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes = " + bytes + " is not allowed: must be >= 0");
        }
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 = " + sha256 + " is not allowed: must be 64 lowercase hex digits");
        }
    }

    /**
     * Reads a whole file to compute its checksum.
     *
     * @param file the file to read
     * @return the file, its size and the SHA-256 of its bytes on disk
     */
    public static DataFile of(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), newSha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return of(file, ((DigestInputStream) in).getMessageDigest());
        } catch (NoSuchFileException e) {
            throw noSuchFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The SHA-256 of a file's content, 64 lowercase hex digits: of its uncompressed bytes when it
     * is gzip-compressed (found by the magic bytes, as the readers do), else of its bytes. Two
     * gzip files of the same data whose headers differ (a file name or time stamp in one, none in
     * the other) have the same content digest.
     *
     * @param file the file, gzip-compressed or not
     * @return the 64 hex digits
     * @throws MatrixFileException naming the file (and the byte offset) when it is missing or its
     *     gzip stream is corrupt or truncated
     */
    public static String contentSha256(Path file) {
        MessageDigest digest = newSha256();
        byte[] block = new byte[1 << 16];
        try (ByteInput in = ByteInput.open(file)) {
            for (int n = in.readUpTo(block, 0, block.length); n > 0; n = in.readUpTo(block, 0, block.length)) {
                digest.update(block, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The record for a file whose bytes went through {@code digest} (which this call resets). */
    static DataFile of(Path file, MessageDigest digest) throws IOException {
        return new DataFile(file.toString(), Files.size(file), HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * A new SHA-256 digest.
     *
     * @return a fresh {@code SHA-256} message digest
     */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    /** The error for a file that is not there. */
    static MatrixFileException noSuchFile(Path file) {
        return MatrixFileException.of(file, "no such file");
    }
}
