package org.gdlab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.gdlab.core.io.NpyFile;
import org.gdlab.core.matrix.MatrixF64;
import org.gdlab.core.random.RandomStream;
import org.gdlab.theory.momentum.MomentumAnalysis;
import org.gdlab.theory.momentum.MomentumAnswers;
import org.gdlab.theory.momentum.MomentumConfig;
import org.gdlab.theory.momentum.MomentumForm;
import org.gdlab.theory.momentum.MomentumParameters;
import org.gdlab.theory.momentum.MomentumResult;
import org.gdlab.theory.noise.ScalarNoiseConfig;
import org.gdlab.theory.noise.ScalarNoiseResult;
import org.gdlab.theory.noise.ScalarNoisyGd;
import org.gdlab.theory.noise.NoisySgd;
import org.gdlab.theory.noise.VectorNoiseConfig;
import org.gdlab.theory.noise.VectorNoiseResult;
import org.gdlab.theory.ridge.RegressionData;
import org.gdlab.theory.ridge.RidgeAnalysis;
import org.gdlab.theory.spectrum.LeastSquaresSpectrum;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer end to end in Debian's chromium, driven by Debian's chromedriver through Selenium
 * (the driver's path is given, so Selenium Manager downloads nothing): the numbers the page shows
 * after moving sliders, clicking the map, snapping and uploading equal gdlab's Java analysis for
 * the same inputs; a bad value shows the server's line beside its control; no other console
 * message is an error. Screenshots of each panel go to target/explore-shots/. The redraw times
 * the page measures (performance.now() from the input event to the end of the redraw) are printed.
 * Skips where chromium or chromedriver is absent, unless {@value #REQUIRE}=1.
 */
class ExploreBrowserTest {
    static final String REQUIRE = "GDLAB_REQUIRE_BROWSER";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "explore-shots");
    /** The console line chromium logs for a request answered 400, expected only where a bad value is typed. */
    private static final String BAD_REQUEST = "the server responded with a status of 400";
    private static ExploreServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static Path downloads;
    private final List<String> allowed = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String why = CHROMIUM + " or " + DRIVER + " is missing: apt-get install chromium chromium-driver";
            if ("1".equals(System.getenv(REQUIRE))) {
                fail(REQUIRE + "=1 and " + why);
            }
            assumeTrue(false, why);
        }
        server = ExploreServer.start(0);
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory(SHOTS.getParent(), "chromium-profile-").toAbsolutePath();
        downloads = Files.createTempDirectory(SHOTS.getParent(), "downloads-").toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "profile.default_content_setting_values.automatic_downloads", 1));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1400,3000", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    // ---------- helpers ----------

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The answers (or refusals) panel 1 has drawn. */
    private static long answers() {
        return answers("momentum");
    }

    /** The answers (or refusals) a panel has drawn. */
    private static long answers(String panel) {
        return ((Number) js("return window.__gdlab.timings.filter(t => t.panel === arguments[0]).length", panel)).longValue();
    }

    /** Waits until panel 1 has drawn more answers than {@code before}. */
    private static void awaitAnswer(long before) {
        awaitAnswer("momentum", before);
    }

    private static void awaitAnswer(String panel, long before) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> answers(panel) > before);
    }

    /** The last timing of panel 1. */
    private static Map<String, Object> lastTiming() {
        return lastTiming("momentum");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastTiming(String panel) {
        return (Map<String, Object>) js("const t = window.__gdlab.timings.filter(t => t.panel === arguments[0]); return t[t.length - 1]", panel);
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static double value(String id) {
        return Double.parseDouble((String) js("return document.getElementById(arguments[0]).value", id));
    }

    /**
     * The page's number format: 4 significant digits without trailing zeros, in exponent form
     * ({@code 7.55e-15}, {@code 2.401e+14}) below 1e-6 and from 1e6.
     */
    static String f4(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        if (r.abs().compareTo(new BigDecimal("1e-6")) >= 0 && r.abs().compareTo(new BigDecimal("1e6")) < 0) {
            return r.toPlainString();
        }
        String digits = r.unscaledValue().abs().toString();
        int exponent = r.precision() - r.scale() - 1;
        return (v < 0 ? "-" : "") + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e"
                + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    private static MomentumResult java(LeastSquaresSpectrum s, double eta, double beta, double eps) {
        int scan = s.size() <= 50 ? 101 : 11;
        return MomentumAnswers.of(s, new MomentumConfig(MomentumParameters.ema(eta, beta), MomentumForm.EMA, eps,
                100_000, scan, true));
    }

    /** Asserts the facts of panel 1 equal the Java analysis of the same inputs. */
    private static void assertPanelOneShows(MomentumResult r) {
        MomentumResult.OptimalSet o = r.optimal();
        String interval = o.interval() ? "[" + f4(o.etaLow()) + ", " + f4(o.etaHigh()) + "]" : f4(o.etaLow()) + " (one point)";
        assertEquals(interval, text("m-interval"));
        assertEquals(f4(o.rate()), text("m-rate"));
        assertEquals(o.asymptotic().describe(), text("m-asymptotic"));
        assertEquals(o.bestExact().describe(), text("m-best-exact"));
        assertEquals(r.gd().asymptotic().describe() + " / " + r.gd().exact().describe(), text("gd-best"));
        assertEquals(f4(r.rate()) + (r.stable() ? "" : " (unstable)"), text("m-current-rate"));
        assertEquals(r.asymptotic().describe() + " / " + r.exact().describe(), text("m-current-iter"));
    }

    private static void screenshot(String panel) throws Exception {
        WebElement e = driver.findElement(By.id(panel));
        js("arguments[0].scrollIntoView()", e);
        Files.write(SHOTS.resolve(panel + ".png"), e.getScreenshotAs(OutputType.BYTES));
    }

    /** Fails on any console message of level SEVERE except those allowed by the step that caused them. */
    private void assertNoConsoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    && allowed.stream().noneMatch(a -> entry.getMessage().contains(a))) {
                fail("console error: " + entry.getMessage());
            }
        }
    }

    private static void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(null);
        return v.get(v.size() / 2);
    }

    /** The median request round trip and draw time (ms) of the last {@code count} answers, as the page measured them. */
    private static String parts(int count) {
        List<Double> request = new ArrayList<>();
        List<Double> draw = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) js("const t = window.__gdlab.timings.filter(t => t.panel === 'momentum'); "
                    + "return t[t.length - arguments[0]]", k);
            request.add(((Number) t.get("request")).doubleValue());
            draw.add(((Number) t.get("draw")).doubleValue());
        }
        return String.format(Locale.ROOT, "request %.0f + draw %.0f", median(request), median(draw));
    }

    /** Presses a slider of panel 1 {@code presses} times, one answer each, and returns the measured redraw times. */
    private static List<Double> slide(String slider, Keys key, int presses) {
        return slide("momentum", slider, key, presses);
    }

    private static List<Double> slide(String panel, String slider, Keys key, int presses) {
        List<Double> ms = new ArrayList<>();
        WebElement s = driver.findElement(By.id(slider));
        for (int k = 0; k < presses; k++) {
            long before = answers(panel);
            s.sendKeys(key);
            awaitAnswer(panel, before);
            Map<String, Object> t = lastTiming(panel);
            assertTrue(t.containsKey("ms"), "an error instead of an answer: " + t);
            ms.add(((Number) t.get("ms")).doubleValue());
        }
        return ms;
    }

    // ---------- the test ----------

    @Test
    void theExplorerShowsGdlabsAnswersAsTheKnobsMove() throws Exception {
        driver.get(server.url());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text("m-interval").startsWith("["));
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !text("r-chosen").equals("…") && !text("n-limit").equals("…"));

        // 1. The mission's example, as gdlab momentum --sigma2 5,0.05 --beta 0.1 answers it.
        LeastSquaresSpectrum mission = LeastSquaresSpectrum.ofSquaredSingularValues("sigma2", new double[] {5, 0.05});
        assertEquals("[0.2633, 3.797]", text("m-interval"));
        assertEquals("0.9487", text("m-rate"));
        assertEquals("132", text("m-asymptotic"));
        assertEquals("346 / 346", text("gd-best"));
        assertPanelOneShows(java(mission, MomentumAnalysis.centralEta(mission, 0.1), 0.1, 1e-3));
        screenshot("panel-momentum");

        // 2. Move the beta slider: the numbers follow the analysis at the page's (eta, beta).
        List<Double> two = slide("m-beta-slider", Keys.ARROW_LEFT, 10);
        assertPanelOneShows(java(mission, value("m-eta"), value("m-beta"), 1e-3));
        List<Double> twoEta = slide("m-eta-slider", Keys.ARROW_RIGHT, 10);
        assertPanelOneShows(java(mission, value("m-eta"), value("m-beta"), 1e-3));
        two.addAll(twoEta);
        String twoParts = parts(10);

        // 3. Click the (eta, beta) map: eta and beta become the clicked point's.
        WebElement map = driver.findElement(By.cssSelector("#chart-map svg"));
        js("arguments[0].scrollIntoView({block: 'center'})", map);
        double etaBefore = value("m-eta");
        long before = answers();
        new Actions(driver).moveToElement(map, -60, 40).click().perform();
        awaitAnswer(before);
        assertTrue(value("m-eta") != etaBefore, "the click set eta");
        assertTrue(text("map-hover").contains("worst radius"), text("map-hover"));
        assertPanelOneShows(java(mission, value("m-eta"), value("m-beta"), 1e-3));

        // 4. The snap buttons.
        before = answers();
        driver.findElement(By.id("snap-joint")).click();
        awaitAnswer(before);
        MomentumResult.JointOptimum joint = java(mission, 1, 0.5, 1e-3).joint();
        assertEquals(joint.beta(), value("m-beta"), 1e-5 * joint.beta());
        assertPanelOneShows(java(mission, value("m-eta"), value("m-beta"), 1e-3));
        before = answers();
        driver.findElement(By.id("snap-gd")).click();
        awaitAnswer(before);
        assertEquals(1.0, value("m-beta"));
        assertEquals(1 / 5.05, value("m-eta"), 1e-6);
        assertPanelOneShows(java(mission, value("m-eta"), 1, 1e-3));
        before = answers();
        js("document.getElementById('m-beta').value = 0.1; document.getElementById('m-beta').dispatchEvent(new Event('input', {bubbles: true}))");
        awaitAnswer(before);
        before = answers();
        driver.findElement(By.id("snap-interval")).click();
        awaitAnswer(before);
        MomentumResult atBeta = java(mission, value("m-eta"), 0.1, 1e-3);
        assertEquals(atBeta.optimal().bestEta(), value("m-eta"), 1e-5 * atBeta.optimal().bestEta());
        assertPanelOneShows(atBeta);

        // 5. The heavy-ball form: m and lr convert to the same method.
        before = answers();
        driver.findElement(By.cssSelector("input[name='m-form'][value='heavy-ball']")).click();
        awaitAnswer(before);
        assertPanelOneShows(java(mission, value("m-lr") / (1 - value("m-m")), 1 - value("m-m"), 1e-3));
        before = answers();
        driver.findElement(By.cssSelector("input[name='m-form'][value='ema']")).click();
        awaitAnswer(before);

        // 6. A bad value: the server's one line beside eta, the same as the record's.
        allowed.add(BAD_REQUEST);
        before = answers();
        type("m-eta", "-1");
        awaitAnswer(before);
        String expected = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MomentumParameters.ema(-1, 0.1)).getMessage();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> expected.equals(
                driver.findElement(By.cssSelector(".err[data-for='eta']")).getText()));
        assertEquals("", text("m-error"));
        assertNoConsoleErrors();
        allowed.clear();
        before = answers();
        type("m-eta", "1");
        awaitAnswer(before);
        assertEquals("", driver.findElement(By.cssSelector(".err[data-for='eta']")).getText());

        // 7. The state is in the URL: a reload shows the same view.
        String url = driver.getCurrentUrl();
        assertTrue(url.contains("#") && url.contains("eta=1"), url);
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text("m-interval").startsWith("["));
        assertEquals(1.0, value("m-eta"));
        assertPanelOneShows(java(mission, 1, value("m-beta"), 1e-3));

        // 7b. The vector case of panel 2 on the same spectrum: X = diag(sigma_i), y_i = sigma_i.
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !text("v-to-ridge").equals("…"));
        MatrixF64 diag = MatrixF64.zeros(2, 2);
        diag.set(0, 0, Math.sqrt(5));
        diag.set(1, 1, Math.sqrt(0.05));
        MatrixF64 targets = MatrixF64.column(new double[] {Math.sqrt(5), Math.sqrt(0.05)});
        VectorNoiseResult vector = NoisySgd.run(diag, targets, new VectorNoiseConfig(value("v-s2"), value("v-eta"),
                (int) value("v-steps"), (int) value("v-trials"), (long) value("v-seed")));
        int lastStep = vector.distanceToRidge().length - 1;
        assertEquals(f4(vector.lambda()), text("v-lambda"));
        assertEquals(f4(vector.maxEtaMean()), text("v-max-eta"));
        assertEquals(f4(vector.distanceToRidge()[lastStep]), text("v-to-ridge"));
        assertEquals(f4(vector.distanceToLeastSquares()[lastStep]), text("v-to-ls"));
        screenshot("panel-noise");

        // 8. Export: the figure's numbers as CSV and the figure as SVG.
        String csv = (String) js("return window.__gdlab.exportText('radius', 'csv')");
        assertTrue(csv.startsWith("series,η,spectral radius\n\"σ² = 5\","), csv.substring(0, 60));
        String svg = (String) js("return window.__gdlab.exportText('map', 'svg')");
        assertTrue(svg.startsWith("<svg") && svg.contains("</svg>"), svg.substring(0, 40));
        Path png = downloads.resolve("gdlab-radius.png");
        Path csvFile = downloads.resolve("gdlab-radius.csv");
        for (String kind : List.of("PNG", "CSV")) {
            WebElement button = driver.findElement(By.xpath("//figure[@data-figure='radius']//button[text()='" + kind + "']"));
            js("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            Path file = kind.equals("PNG") ? png : csvFile;
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.exists(file));
        }
        byte[] pngBytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, pngBytes[0]);
        assertEquals("PNG", new String(pngBytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(csv, Files.readString(csvFile));

        // 9. Generated spectra up to 1,000 singular values: redraw times. The vector case of panel 2
        // refuses a spectrum over its bound, and the page shows the refusal (a 400 in the console).
        assertNoConsoleErrors();
        allowed.add(BAD_REQUEST);
        driver.findElement(By.cssSelector("input[name='m-source'][value='generated']")).click();
        StringBuilder timings = new StringBuilder("redraw from the input event (ms, median of 10 slider moves; server share in brackets):\n");
        timings.append(String.format(Locale.ROOT, "  n = 2 (mission): median %.0f, max %.0f (%s, last 10)%n", median(two),
                two.stream().mapToDouble(Double::doubleValue).max().orElse(0), twoParts));
        for (int n : new int[] {10, 100, 1000}) {
            before = answers();
            type("m-condition", "100");
            type("m-size", Integer.toString(n));
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text("m-summary").contains("n = " + n + ","));
            List<Double> ms = slide("m-eta-slider", Keys.ARROW_LEFT, 10);
            timings.append(String.format(Locale.ROOT, "  n = %d (k = 100): median %.0f, max %.0f (%s; server %.0f)%n", n, median(ms),
                    ms.stream().mapToDouble(Double::doubleValue).max().orElse(0), parts(10),
                    ((Number) lastTiming().get("server")).doubleValue()));
            double[] sigma2 = new double[n];
            for (int i = 0; i < n; i++) {
                sigma2[i] = n == 1 ? 1 : Math.pow(100, -2.0 * i / (n - 1));
            }
            assertPanelOneShows(java(LeastSquaresSpectrum.ofSquaredSingularValues("generated", sigma2), value("m-eta"), value("m-beta"), 1e-3));
        }

        // 10. Upload a 2000 x 500 X: its answer time, and the numbers of its spectrum.
        MatrixF64 x = MatrixF64.zeros(2000, 500);
        new RandomStream(3).fillNormal(x, 0, 1);
        Path file = Files.createTempDirectory(SHOTS.getParent(), "upload-").resolve("X2000x500.npy");
        NpyFile.write(file, x);
        driver.findElement(By.cssSelector("input[name='m-source'][value='upload']")).click();
        before = answers();
        long uploadsBefore = ((Number) js("return window.__gdlab.uploads.length")).longValue();
        driver.findElement(By.id("m-file")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d ->
                ((Number) js("return window.__gdlab.uploads.length")).longValue() > uploadsBefore);
        awaitAnswer(before);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text("m-summary").contains("upload X2000x500.npy"));
        @SuppressWarnings("unchecked")
        Map<String, Object> up = (Map<String, Object>) js("return window.__gdlab.uploads[window.__gdlab.uploads.length - 1]");
        timings.append(String.format(Locale.ROOT, "upload of a 2000 x 500 X (.npy, %.1f MB): answered in %.0f ms (server %.0f ms); "
                        + "then its first redraw %.0f ms%n", Files.size(file) / 1e6, ((Number) up.get("ms")).doubleValue(),
                ((Number) up.get("server")).doubleValue(), ((Number) lastTiming().get("ms")).doubleValue()));
        assertTrue(text("m-upload-status").contains("2000 × 500, 500 positive singular values"), text("m-upload-status"));
        assertPanelOneShows(java(LeastSquaresSpectrum.ofMatrix("upload X2000x500.npy", x, null, null), value("m-eta"), value("m-beta"), 1e-3));
        assertEquals("spectrum size (vector noise) = 500 is not allowed: must be in [1, 100] in the explorer", text("v-error"));
        assertNoConsoleErrors();
        allowed.clear();
        System.out.print(timings);
        Files.writeString(SHOTS.resolve("timings.txt"), timings);

        // 11. Noise: move sigma^2, the facts follow ScalarNoisyGd.
        js("document.getElementById('panel-noise').scrollIntoView()");
        slide("noise", "n-s2-slider", Keys.ARROW_RIGHT, 5);
        ScalarNoiseResult noise = ScalarNoisyGd.run(new ScalarNoiseConfig(value("n-x"), value("n-y"), value("n-s2"), value("n-eta"),
                (int) value("n-steps"), (int) value("n-trials"), (long) value("n-seed")));
        assertEquals(f4(noise.maxEtaMean()), text("n-max-mean"));
        assertEquals(f4(noise.maxEtaMeanSquare()), text("n-max-var"));
        assertEquals(f4(noise.limit()), text("n-limit"));
        assertEquals(f4(noise.shrinkage()), text("n-shrink"));
        assertEquals(f4(100 * noise.bandCoverage()) + "%", text("n-coverage"));

        // 12. Ridge: move lambda, the facts follow RidgeAnalysis.
        slide("ridge", "r-lambda-slider", Keys.ARROW_RIGHT, 5);
        RidgeAnalysis ridge = RidgeAnalysis.of(RegressionData.generate((int) value("r-rows"), (int) value("r-cols"),
                (long) value("r-seed")), value("r-lambda"));
        assertEquals(f4(ridge.solution().maxDifference()), text("r-diff"));
        assertEquals(f4(ridge.posteriorMeanMinusPrimal()), text("r-post"));
        assertEquals(f4(ridge.solution().primalFlops()) + " / " + f4(ridge.solution().kernelFlops()), text("r-flops"));
        assertEquals(ridge.solution().chosen().name().toLowerCase(Locale.ROOT), text("r-chosen"));
        screenshot("panel-ridge");

        // 13. Linearization, live: train, stop, continue, to the end.
        js("document.getElementById('panel-linearize').scrollIntoView()");
        type("l-steps", "200000"); // enough that the stop below arrives before the end on a fast machine
        type("l-width", "16");
        driver.findElement(By.id("l-start")).click();
        // Stop as soon as the run has started (the training pauses at its next progress report)
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> driver.findElement(By.id("l-stop")).isEnabled());
        driver.findElement(By.id("l-stop")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(() -> "status: " + text("l-status") + ", error: "
                + text("l-error") + ", controls: " + js("return JSON.stringify(window.__gdlab.controls)")
                + ", console: " + driver.manage().logs().get(LogType.BROWSER).getAll()).until(d -> text("l-status").startsWith("stopped at step "));
        driver.findElement(By.id("l-continue")).click();
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> text("l-status").startsWith("training completed"));
        assertEquals("training completed after 200000 steps", text("l-status"));
        assertTrue(driver.findElement(By.cssSelector("#chart-lin-features svg")).getAttribute("innerHTML").contains("at step 200000"));
        screenshot("panel-linearize");

        // the first panel again, on the mission's example, for the screenshot
        driver.get(server.url());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> text("m-interval").startsWith("["));
        assertNoConsoleErrors();
    }
}
