package org.gdlab.nn.data.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP server on 127.0.0.1 (a free port) standing in for a data set mirror: each path serves
 * its bytes in one of a few ways, and every request is recorded with its Range header. Nothing
 * leaves the machine; a stalled answer waits at most {@value #STALL_SECONDS} s (or until close).
 */
final class LoopbackServer implements AutoCloseable {
    static final int STALL_SECONDS = 5;
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    /** How a path answers. */
    enum Mode {
        /** The bytes, honouring a Range request with 206. */
        SERVE,
        /** Once: the full Content-Length, then only the first half of the bytes, then nothing (as STALL); then SERVE. */
        HALF_ONCE,
        /** The headers and 10 bytes, then nothing until the server closes. */
        STALL,
        /** Ignores Range: always 200 with all the bytes. */
        IGNORE_RANGE
    }

    /** A request as received. */
    record Request(String path, String range) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Mode> modes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::answer);
        server.start();
    }

    /** Serves {@code bytes} at {@code path} (e.g. {@code /a/mnist/train-images-idx3-ubyte.gz}). */
    LoopbackServer put(String path, byte[] bytes, Mode mode) {
        files.put(path, bytes);
        modes.put(path, mode);
        return this;
    }

    /** The base URL of a folder of this server, ending in '/'. */
    URI base(String folder) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + folder + "/");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String range = exchange.getRequestHeaders().getFirst("Range");
        requests.add(new Request(path, range));
        byte[] bytes = files.get(path);
        try (exchange) {
            if (bytes == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Mode mode = modes.get(path);
            OutputStream out = exchange.getResponseBody();
            switch (mode) {
                case HALF_ONCE -> {
                    modes.put(path, Mode.SERVE);
                    exchange.sendResponseHeaders(200, bytes.length);
                    out.write(bytes, 0, bytes.length / 2);
                    out.flush();
                    awaitClose();
                }
                case STALL -> {
                    exchange.sendResponseHeaders(200, bytes.length);
                    out.write(bytes, 0, 10);
                    out.flush();
                    awaitClose();
                }
                case IGNORE_RANGE -> {
                    exchange.sendResponseHeaders(200, bytes.length);
                    out.write(bytes);
                }
                case SERVE -> {
                    Matcher m = range == null ? null : RANGE.matcher(range);
                    int from = m != null && m.matches() ? Integer.parseInt(m.group(1)) : 0;
                    if (from >= bytes.length) {
                        exchange.sendResponseHeaders(416, -1);
                        return;
                    }
                    if (from > 0) {
                        exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
                        exchange.sendResponseHeaders(206, bytes.length - from);
                    } else {
                        exchange.sendResponseHeaders(200, bytes.length);
                    }
                    out.write(bytes, from, bytes.length - from);
                }
            }
        }
    }

    private void awaitClose() {
        try {
            closing.await(STALL_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
