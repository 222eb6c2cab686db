package org.gdlab.nn.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.progress.ProgressListener;

/**
 * One HTTP(S) download into a partial file, resumed where an earlier attempt stopped.
 *
 * <p>When the partial file already holds {@code k} bytes, the request asks for
 * {@code Range: bytes=k-}; a {@code 206} answer whose {@code Content-Range} starts at {@code k} is
 * appended, a {@code 200} answer (a server that ignores ranges) replaces the partial file, and a
 * {@code 416} (the partial file is not a prefix of the file) removes it so that the next attempt
 * starts over. A body shorter than its {@code Content-Length}, a read that waits longer than the
 * read timeout, or a failed connection is an {@link IOException} after which the partial file
 * holds what arrived. The progress listener gets the bytes, the rate and the time left.
 */
public final class HttpDownload {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");
    private static final int BLOCK = 1 << 16;

    private HttpDownload() {
    }

    /** An answer that a further attempt at the same URL would not change (a 4xx status other than 408, 416, 429). */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Downloads {@code url} into {@code part}, resuming it when it exists.
     *
     * @param url the file's URL, http or https
     * @param part the partial file, appended to
     * @param settings the timeouts
     * @param label what the progress bar calls the download
     * @param progress gets the download as one task
     * @return the size of the complete file
     * @throws Refused for an answer not worth repeating
     * @throws IOException for anything else (the partial file keeps what arrived)
     */
    public static long download(URI url, Path part, FetchSettings settings, String label, ProgressListener progress)
            throws IOException {
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
        connection.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()));
        connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, settings.readTimeout().toMillis()));
        connection.setInstanceFollowRedirects(true);
        connection.setRequestProperty("Accept-Encoding", "identity");
        if (have > 0) {
            connection.setRequestProperty("Range", "bytes=" + have + "-");
        }
        try {
            int status = connection.getResponseCode();
            if (status == 416) {
                Files.deleteIfExists(part);
                throw new IOException("HTTP 416: the " + have + " bytes already downloaded do not fit the file; "
                        + "the next attempt starts over");
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                throw new Refused("HTTP " + status);
            }
            if (status != 200 && status != 206) {
                throw new IOException("HTTP " + status);
            }
            long from = 0;
            if (status == 206) {
                from = rangeStart(connection.getHeaderField("Content-Range"), have, part);
            }
            long length = connection.getContentLengthLong();
            long total = length < 0 ? 0 : from + length;
            return copy(connection, part, from, total, label, progress, settings);
        } catch (SocketTimeoutException e) {
            throw new IOException("no answer in time (" + e.getMessage() + ")", e);
        } finally {
            connection.disconnect();
        }
    }

    private static long rangeStart(String header, long have, Path part) throws IOException {
        Matcher m = header == null ? null : CONTENT_RANGE.matcher(header.trim());
        if (m == null || !m.matches() || Long.parseLong(m.group(1)) != have) {
            Files.deleteIfExists(part);
            throw new IOException("HTTP 206 with Content-Range " + header + " where bytes " + have
                    + "- were asked for; the next attempt starts over");
        }
        return have;
    }

    private static long copy(HttpURLConnection connection, Path part, long from, long total, String label,
            ProgressListener progress, FetchSettings settings) throws IOException {
        long done = from;
        long start = System.nanoTime();
        progress.start(label, total);
        StandardOpenOption mode = from > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream in = connection.getInputStream();
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] block = new byte[BLOCK];
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                out.write(block, 0, n);
                done += n;
                progress.advance(done, status(done, total, done - from, System.nanoTime() - start));
            }
        } catch (SocketTimeoutException e) {
            progress.finish("stalled at " + size(done));
            throw new IOException("no data for " + settings.readTimeout().toMillis() / 1000.0 + " s after "
                    + done + " bytes (timed out)", e);
        } catch (IOException e) {
            progress.finish("interrupted at " + size(done));
            throw new IOException("the download broke off after " + done + " bytes (" + e.getMessage() + ")", e);
        }
        if (total > 0 && done < total) {
            progress.finish("interrupted at " + size(done));
            throw new IOException("the connection closed after " + done + " of " + total + " bytes");
        }
        long nanos = System.nanoTime() - start;
        progress.finish(String.format(Locale.ROOT, "%s in %.1f s (%s)", size(done), nanos / 1e9, rate(done - from, nanos)));
        return done;
    }

    /** E.g. {@code 12.3 MB of 26.4 MB  5.1 MB/s  4 s left}; without a total, {@code 12.3 MB  5.1 MB/s}. */
    static String status(long done, long total, long thisSession, long nanos) {
        double rate = thisSession / (Math.max(nanos, 1) / 1e9);
        String rateText = rate(thisSession, nanos);
        if (total <= 0) {
            return size(done) + "  " + rateText;
        }
        String left = rate > 0 ? String.format(Locale.ROOT, "%.0f s left", (total - done) / rate) : "time left unknown";
        return size(done) + " of " + size(total) + "  " + rateText + "  " + left;
    }

    /** E.g. {@code 5.1 MB/s}: {@code bytes} in {@code nanos}. */
    static String rate(long bytes, long nanos) {
        return size(Math.round(bytes / (Math.max(nanos, 1) / 1e9))) + "/s";
    }

    /** A size in kB below a megabyte, else in MB (decimal units), e.g. {@code 29.5 kB}, {@code 26.4 MB}. */
    static String size(long bytes) {
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
