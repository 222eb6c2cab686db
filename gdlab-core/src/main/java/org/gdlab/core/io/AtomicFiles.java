package org.gdlab.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a
 * half-written file: the bytes go to a temporary file {@code .NAME.UUID.tmp} in the same folder,
 * are forced to the disk ({@link FileChannel#force}), and the file is then renamed over the target
 * (and the folder forced, so that the rename survives a power cut too). The temporary file is
 * created like any new file (its permissions follow the umask), so the target ends with the
 * permissions a plain write would have given it.
 *
 * <p>A writer killed between creating and renaming leaves its temporary file behind;
 * {@link #removeLeftovers} deletes those of a folder whose writers are known to be gone (the
 * holder of its {@link RunFolderLock} calls it).
 */
public final class AtomicFiles {
    private static final String TMP_SUFFIX = ".tmp";
    /** {@code .NAME.UUID.tmp}, as {@link #write} names its temporary files. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the whole content to {@code out}.
         *
         * @param out the stream to the temporary file; the caller closes it, not the writer
         * @throws IOException when writing fails; {@link AtomicFiles#write} then leaves the target
         *     untouched
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically, creating its folder if needed.
     *
     * @param target the file to write (replaced if it exists)
     * @param writer writes the whole content to the temporary file
     * @throws UncheckedIOException naming the file when writing fails; the target is untouched then
     */
    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + TMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            move(tmp, absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is gone or unreachable; the target is what matters
                }
            }
        }
    }

    /**
     * Renames a finished file written by other means (a download's partial file, say) over
     * {@code target} the way {@link #write} does: its data forced to the disk, then renamed in one
     * step where the file system can (a reader sees the old file or the new one, never a part),
     * then the folder forced. {@code tmp} should be in the target's folder.
     *
     * @param tmp the finished file, in the target's folder
     * @param target the file it replaces (or creates)
     * @throws IOException when forcing or renaming fails
     */
    public static void rename(Path tmp, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        move(tmp, target.toAbsolutePath());
    }

    private static void move(Path tmp, Path absolute) throws IOException {
        try {
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(absolute.getParent());
    }

    /**
     * Forces a folder's entries (a rename in it) to the disk where the platform allows opening a
     * folder for that (Linux does; elsewhere the rename is left to the file system).
     */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // a folder cannot be opened as a channel here; the file's own data is on the disk already
        }
    }

    /** Whether {@code name} is the name of one of this class's temporary files. */
    static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /**
     * Deletes the temporary files that writers killed mid-write left in {@code dir} (not in its
     * subfolders). Only for a folder no live writer uses: its {@link RunFolderLock}'s holder.
     *
     * @param dir the folder to clean, held by this run
     * @return how many were deleted
     * @throws UncheckedIOException naming the folder when it cannot be listed or a file cannot be deleted
     */
    public static int removeLeftovers(Path dir) {
        int removed = 0;
        try (var entries = Files.newDirectoryStream(dir, entry -> isTemporary(entry.getFileName().toString()))) {
            for (Path leftover : entries) {
                if (Files.deleteIfExists(leftover)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the temporary files of " + dir + ": " + e.getMessage(), e);
        }
        return removed;
    }

    /**
     * Writes {@code text} as UTF-8, atomically.
     *
     * @param target the file to write (replaced if it exists)
     * @param text the whole content
     */
    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
