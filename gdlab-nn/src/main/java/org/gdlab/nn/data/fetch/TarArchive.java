package org.gdlab.nn.data.fetch;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.gdlab.core.io.AtomicFiles;
import org.gdlab.core.io.MatrixFileException;
import org.gdlab.nn.data.DataFile;

/**
 * Unpacks chosen files from a gzip-compressed tar archive (POSIX ustar and the older tar
 * layout): a sequence of 512-byte headers, each followed by its file's data padded to a multiple
 * of 512 bytes, ended by a block of zeros. A header holds the name in bytes 0-99, the size as
 * octal digits in bytes 124-135, the type in byte 156 ({@code 0} or NUL for a regular file), and
 * for ustar ({@code "ustar"} at byte 257) a name prefix in bytes 345-499.
 */
final class TarArchive {
    private static final int BLOCK = 512;

    private TarArchive() {
    }

    /**
     * Writes each of {@code members}, found in the archive as {@code folder/NAME}, to
     * {@code into/NAME} (each written to a temporary file and renamed).
     *
     * @return the SHA-256 of each file written, by name, in the order of {@code members}
     * @throws MatrixFileException naming the archive and the byte offset (into the uncompressed
     *     tar) when it is truncated or a member is missing
     */
    static Map<String, String> extract(Path archive, String folder, List<String> members, Path into) {
        Map<String, String> digests = new LinkedHashMap<>();
        long offset = 0;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
            byte[] header = new byte[BLOCK];
            while (true) {
                if (in.readNBytes(header, 0, BLOCK) < BLOCK) {
                    throw MatrixFileException.atByte(archive, offset, "the tar archive ends inside a header");
                }
                if (allZero(header)) {
                    break;
                }
                String name = name(header);
                long size = octal(archive, offset, header, 124, 12);
                offset += BLOCK;
                String member = name.startsWith(folder + "/") ? name.substring(folder.length() + 1) : null;
                boolean regular = header[156] == '0' || header[156] == 0;
                if (regular && member != null && members.contains(member)) {
                    digests.put(member, write(in, size, into.resolve(member), archive, offset));
                    skip(in, padding(size), archive, offset + size);
                } else {
                    skip(in, size + padding(size), archive, offset);
                }
                offset += size + padding(size);
            }
        } catch (EOFException e) {
            throw MatrixFileException.atByte(archive, offset, "the archive is truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw MatrixFileException.atByte(archive, offset, "cannot unpack: " + e.getMessage());
        }
        List<String> missing = members.stream().filter(m -> !digests.containsKey(m)).toList();
        if (!missing.isEmpty()) {
            throw MatrixFileException.of(archive, "the archive has no " + String.join(", ",
                    missing.stream().map(m -> folder + "/" + m).toList()));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        members.forEach(m -> ordered.put(m, digests.get(m)));
        return ordered;
    }

    private static String write(InputStream in, long size, Path target, Path archive, long offset) {
        MessageDigest digest = DataFile.newSha256();
        AtomicFiles.write(target, out -> {
            DigestOutputStream hashed = new DigestOutputStream(out, digest);
            long copied = copy(in, hashed, size);
            if (copied < size) {
                throw MatrixFileException.atByte(archive, offset + copied, "the archive ends inside " + target.getFileName()
                        + " (" + copied + " of " + size + " bytes)");
            }
            hashed.flush();
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long copy(InputStream in, java.io.OutputStream out, long size) throws IOException {
        byte[] block = new byte[1 << 16];
        long copied = 0;
        while (copied < size) {
            int n = in.read(block, 0, (int) Math.min(block.length, size - copied));
            if (n < 0) {
                break;
            }
            out.write(block, 0, n);
            copied += n;
        }
        return copied;
    }

    private static void skip(InputStream in, long bytes, Path archive, long offset) throws IOException {
        long skipped = copy(in, java.io.OutputStream.nullOutputStream(), bytes);
        if (skipped < bytes) {
            throw MatrixFileException.atByte(archive, offset + skipped, "the tar archive ends inside a file");
        }
    }

    private static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static String name(byte[] header) {
        String name = text(header, 0, 100);
        boolean ustar = text(header, 257, 5).equals("ustar");
        String prefix = ustar ? text(header, 345, 155) : "";
        String full = prefix.isEmpty() ? name : prefix + "/" + name;
        return full.startsWith("./") ? full.substring(2) : full;
    }

    private static String text(byte[] header, int from, int length) {
        int end = from;
        while (end < from + length && header[end] != 0) {
            end++;
        }
        return new String(header, from, end - from, StandardCharsets.US_ASCII);
    }

    private static long octal(Path archive, long offset, byte[] header, int from, int length) {
        String digits = text(header, from, length).trim();
        if (!digits.matches("[0-7]+")) {
            throw MatrixFileException.atByte(archive, offset + from, "the tar header's size '" + digits + "' is not octal");
        }
        return Long.parseLong(digits, 8);
    }

    private static boolean allZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
