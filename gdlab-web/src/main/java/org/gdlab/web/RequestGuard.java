package org.gdlab.web;

import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Who may drive the server: a request must carry the random token (as {@code ?token=} or the
 * header {@value #TOKEN_HEADER}) and a Host header naming the loopback address and the server's
 * port ({@code 127.0.0.1:PORT} or {@code localhost:PORT}). The token keeps out other local users;
 * the Host check keeps out web pages that rebind a name of theirs to 127.0.0.1 (DNS rebinding).
 */
final class RequestGuard {
    /** The header the page sends its token in. */
    static final String TOKEN_HEADER = "X-Gdlab-Token";
    private final String token;
    private final List<String> hosts;

    RequestGuard(String token, int port) {
        this.token = token;
        this.hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
    }

    /** 128 random bits as 32 hex digits. */
    static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The token. */
    String token() {
        return token;
    }

    /** Throws a 403 {@link HttpFailure} unless the request has the loopback Host and the token. */
    void check(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            throw new HttpFailure(403, "Host '" + host + "' is refused: the explorer answers only " + String.join(" or ", hosts));
        }
        String given = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        if (given == null) {
            given = queryParameter(exchange.getRequestURI(), "token");
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new HttpFailure(403, given == null ? "the access token is missing: open the URL that gdlab explore printed"
                    : "the access token is wrong: open the URL that gdlab explore printed");
        }
    }

    /** The first value of a query parameter, decoded, or null. */
    static String queryParameter(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return java.net.URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
