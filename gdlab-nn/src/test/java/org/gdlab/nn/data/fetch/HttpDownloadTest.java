package org.gdlab.nn.data.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpDownloadTest {
    @TempDir
    Path dir;

    @Test
    void theStatusGivesBytesRateAndTimeLeft() {
        // 10 MB of 40 MB, 5 MB of them in this session in 2 s: 2.5 MB/s, 30 MB left: 12 s
        assertEquals("10.0 MB of 40.0 MB  2.5 MB/s  12 s left", HttpDownload.status(10_000_000, 40_000_000, 5_000_000, 2_000_000_000L));
        assertEquals("29.5 kB  14.8 kB/s", HttpDownload.status(29_515, 0, 29_515, 2_000_000_000L));
        assertEquals("0.0 kB of 1.0 kB  0.0 kB/s  time left unknown", HttpDownload.status(0, 1000, 0, 1_000_000_000L));
    }

    /**
     * A server on 127.0.0.1 that answers with a Content-Length of 100, sends 40 bytes and closes
     * its side: the download is an error and the partial file keeps the 40 bytes, to be resumed.
     */
    @Test
    void aBodyShorterThanItsLengthIsAnErrorAndKeepsWhatArrived() throws Exception {
        byte[] body = new byte[40];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(5000);
            CompletableFuture<Void> answered = CompletableFuture.runAsync(() -> answerShort(server, body));
            Path part = dir.resolve("file.part");
            IOException e = assertThrows(IOException.class, () -> HttpDownload.download(
                    URI.create("http://127.0.0.1:" + server.getLocalPort() + "/file"), part,
                    new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 1), "file", ProgressListener.SILENT));
            answered.get(5, TimeUnit.SECONDS);
            assertTrue(e.getMessage().contains("after 40"), e.getMessage());
            assertEquals(40, Files.size(part));
        }
    }

    private static void answerShort(ServerSocket server, byte[] body) {
        try (Socket s = server.accept()) {
            s.setSoTimeout(5000);
            InputStream in = s.getInputStream();
            StringBuilder request = new StringBuilder();
            while (!request.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                request.append((char) c);
            }
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            s.shutdownOutput();
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
