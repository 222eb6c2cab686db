package org.gdlab.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.progress.ProgressListener;
import org.gdlab.lab.suite.LabOptions;
import org.gdlab.lab.suite.LabRunner;
import org.gdlab.lab.suite.LabStep;
import org.gdlab.nn.data.DataSource;
import org.gdlab.report.NumberText;
import org.gdlab.theory.gd.GdResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page from a lab folder whose theory steps ran, one experiment failed and the rest did not run. */
class LabPageTest {
    @Test
    void sectionsShowAnswersChartsErrorsAndWhatDidNotRun(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-data-here");
        LabOptions options = new LabOptions(dir, true, DataSource.parse("fashion-mnist:" + missing), 1);
        LabRunner.run(options, List.of(LabStep.GD, LabStep.MOMENTUM, LabStep.NOISE, LabStep.RIDGE, LabStep.INIT),
                ProgressListener.SILENT);
        Path page = LabPage.write(dir);
        String html = Files.readString(page);

        for (int q = 1; q <= 7; q++) {
            assertTrue(html.contains("<section id=\"q" + q + "\">"), "section " + q);
        }
        assertFalse(html.contains("<script") || html.contains("<link") || html.matches("(?s).*(src|href)=\"[a-z]+:.*"),
                "no script, no external resource (links to data sources may appear as text)");
        GdResult gd = (GdResult) LabStep.GD.readResults(dir);
        assertTrue(html.contains("Stable learning rates: 0 &lt; eta &lt; 1/sigma_max^2 = " + NumberText.number(gd.largestStableEta())),
                "the GD answer carries the results' numbers");
        assertTrue(html.contains("iterations to eps: " + gd.optimalExact().describe()));
        Matcher error = Pattern.compile("<div class=\"error\"><b>This step failed.</b> ([^<]*)</div>").matcher(html);
        assertTrue(error.find(), "the failed step shows its error");
        assertTrue(error.group(1).contains(missing.toString()), error.group(1));
        assertFalse(error.find(), "exactly one failed step");
        assertEquals(7, count(html, "This step did not run in this lab."),
                "overfit, optimizers, batch-size, best-model, linearize, kernel-prediction, edge-of-stability");
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            images++;
            assertTrue(Files.size(dir.resolve(img.group(1))) > 1000, img.group(1));
        }
        assertEquals(2 + 4 + 3 + 1, images, "gd 2, momentum 3 + regime map, noise 3, ridge 1");
    }

    @Test
    void escapingKeepsTextText() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", Html.escape("a <b> & \"c\""));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
