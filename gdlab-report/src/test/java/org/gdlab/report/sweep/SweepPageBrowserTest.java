package org.gdlab.report.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.gdlab.report.html.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The sweep page in Debian's chromium, driven by Debian's chromedriver through Selenium: clicking a
 * column's header sorts the table by it, again reverses it; the charts are inline SVG; nothing is
 * logged. Also saves a screenshot, {@code target/sweep-page/page.png}. Skips where chromium or
 * chromedriver is absent, unless GDLAB_REQUIRE_BROWSER=1.
 */
class SweepPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path WORK = Path.of("target", "sweep-page");

    @Test
    void clickingAHeaderSortsTheTableByThatColumnAndAgainReversesIt() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = CHROMIUM + " or " + DRIVER + " is missing: apt-get install chromium chromium-driver";
            if ("1".equals(System.getenv(HeadlessChromium.REQUIRE_VARIABLE))) {
                fail(HeadlessChromium.REQUIRE_VARIABLE + "=1 and " + why);
            }
            assumeTrue(false, why);
        }
        Files.createDirectories(WORK);
        Path page = SweepPage.write(SweepFixture.record(), WORK);
        Path profile = Files.createTempDirectory(WORK.toAbsolutePath(), "profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1300,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
        try {
            driver.get(page.toAbsolutePath().toUri().toString());
            assertEquals(3, driver.findElements(By.cssSelector("figure svg")).size(), "lr, batch and the heat map");
            WebElement validation = header(driver, "validation acc.");
            validation.click();
            assertEquals("ascending", validation.getAttribute("aria-sort"));
            List<String> up = column(driver, 2 + 3 + 1);
            assertEquals("lr=0.001_batch=100_seed=0", column(driver, 1).get(0), "the lowest accuracy first");
            assertEquals("lr=0.01_batch=100_seed=0", column(driver, 1).get(8), "a failed point without a value last");
            for (int i = 1; i < 8; i++) {
                assertTrue(Double.parseDouble(up.get(i - 1)) <= Double.parseDouble(up.get(i)), up.toString());
            }
            validation.click();
            assertEquals("descending", validation.getAttribute("aria-sort"));
            assertEquals("lr=0.003_batch=200_seed=1", column(driver, 1).get(0), "the best point first");
            header(driver, "#").click();
            assertEquals("1", column(driver, 0).get(0));
            assertEquals("9", column(driver, 0).get(8));
            header(driver, "status").click();
            assertEquals("completed", column(driver, 2 + 3).get(0));
            List<LogEntry> logged = driver.manage().logs().get(LogType.BROWSER).getAll();
            assertTrue(logged.isEmpty(), logged.toString());
            assertFalse(driver.getPageSource().contains("<script src"), "the page stands alone");
        } finally {
            driver.quit();
        }
        HeadlessChromium.screenshot(page, WORK.resolve("page.png"), WORK, 1300, 2400);
        assertTrue(Files.size(WORK.resolve("page.png")) > 10_000);
    }

    private static WebElement header(ChromeDriver driver, String text) {
        return driver.findElements(By.cssSelector("table.points th")).stream().filter(th -> th.getText().trim()
                .replaceAll("[\u25B2\u25BC]", "").trim().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no header " + text));
    }

    private static List<String> column(ChromeDriver driver, int col) {
        return driver.findElements(By.cssSelector("table.points tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(col).getText().trim()).toList();
    }
}
