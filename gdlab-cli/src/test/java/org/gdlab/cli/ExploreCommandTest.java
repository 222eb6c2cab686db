package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code gdlab explore}: its URL serves the page on 127.0.0.1, and bad options are one line. */
class ExploreCommandTest {
    private static final Pattern URL = Pattern.compile("serving on (http://127\\.0\\.0\\.1:(\\d+)/\\?token=([0-9a-f]{32}))");

    @Test
    void aBadPortIsOneLine() {
        CliRun.assertUsageError("--port = 70000 is not allowed: must be in [0, 65535]", "explore", "--port", "70000", "--no-browser");
        CliRun.assertUsageError("--port = -1 is not allowed: must be in [0, 65535]", "explore", "--port", "-1", "--no-browser");
    }

    @Test
    void itPrintsItsUrlServesThePageAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread run = new Thread(() -> code.set(Gdlab.execute(new String[] {"explore", "--port", "0", "--no-browser"},
                new PrintWriter(out, true), new PrintWriter(err, true))));
        run.start();
        Matcher m = URL.matcher("");
        for (int i = 0; i < 600 && !m.reset(out.toString()).find(); i++) {
            Thread.sleep(100);
        }
        assertTrue(m.reset(out.toString()).find(), "no URL printed: " + out + err);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(m.group(1))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>gdlab explore</title>"));
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(2) + "/"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noToken.statusCode());
        run.interrupt();
        run.join(30_000);
        assertEquals(0, code.get(), err.toString());
        assertEquals("", err.toString());
    }
}
