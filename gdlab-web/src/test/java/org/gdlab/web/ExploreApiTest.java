package org.gdlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.linearize.toy.ToyConfig;
import org.gdlab.nn.init.Initializers;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.noise.ScalarNoiseConfig;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's API over HTTP on 127.0.0.1: answers, bad values, the guard, the bounds. */
class ExploreApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExploreServer server;
    private static ExploreClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = ExploreServer.start(0);
        client = new ExploreClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode ok(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** Asserts the status and that the body is exactly {"error": expected}. */
    private static void refused(int status, String expected, HttpResponse<String> r) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(1, body.size(), r.body());
        assertEquals(expected, body.get("error").asText());
    }

    private static String message(Supplier<?> make) {
        return assertThrows(IllegalArgumentException.class, make::get).getMessage();
    }

    @Test
    void theMissionsExampleIsAnsweredWithTheKnownNumbers() throws Exception {
        JsonNode a = ok(client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":[5,0.05]},\"beta\":0.1,\"eps\":0.001}"));
        JsonNode o = a.get("momentum").get("optimal");
        // closed forms: (1 -+ sqrt(0.9))^2 / (2 * 0.1 * sigma^2) and sqrt(1 - beta)
        assertEquals(Math.pow(1 - Math.sqrt(0.9), 2) / (0.2 * 0.05), o.get("etaLow").asDouble(), 1e-12);
        assertEquals(Math.pow(1 + Math.sqrt(0.9), 2) / (0.2 * 5), o.get("etaHigh").asDouble(), 1e-12);
        assertEquals(0.2633, o.get("etaLow").asDouble(), 5e-5);
        assertEquals(3.797, o.get("etaHigh").asDouble(), 5e-4);
        assertEquals(Math.sqrt(0.9), o.get("rate").asDouble(), 1e-15);
        assertEquals(132, o.get("asymptotic").get("iterations").asLong());
        assertEquals(346, a.get("momentum").get("gd").get("exact").get("iterations").asLong());
        assertEquals(346, a.get("gd").get("optimalExact").get("iterations").asLong());
        assertEquals(25, a.get("momentum").get("regimeMap").get("largestRegime").size());
    }

    @Test
    void theHeavyBallFormIsConvertedAsTheCommandLineDoes() throws Exception {
        JsonNode a = ok(client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":[5,0.05]},\"form\":\"heavy-ball\",\"m\":0.9,\"lr\":0.3}"));
        JsonNode p = a.get("momentum").get("config").get("parameters");
        assertEquals(0.1, p.get("beta").asDouble(), 1e-15);
        assertEquals(3.0, p.get("eta").asDouble(), 1e-12);
    }

    @Test
    void aGeneratedSpectrumSpansItsConditionNumber() throws Exception {
        JsonNode s = ok(client.post("/api/momentum", "{\"spectrum\":{\"condition\":100,\"size\":1000},\"beta\":0.5}"))
                .get("momentum").get("spectrum");
        assertEquals(1000, s.get("size").asInt());
        assertEquals(100, s.get("conditionNumber").asDouble(), 1e-9);
    }

    @Test
    void badValuesAreA400WithTheRecordsOwnMessage() throws Exception {
        String spectrum = "{\"spectrum\":{\"sigma2\":[5,0.05]},";
        refused(400, message(() -> MomentumParameters.ema(-1, 0.1)), client.post("/api/momentum", spectrum + "\"eta\":-1,\"beta\":0.1}"));
        refused(400, message(() -> MomentumParameters.requireBeta("beta", 1.5)), client.post("/api/momentum", spectrum + "\"beta\":1.5}"));
        refused(400, "eps = 2.0 is not allowed: must be in (0, 1)", client.post("/api/momentum", spectrum + "\"eps\":2}"));
        refused(400, message(() -> LeastSquaresSpectrum.ofSquaredSingularValues("sigma2", new double[] {5, -1})),
                client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":[5,-1]}}"));
        refused(400, message(() -> MomentumParameters.heavyBall(0.1, 1.5)),
                client.post("/api/momentum", spectrum + "\"form\":\"heavy-ball\",\"m\":1.5,\"lr\":0.1}"));
        refused(400, message(() -> org.gdlab.theory.momentum.MomentumForm.parse("form", "nesterov")),
                client.post("/api/momentum", spectrum + "\"form\":\"nesterov\"}"));
        refused(400, "m = 0.5 is not allowed: only with form heavy-ball", client.post("/api/momentum", spectrum + "\"m\":0.5}"));
        refused(400, message(() -> new ScalarNoiseConfig(0, 1, 0.5, 0.1, 10, 10, 1)), client.post("/api/noise", "{\"x\":0}"));
        refused(400, "lambda = -1.0 is not allowed: must be >= 0", client.post("/api/ridge", "{\"lambda\":-1}"));
        refused(400, message(() -> Initializers.parse("init", "bogus")),
                client.post("/api/linearize/start", "{\"page\":\"p1\",\"init\":\"bogus\"}"));
        refused(400, message(() -> ToyConfig.builder().width(0).build()), client.post("/api/linearize/start", "{\"page\":\"p1\",\"width\":0}"));
        refused(400, "spectrum: give exactly one of sigma2, condition and size, or upload (got 2)",
                client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":[1],\"size\":3}}"));
        refused(400, "upload = u999 is not allowed: is not on this server (uploads last while it runs, the last 8 kept): upload X again",
                client.post("/api/momentum", "{\"spectrum\":{\"upload\":\"u999\"}}"));
    }

    @Test
    void malformedRequestsAreA400InOneLine() throws Exception {
        HttpResponse<String> unknown = client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":[5]},\"bogus\":1}");
        assertEquals(400, unknown.statusCode());
        assertTrue(JSON.readTree(unknown.body()).get("error").asText().startsWith("request body: Unrecognized field \"bogus\""));
        HttpResponse<String> broken = client.post("/api/momentum", "{\"spectrum\":");
        assertEquals(400, broken.statusCode());
        assertFalse(JSON.readTree(broken.body()).get("error").asText().contains("\n"), broken.body());
        HttpResponse<String> type = client.post("/api/noise", "{\"steps\":\"many\"}");
        assertEquals(400, type.statusCode());
        assertTrue(type.body().contains("request body:"), type.body());
    }

    @Test
    void workOverABoundIsRefusedNotQueued() throws Exception {
        refused(400, "sigma2 (count) = 1001 is not allowed: must be in [1, 1000] in the explorer",
                client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":" + JSON.writeValueAsString(ones(1001)) + "}}"));
        refused(400, "size = 5000 is not allowed: must be in [1, 1000] in the explorer",
                client.post("/api/momentum", "{\"spectrum\":{\"condition\":10,\"size\":5000}}"));
        refused(400, "condition = 1.0E9 is not allowed: must be in [1.0, 10000.0]",
                client.post("/api/momentum", "{\"spectrum\":{\"condition\":1e9,\"size\":10}}"));
        refused(400, "maxIterations = 10000000 is not allowed: must be in [1, 100000] in the explorer",
                client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":[1]},\"maxIterations\":10000000}"));
        refused(400, "trials = 1000000 is not allowed: must be in [1, 5000] in the explorer",
                client.post("/api/noise", "{\"trials\":1000000}"));
        refused(400, "steps x trials = 5000 x 5000 = 25000000 is not allowed: at most 2000000 trial steps per request in the explorer",
                client.post("/api/noise", "{\"steps\":5000,\"trials\":5000}"));
        refused(400, "spectrum size (vector noise) = 101 is not allowed: must be in [1, 100] in the explorer",
                client.post("/api/noise-vector", "{\"spectrum\":{\"condition\":10,\"size\":101}}"));
        refused(400, "steps x trials x d = 5000 x 5000 x 2 = 50000000 is not allowed: at most 20000000 coordinate updates per request in the explorer",
                client.post("/api/noise-vector", "{\"spectrum\":{\"sigma2\":[5,0.05]},\"steps\":5000,\"trials\":5000}"));
        refused(400, "rows = 1000 is not allowed: must be in [1, 200] in the explorer", client.post("/api/ridge", "{\"rows\":1000}"));
        // 2 * 100 + 3 * (100^2 + 100) + 100 + 1 = 30601 parameters
        refused(400, "width = 100 is not allowed: with depth 4 the network has 30601 parameters; at most 20000 in the explorer",
                client.post("/api/linearize/start", "{\"page\":\"p1\",\"width\":100,\"depth\":4}"));
        refused(400, "steps = 1000000 is not allowed: must be in [1, 200000] in the explorer",
                client.post("/api/linearize/start", "{\"page\":\"p1\",\"steps\":1000000}"));
        HttpResponse<String> big = client.post("/api/momentum", "{\"spectrum\":{\"sigma2\":[" + "1,".repeat(600_000) + "1]}}");
        refused(413, "the request body is larger than 1048576 bytes, the most the explorer takes", big);
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        return v;
    }

    @Test
    void requestsWithoutTheTokenOrWithAnotherHostAreRefused() throws Exception {
        String body = "{\"spectrum\":{\"sigma2\":[5,0.05]}}";
        refused(403, "the access token is missing: open the URL that gdlab explore printed",
                client.send(client.request("/api/momentum", null).POST(HttpRequest.BodyPublishers.ofString(body))));
        refused(403, "the access token is wrong: open the URL that gdlab explore printed",
                client.send(client.request("/api/momentum", "0".repeat(32)).POST(HttpRequest.BodyPublishers.ofString(body))));
        refused(403, "the access token is missing: open the URL that gdlab explore printed", client.send(client.request("/", null).GET()));
        refused(403, "the access token is missing: open the URL that gdlab explore printed",
                client.send(client.request("/static/explorer.js", null).GET()));
        String expectedHost = "Host 'evil.example:" + server.port() + "' is refused: the explorer answers only 127.0.0.1:"
                + server.port() + " or localhost:" + server.port();
        refused(403, expectedHost, client.send(client.request("/api/momentum", server.token())
                .header("Host", "evil.example:" + server.port()).POST(HttpRequest.BodyPublishers.ofString(body))));
        refused(403, "Host '127.0.0.1:1' is refused: the explorer answers only 127.0.0.1:" + server.port() + " or localhost:"
                + server.port(), client.send(client.request("/api/momentum", server.token())
                .header("Host", "127.0.0.1:1").POST(HttpRequest.BodyPublishers.ofString(body))));
        HttpResponse<String> page = client.send(client.request("/?token=" + server.token(), null).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("gdlab explore") && page.body().contains(server.token()));
    }

    @Test
    void routesTakeNoPathsAndRefuseOtherMethods() throws Exception {
        refused(404, "no such page resource: ../ExploreServer.class",
                client.send(client.request("/static/../ExploreServer.class", server.token()).GET()));
        refused(404, "no such route: GET /etc/passwd", client.send(client.request("/etc/passwd", server.token()).GET()));
        refused(405, "GET /api/momentum is not allowed: use POST", client.send(client.request("/api/momentum", server.token()).GET()));
        refused(400, "upload name = ../x.npy is not allowed: must be a file name ending in .npy or .csv",
                client.postBytes("/api/upload?name=../x.npy", new byte[] {1}));
    }

    @Test
    void anUploadedXGivesTheSpectrumOfItsSvd() throws Exception {
        MatrixF64 x = MatrixF64.zeros(300, 40);
        new RandomStream(7).fillNormal(x, 0, 1);
        Path file = dir.resolve("X.npy");
        NpyFile.write(file, x);
        JsonNode a = ok(client.postBytes("/api/upload?name=mine.npy", Files.readAllBytes(file)));
        double[] expected = LeastSquaresSpectrum.ofMatrix("X", x, null, null).sigma2();
        JsonNode got = a.get("spectrum").get("sigma2");
        assertEquals(expected.length, got.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got.get(i).asDouble(), 1e-9 * expected[0]);
        }
        JsonNode m = ok(client.post("/api/momentum", "{\"spectrum\":{\"upload\":\"" + a.get("id").asText() + "\"},\"beta\":0.3}"));
        assertEquals(40, m.get("momentum").get("spectrum").get("size").asInt());
    }

    @Test
    void aCorruptUploadNamesTheUploadNotAServerPath() throws Exception {
        HttpResponse<String> r = client.postBytes("/api/upload?name=broken.npy", "\u0093NUMPY garbage".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, r.statusCode(), r.body());
        String error = JSON.readTree(r.body()).get("error").asText();
        assertTrue(error.contains("broken.npy"), error);
        assertFalse(error.contains("gdlab-explore-upload") || error.contains("/tmp"), error);
    }

    @Test
    void anOversizedUploadIsRefusedWith413() throws Exception {
        byte[] big = new byte[(int) org.gdlab.web.api.Bounds.MAX_UPLOAD_BYTES + 1];
        HttpResponse<String> r;
        try {
            r = client.postBytes("/api/upload?name=big.csv", big);
        } catch (IOException e) {
            throw new AssertionError("the server closed the connection instead of answering 413: " + e, e);
        }
        refused(413, "the request body is larger than 50331648 bytes, the most the explorer takes", r);
    }

    @Test
    void aLiveTrainingStreamsItsReportsAndStopsAndContinues() throws Exception {
        JsonNode started = ok(client.post("/api/linearize/start",
                "{\"page\":\"live-1\",\"width\":8,\"steps\":3000,\"learningRate\":0.02}"));
        String run = started.get("run").asText();
        ok(client.post("/api/linearize/control?run=" + run + "&action=stop", "{}"));
        List<String[]> events = new ArrayList<>();
        HttpResponse<InputStream> stream = client.http().send(client.request("/api/linearize/events?run=" + run, server.token())
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElse(""));
        boolean continued = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String type = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    events.add(new String[] {type, line.substring(6)});
                    JsonNode data = JSON.readTree(line.substring(6));
                    if (type.equals("progress") && data.get("paused").asBoolean() && !continued) {
                        ok(client.post("/api/linearize/control?run=" + run + "&action=continue", "{}"));
                        continued = true;
                    }
                    if (type.equals("end")) {
                        break;
                    }
                }
            }
        }
        assertTrue(continued, "the stopped run reported itself paused");
        assertEquals("data", events.get(0)[0]);
        long reports = events.stream().filter(e -> e[0].equals("report")).count();
        assertTrue(reports >= 2, "reports: " + reports);
        String[] end = events.get(events.size() - 1);
        assertEquals("end", end[0]);
        assertEquals("completed", JSON.readTree(end[1]).get("status").asText(), end[1]);
        JsonNode lastReport = null;
        for (String[] e : events) {
            if (e[0].equals("report")) {
                lastReport = JSON.readTree(e[1]);
            }
        }
        assertEquals(3000, lastReport.get("step").asLong());
        assertEquals(300, lastReport.get("predictions").size(), "200 grid points and the 100 training inputs");
        assertTrue(lastReport.get("spectrum").get("singularValues").size() == 100);
    }

    @Test
    void atMostTwoLiveTrainingsRunAndOnePerPage() throws Exception {
        try (ExploreServer own = ExploreServer.start(0)) {
            ExploreClient c = new ExploreClient(own);
            String slow = ",\"width\":8,\"steps\":200000}";
            assertEquals(200, c.post("/api/linearize/start", "{\"page\":\"a\"" + slow).statusCode());
            assertEquals(200, c.post("/api/linearize/start", "{\"page\":\"b\"" + slow).statusCode());
            refused(409, "2 live trainings are running on this server, the most it runs at once: stop one first",
                    c.post("/api/linearize/start", "{\"page\":\"c\"" + slow));
            // page a starting again replaces its own run instead of adding a third
            assertEquals(200, c.post("/api/linearize/start", "{\"page\":\"a\"" + slow).statusCode());
        }
    }
}
