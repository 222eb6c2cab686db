package org.gdlab.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to an {@link ExploreServer} on 127.0.0.1 with java.net.http, as the page sends them. */
final class ExploreClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExploreServer server;

    ExploreClient(ExploreServer server) {
        this.server = server;
    }

    /** A request to {@code path} on the server with the token header set (null: none). */
    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header(RequestGuard.TOKEN_HEADER, token);
        }
        return b;
    }

    /** POSTs JSON with the right token. */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path, server.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POSTs bytes with the right token. */
    HttpResponse<String> postBytes(String path, byte[] body) throws IOException, InterruptedException {
        return send(request(path, server.token()).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpClient http() {
        return http;
    }
}
