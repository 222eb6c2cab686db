package org.gdlab.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gdlab.core.validate.Check;

/**
 * The claim of one run on the folder it writes: while it is held, a second run into the same
 * folder is refused in one line instead of mixing its files with the first's.
 *
 * <p>The lock is an operating-system lock ({@link FileChannel#tryLock}) on the file
 * {@value #FILE} in the folder, which the system releases when the holder's process ends in any
 * way, kill -9 included: a stale lock of a dead process is no lock. The file holds the holder's
 * pid and start time, for the message of the refused run; it stays in the folder (deleting it
 * would let two runs lock two different files of the same name). Within one JVM a registry of the
 * held folders refuses the second claim before a second channel is opened on the file (closing
 * that channel would drop the process's lock on some systems).
 *
 * <p>On acquiring, the temporary files of writers killed mid-write are removed
 * ({@link AtomicFiles#removeLeftovers}): with the lock held, no live writer owns them.
 */
public final class RunFolderLock implements AutoCloseable {
    /** The name of the lock file in a run folder. */
    public static final String FILE = ".gdlab.lock";

    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private RunFolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code dir}, an existing folder, for this run.
     *
     * @param option the option that named the folder, e.g. {@code --out}, for the message
     * @param dir the existing folder to claim
     * @return the held lock; closing it releases the folder
     * @throws IllegalArgumentException naming the option, the folder and the holder when another run holds it
     * @throws UncheckedIOException naming the folder when the lock file cannot be created
     */
    public static RunFolderLock acquire(String option, Path dir) {
        Path folder;
        try {
            folder = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir + ": " + e.getMessage(), e);
        }
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
        String earlier = HELD.putIfAbsent(folder, holder);
        if (earlier != null) {
            throw busy(option, dir, earlier);
        }
        try {
            FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String other = holderOf(channel);
                channel.close();
                throw busy(option, dir, other);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            AtomicFiles.removeLeftovers(folder);
            return new RunFolderLock(folder, channel, lock);
        } catch (IOException e) {
            HELD.remove(folder);
            throw new UncheckedIOException("cannot lock " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            HELD.remove(folder);
            throw e;
        }
    }

    private static IllegalArgumentException busy(String option, Path dir, String holder) {
        return Check.invalid(option, dir, "another gdlab run (" + holder + ") is writing this folder: "
                + "wait for it to finish or choose another folder");
    }

    /** What the holder wrote into the lock file, read through the channel already open on it. */
    private static String holderOf(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(200);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? "holder unknown" : text;
    }

    /**
     * The folder, as a real path.
     *
     * @return the held folder, as a real path
     */
    public Path folder() {
        return folder;
    }

    /** Releases the folder. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unlock " + folder + ": " + e.getMessage(), e);
        } finally {
            HELD.remove(folder);
        }
    }
}
