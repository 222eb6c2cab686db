package org.gdlab.report.html;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code chromium} run headless on a page from the file system, without a driver
 * library: a copy of the page with a probe script reports, into the DOM that {@code --dump-dom}
 * prints, how many images failed to load and which error events fired; the console messages
 * come from chromium's log on stderr. Tests skip where chromium is absent, unless
 * {@value #REQUIRE_VARIABLE}=1 (CI), where they fail. Shared with gdlab-cli's tests through this
 * module's test jar.
 */
public final class HeadlessChromium {
    /** Set to 1 to make a missing chromium a test failure. */
    public static final String REQUIRE_VARIABLE = "GDLAB_REQUIRE_BROWSER";
    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern CHECK = Pattern.compile("<pre id=\"gdlab-check\">images=(\\d+) broken=(\\d+) errors=(.*?)</pre>",
            Pattern.DOTALL);
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[^\\]]*\\] (.*)");

    private static final String PROBE_HEAD = "<script>window.__gdlabErrors=[];window.addEventListener('error',function(e){"
            + "window.__gdlabErrors.push(e.message||('failed to load '+(e.target&&(e.target.src||e.target.href))));},true);</script>\n";
    private static final String PROBE_TAIL = "<script>window.addEventListener('load',function(){var b=0,imgs=document.images;"
            + "for(var i=0;i<imgs.length;i++){if(!imgs[i].complete||imgs[i].naturalWidth===0){b++;}}"
            + "var p=document.createElement('pre');p.id='gdlab-check';p.textContent='images='+imgs.length+' broken='+b"
            + "+' errors='+JSON.stringify(window.__gdlabErrors);document.body.appendChild(p);});</script>\n";

    private HeadlessChromium() {
    }

    /**
     * What the browser saw.
     *
     * @param images the page's images
     * @param brokenImages images that did not load (naturalWidth 0)
     * @param errorEvents error events (script errors, resources that failed), as JSON
     * @param consoleMessages every console message chromium logged
     */
    public record Rendering(int images, int brokenImages, String errorEvents, List<String> consoleMessages) {
    }

    /** Skips or fails the calling test when chromium is not installed. */
    public static void require() {
        if (!Files.isExecutable(BINARY)) {
            String why = BINARY + " is missing, so the page cannot be rendered: apt-get install chromium";
            if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
                fail(REQUIRE_VARIABLE + "=1 and " + why);
            }
            assumeTrue(false, why);
        }
    }

    /** Loads {@code page} (through a probed copy beside it) and reports what loaded and what was logged. */
    public static Rendering render(Path page, Path work) throws IOException, InterruptedException {
        String html = Files.readString(page);
        Path probed = page.resolveSibling(".probe-" + page.getFileName());
        Files.writeString(probed, html.replaceFirst("<head>\n", "<head>\n" + Matcher.quoteReplacement(PROBE_HEAD))
                .replace("</body>", PROBE_TAIL + "</body>"));
        try {
            Run run = run(work, "probe", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom",
                    probed.toUri().toString());
            Matcher m = CHECK.matcher(run.stdout());
            if (!m.find()) {
                fail("chromium's DOM has no probe result; stderr:\n" + run.stderr());
            }
            List<String> console = new ArrayList<>();
            Matcher c = CONSOLE.matcher(run.stderr());
            while (c.find()) {
                console.add(c.group(1));
            }
            return new Rendering(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3).replace("&quot;", "\""), console);
        } finally {
            Files.deleteIfExists(probed);
        }
    }

    /** Writes a PNG of the top of {@code page} ({@code 1280 x 1600}) to {@code png}. */
    public static void screenshot(Path page, Path png, Path work) throws IOException, InterruptedException {
        screenshot(page, png, work, 1280, 1600);
    }

    /** Writes a PNG of the top {@code width x height} CSS pixels of {@code page} to {@code png}. */
    public static void screenshot(Path page, Path png, Path work, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(work, "shot", "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString());
    }

    private record Run(String stdout, String stderr) {
    }

    private static Run run(Path work, String name, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s: " + command);
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
