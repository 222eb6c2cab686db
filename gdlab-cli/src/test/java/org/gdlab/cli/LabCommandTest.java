package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.lab.suite.LabStep;
import org.gdlab.nn.data.DataLocator;
import org.gdlab.nn.data.KnownDataSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gdlab lab --quick} end to end, once: its progress, its folders and its page, which
 * headless Chromium must render without console errors or broken images.
 */
class LabCommandTest {
    @TempDir
    static Path dir;
    static Path lab;
    static CliRun run;
    static boolean data;

    @BeforeAll
    static void runTheLab() {
        data = DataLocator.system().find(KnownDataSet.FASHION_MNIST).isPresent();
        if (!data && "1".equals(System.getenv("GDLAB_REQUIRE_DATA"))) {
            throw new AssertionError("GDLAB_REQUIRE_DATA=1 and Fashion-MNIST is not on this machine");
        }
        lab = dir.resolve("lab");
        run = CliRun.of("lab", "--quick", "--out", lab.toString());
    }

    @Test
    void anOutputThatCannotBeAFolderFailsAtOnceInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        CliRun failed = CliRun.of("lab", "--quick", "--out", file.toString());
        assertEquals(2, failed.exitCode());
        assertTrue(failed.oneLineError(), failed.err());
        assertTrue(failed.err().contains("--out = " + file + " is not allowed: cannot create the folder"), failed.err());
        assertFalse(failed.err().contains("1/" + LabStep.values().length), "no step may run: " + failed.err());
    }

    @Test
    void everyStepRunsWithOneProgressLineEach() {
        assumeTrue(data, "Fashion-MNIST is not on this machine: apt-get install dataset-fashion-mnist");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("wrote " + lab.resolve("index.html")), run.out());
        int steps = LabStep.values().length;
        List<String> lines = run.err().lines().filter(l -> l.matches("\\[[#.]+\\] .*")).toList();
        assertEquals(steps, lines.size(), run.err());
        for (int i = 0; i < steps; i++) {
            LabStep step = LabStep.values()[i];
            assertTrue(lines.get(i).matches("\\[[#.]{24}\\] +\\d+% " + (i + 1) + "/" + steps + "  " + step.folder()
                    + " done in \\d+\\.\\d s \\(elapsed \\d+\\.\\d s\\); remaining: .*"), lines.get(i));
            assertTrue(Files.isRegularFile(lab.resolve(step.folder()).resolve("results.json")), step.folder());
            assertTrue(Files.isRegularFile(lab.resolve(step.folder()).resolve("config.json")), step.folder());
        }
        assertTrue(lines.get(steps - 1).contains("remaining: nothing"), lines.get(steps - 1));
    }

    @Test
    void thePageHasOneSectionPerQuestionAndOnlyLocalImages() throws Exception {
        String page = Files.readString(lab.resolve("index.html"));
        for (int q = 1; q <= 7; q++) {
            assertTrue(page.contains("<section id=\"q" + q + "\">"), "section " + q);
        }
        assertEquals(7, count(page, "<p class=\"question\">"));
        assertFalse(page.contains("<script") || page.contains("<link") || page.matches("(?s).*(src|href)=\"[a-z]+:.*"),
                "self-contained: no scripts, no external resources");
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page);
        int images = 0;
        while (img.find()) {
            images++;
            assertTrue(Files.isRegularFile(lab.resolve(img.group(1))), img.group(1));
        }
        assertTrue(images >= (data ? 20 : 8), "images: " + images);
        if (data) {
            assertEquals(12, count(page, "<div class=\"answer\">"),
                    "four theory, five experiment, one linearization, one kernel-prediction, one edge-of-stability answer");
            assertFalse(page.contains("class=\"error\""));
        }
    }

    @Test
    void chromiumRendersThePageWithoutConsoleErrorsOrBrokenImages() throws Exception {
        HeadlessChromium.require();
        Path work = Files.createDirectories(dir.resolve("chromium"));
        HeadlessChromium.Rendering r = HeadlessChromium.render(lab.resolve("index.html"), work);
        assertTrue(r.images() >= 8, "images: " + r.images());
        assertEquals(0, r.brokenImages(), "images that did not load; error events " + r.errorEvents());
        assertEquals("[]", r.errorEvents());
        assertEquals(List.of(), r.consoleMessages());
        Path shot = Path.of("target", "lab-browser", "lab-top.png");
        HeadlessChromium.screenshot(lab.resolve("index.html"), shot, work);
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot.toAbsolutePath());
    }

    @Test
    void theProbeSeesABrokenImage() throws Exception {
        HeadlessChromium.require();
        Path page = Files.createDirectories(dir.resolve("broken")).resolve("index.html");
        Files.writeString(page, "<!DOCTYPE html>\n<html>\n<head>\n<title>t</title>\n</head>\n<body>\n"
                + "<img src=\"missing.png\" alt=\"x\">\n</body>\n</html>\n");
        HeadlessChromium.Rendering r = HeadlessChromium.render(page, Files.createDirectories(dir.resolve("chromium-broken")));
        assertEquals(1, r.images());
        assertEquals(1, r.brokenImages());
        assertTrue(r.errorEvents().contains("missing.png"), r.errorEvents());
    }

    @Test
    void withoutTheDataTheExperimentsSayHowToGetItAndTheTheoryStillRuns() throws Exception {
        Path other = dir.resolve("no-data");
        Path missing = dir.resolve("no-such-folder");
        CliRun r = CliRun.of("lab", "--quick", "--out", other.toString(), "--data", "fashion-mnist:" + missing);
        assertEquals(Gdlab.EXIT_FAILURE, r.exitCode(), r.err());
        assertTrue(r.out().contains("6 of " + LabStep.values().length + " steps failed"), r.out());
        String page = Files.readString(other.resolve("index.html"));
        assertEquals(6, count(page, "<div class=\"error\">"));
        assertTrue(page.contains(escaped(missing.toString())), "the error names the folder");
        for (LabStep step : List.of(LabStep.GD, LabStep.MOMENTUM, LabStep.NOISE, LabStep.RIDGE, LabStep.LINEARIZE,
                LabStep.KERNEL_PREDICTION)) {
            assertTrue(Files.isRegularFile(other.resolve(step.folder()).resolve("results.json")), step.folder());
        }
        assertTrue(r.err().contains(" 5/" + LabStep.values().length + "  overfit FAILED: "), r.err());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
