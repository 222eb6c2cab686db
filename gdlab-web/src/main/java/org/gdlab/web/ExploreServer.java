package org.gdlab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gdlab.core.validate.Check;
import org.gdlab.web.api.Bounds;
import org.gdlab.web.api.EtaFreeMemo;
import org.gdlab.web.api.LinearizeRequest;
import org.gdlab.web.api.MomentumRequest;
import org.gdlab.web.api.NoiseRequest;
import org.gdlab.web.api.RidgeRequest;
import org.gdlab.web.api.Uploads;
import org.gdlab.web.api.VectorNoiseRequest;

/**
 * The explorer's server: the JDK's {@link HttpServer} bound to 127.0.0.1 only. Every request passes
 * {@link RequestGuard} (token and Host) first. Routes:
 * <ul>
 *   <li>{@code GET /} the page, {@code GET /static/NAME} its scripts and style (from this jar);</li>
 *   <li>{@code POST /api/momentum}, {@code /api/noise}, {@code /api/noise-vector}, {@code /api/ridge}: a JSON request record in,
 *       the analysis out;</li>
 *   <li>{@code POST /api/upload?name=X.npy}: the bytes of X in, its spectrum's id out;</li>
 *   <li>{@code POST /api/linearize/start}, {@code POST /api/linearize/control?run=ID&action=stop|continue},
 *       {@code GET /api/linearize/events?run=ID}: a live training and its server-sent events.</li>
 * </ul>
 * A bad value is a 400 whose body {@code {"error": "..."}} is the same one line the command line
 * prints; a refused request is a 403, 404, 405, 409 or 413 with the same body. No route takes a path.
 */
public final class ExploreServer implements AutoCloseable {
    private static final Map<String, String> STATIC = Map.of(
            "explorer.js", "text/javascript", "explorer-charts.js", "text/javascript", "explorer.css", "text/css");
    /** The most bytes of a refused body read and dropped before the refusal. */
    private static final long MAX_DRAIN = 256L << 20;
    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestGuard guard;
    private final ObjectMapper json;
    private final ObjectMapper reader;
    private final Uploads uploads = new Uploads();
    private final EtaFreeMemo etaFree = new EtaFreeMemo();
    private final LiveTrainings live;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private ExploreServer(HttpServer server, ExecutorService executor, String token) {
        this.server = server;
        this.executor = executor;
        this.guard = new RequestGuard(token, server.getAddress().getPort());
        this.json = AnswerViews.register(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS));
        this.reader = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.live = new LiveTrainings(json);
        server.createContext("/", this::handle);
    }

    /**
     * Starts a server on {@code 127.0.0.1:port} with a fresh random token.
     *
     * @param port 0 for a free port, else in [1, 65535]
     * @return the running server; {@link #close()} stops it
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static ExploreServer start(int port) {
        Check.inRange("--port", port, 0, 65535);
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "gdlab-explore-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        ExploreServer s = new ExploreServer(http, executor, RequestGuard.newToken());
        http.start();
        return s;
    }

    /**
     * The port it listens on.
     *
     * @return the port on 127.0.0.1, the one chosen when {@code start} was given 0
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The access token.
     *
     * @return the random token every request must carry (32 hexadecimal digits)
     */
    public String token() {
        return guard.token();
    }

    /**
     * The page's URL, token included.
     *
     * @return {@code http://127.0.0.1:PORT/?token=TOKEN}
     */
    public String url() {
        return "http://127.0.0.1:" + port() + "/?token=" + token();
    }

    /** Stops the live trainings and the server (waiting at most a second for open exchanges); once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        live.stopAll();
        server.stop(1);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                guard.check(exchange);
                route(exchange);
            } catch (HttpFailure e) {
                if (e.status() == 413) {
                    drain(exchange.getRequestBody());
                }
                sendError(exchange, e.status(), e.getMessage());
            } catch (IllegalArgumentException | UncheckedIOException e) {
                sendError(exchange, 400, e.getMessage());
            } catch (JsonProcessingException e) {
                sendError(exchange, 400, "request body: " + e.getOriginalMessage());
            } catch (RuntimeException e) {
                sendError(exchange, 500, "internal error: " + e);
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/") || path.startsWith("/static/")) {
            requireMethod(exchange, "GET");
            if (path.equals("/")) {
                String page = resource("index.html").replace("{{token}}", guard.token());
                send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = path.substring("/static/".length());
            String type = STATIC.get(name);
            if (type == null) {
                throw new HttpFailure(404, "no such page resource: " + name);
            }
            send(exchange, 200, type + "; charset=utf-8", resource(name).getBytes(StandardCharsets.UTF_8));
            return;
        }
        switch (path) {
            case "/api/momentum" -> sendJson(exchange, readJson(exchange, MomentumRequest.class).answer(uploads, etaFree));
            case "/api/noise" -> sendJson(exchange, readJson(exchange, NoiseRequest.class).answer());
            case "/api/noise-vector" -> sendJson(exchange, readJson(exchange, VectorNoiseRequest.class).answer(uploads));
            case "/api/ridge" -> sendJson(exchange, readJson(exchange, RidgeRequest.class).answer());
            case "/api/upload" -> {
                requireMethod(exchange, "POST");
                try (InputStream body = boundedBody(exchange, Bounds.MAX_UPLOAD_BYTES)) {
                    sendJson(exchange, uploads.add(RequestGuard.queryParameter(exchange.getRequestURI(), "name"), body));
                }
            }
            case "/api/linearize/start" -> sendJson(exchange, live.start(readJson(exchange, LinearizeRequest.class)));
            case "/api/linearize/control" -> {
                requireMethod(exchange, "POST");
                String action = RequestGuard.queryParameter(exchange.getRequestURI(), "action");
                if (!"stop".equals(action) && !"continue".equals(action)) {
                    throw Check.invalid("action", action, "must be stop or continue");
                }
                live.get(RequestGuard.queryParameter(exchange.getRequestURI(), "run")).pause("stop".equals(action));
                sendJson(exchange, Map.of("action", action));
            }
            case "/api/linearize/events" -> {
                requireMethod(exchange, "GET");
                stream(exchange, live.get(RequestGuard.queryParameter(exchange.getRequestURI(), "run")));
            }
            default -> throw new HttpFailure(404, "no such route: " + method + " " + path);
        }
    }

    /** Writes the run's events as server-sent events until its end (resuming after Last-Event-ID). */
    private void stream(HttpExchange exchange, LiveTrainings.Run run) throws IOException {
        String last = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        int from = 0;
        if (last != null) {
            try {
                from = Integer.parseInt(last.trim()) + 1;
            } catch (NumberFormatException e) {
                throw Check.invalid("Last-Event-ID", last, "must be an event id");
            }
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            boolean ended = false;
            while (!ended) {
                List<LiveTrainings.Event> events = run.eventsFrom(from, 15_000);
                if (events.isEmpty()) {
                    if (run.finished()) {
                        break;
                    }
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                }
                for (LiveTrainings.Event e : events) {
                    out.write(("id: " + e.id() + "\nevent: " + e.type() + "\ndata: " + e.json() + "\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    from = e.id() + 1;
                    ended |= e.type().equals("end");
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T readJson(HttpExchange exchange, Class<T> type) throws IOException {
        requireMethod(exchange, "POST");
        try (InputStream body = boundedBody(exchange, Bounds.MAX_JSON_BYTES)) {
            T value = reader.readValue(body, type);
            if (value == null) {
                throw new IllegalArgumentException("request body: a JSON object is needed");
            }
            return value;
        }
    }

    /**
     * Reads and drops what is left of a refused body (at most {@link #MAX_DRAIN} bytes), so that the
     * client, still sending, reads the refusal instead of a reset connection.
     */
    private static void drain(InputStream body) {
        byte[] buffer = new byte[1 << 16];
        long left = MAX_DRAIN;
        try {
            for (int n = body.read(buffer); n > 0 && left > 0; n = body.read(buffer)) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static void requireMethod(HttpExchange exchange, String method) {
        if (!exchange.getRequestMethod().equals(method)) {
            throw new HttpFailure(405, exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + " is not allowed: use " + method);
        }
    }

    /** The request body, refused with 413 (before it is read, when the length is declared) beyond {@code max} bytes. */
    private static InputStream boundedBody(HttpExchange exchange, long max) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        String refusal = "the request body is larger than " + max + " bytes, the most the explorer takes";
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > max) {
                    throw new HttpFailure(413, refusal);
                }
            } catch (NumberFormatException e) {
                throw Check.invalid("Content-Length", declared, "must be a number of bytes");
            }
        }
        return new LimitedInputStream(exchange.getRequestBody(), max, () -> new HttpFailure(413, refusal));
    }

    private void sendJson(HttpExchange exchange, Object value) throws IOException {
        send(exchange, 200, "application/json", json.writeValueAsBytes(value));
    }

    private void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsBytes(Map.of("error", String.valueOf(message))));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String resource(String name) {
        try (InputStream in = ExploreServer.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the page resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
