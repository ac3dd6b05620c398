package org.enecg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The viewer page in a real browser (Debian's chromium and chromedriver, headless; .ci/run installs them; without
 * them this test fails, it never skips): a bundled record uploaded through the page's file input is drawn in 13
 * panels that hold trace pixels, the answers and gate weights (summing to 1) are shown, nothing is fetched from
 * outside the server, and a screenshot is saved to enecg-core/target/screenshots/viewer.png.
 */
class ViewerPageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("enecg-core/target/screenshots");

    static ModelService service;
    static EcgServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        service = ModelService.open(ServeFixture.model(), "ecg", Path.of(""));
        server = EcgServer.start(service, ServeLimits.defaults(), "127.0.0.1", 0, ServeFixture.dir().resolve("page-uploads"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1600,1250",
                "--force-device-scale-factor=1", "--user-data-dir=" + ServeFixture.dir().resolve("chromium-profile"));
        ChromeDriverService s = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(s, o);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.stop();
        if (service != null) service.close();
    }

    @Test
    void anUploadedRecordIsDrawnOnEcgPaperWithItsAnswersAndGateWeights() throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/";
        driver.get(base);
        assertEquals("EnECG viewer", driver.getTitle());
        String files = ServeFixture.files(ServeFixture.LUDB_1).stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        driver.findElement(By.id("files")).sendKeys(files);
        waitUntilDrawn();
        assertTrue(driver.findElement(By.id("paper-title")).getText().startsWith("1 · 10.0 s · 12 leads"), driver.findElement(By.id("paper-title")).getText());

        List<?> panels = (List<?>) js("""
                const c = document.getElementById('paper');
                const g = c.getContext('2d');
                return JSON.parse(c.dataset.panels).map(p => {
                  const d = g.getImageData(p.x, p.y, p.w, p.h).data;
                  let ink = 0;
                  for (let i = 0; i < d.length; i += 4) if (d[i] < 60 && d[i + 1] < 60 && d[i + 2] < 60) ink++;
                  return [p.lead, p.rhythm, ink, p.w, p.h];
                });""");
        assertEquals(13, panels.size(), "3 x 4 leads and the rhythm strip");
        List<String> leads = panels.stream().map(p -> (String) ((List<?>) p).get(0)).toList();
        assertEquals(List.of("I", "aVR", "V1", "V4", "II", "aVL", "V2", "V5", "III", "aVF", "V3", "V6", "II"), leads);
        for (Object p : panels) {
            List<?> panel = (List<?>) p;
            long ink = ((Number) panel.get(2)).longValue(), w = ((Number) panel.get(3)).longValue();
            // a trace crosses the whole panel: at least one trace pixel per pixel column on average
            assertTrue(ink >= w, "panel " + panel.get(0) + " holds " + ink + " trace pixels over " + w + " columns");
        }
        assertTrue((Boolean) ((List<?>) panels.get(12)).get(1), "the 13th panel is the rhythm strip");

        List<WebElement> answers = driver.findElements(By.cssSelector("#answers .answer"));
        assertEquals(List.of("age", "gender", "report_label"), answers.stream().map(a -> a.getAttribute("data-task")).toList());
        assertTrue(answers.get(0).getText().matches("(?s).*\\d+(\\.\\d)? years.*"), answers.get(0).getText());
        assertTrue(answers.get(1).getText().matches("(?s).*(male|female) \\d+ %.*"), answers.get(1).getText());
        List<WebElement> gates = driver.findElements(By.cssSelector("#gates .gate"));
        assertEquals(3, gates.size());
        for (WebElement g : gates) {
            List<WebElement> bars = g.findElements(By.cssSelector(".bar"));
            assertEquals(List.of(ServeFixture.EXPERTS.split(",")), bars.stream().map(b -> b.getAttribute("data-expert")).toList());
            double sum = 0;
            for (WebElement b : bars) {
                sum += Double.parseDouble(b.getAttribute("data-weight"));
                assertTrue(b.isDisplayed());
            }
            assertEquals(1, sum, 1e-6, "gate weights of " + g.getAttribute("data-task"));
        }
        WebElement quality = driver.findElement(By.id("quality"));
        assertTrue(quality.isDisplayed());
        assertEquals("good", quality.getAttribute("data-grade"));

        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
        for (String url : fetched) assertTrue(url.startsWith(base), "fetched from outside the server: " + url);
        assertFalse(fetched.isEmpty());

        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("viewer.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aBundledExampleCanBePickedAndAPoorRecordIsWarnedAbout() throws Exception {
        driver.get("http://127.0.0.1:" + server.port() + "/");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#example option")).size() == 4);
        new Select(driver.findElement(By.id("example"))).selectByIndex(2);
        waitUntilDrawn();
        assertTrue(driver.findElement(By.id("paper-title")).getText().startsWith("38 · 10.0 s"), driver.findElement(By.id("paper-title")).getText());
        Map<?, ?> beats = (Map<?, ?>) js("return {n: document.querySelectorAll('#facts dd').length};");
        assertTrue(((Number) beats.get("n")).intValue() >= 4);

        // a record whose leads are flat: the warning box says so, prominently
        Path flat = Files.createDirectories(ServeFixture.dir().resolve("flat"));
        Files.copy(Path.of("data/bundled/ludb/data/1.hea"), flat.resolve("1.hea"), StandardCopyOption.REPLACE_EXISTING);
        Files.write(flat.resolve("1.dat"), new byte[120_000]);
        String hea = Files.readString(flat.resolve("1.hea")).replaceAll("(1\\.dat 16 \\S+ \\d+ \\d+ -?\\d+) -?\\d+", "$1 0");
        Files.writeString(flat.resolve("1.hea"), hea);
        driver.findElement(By.id("files")).sendKeys(flat.resolve("1.hea").toAbsolutePath() + "\n" + flat.resolve("1.dat").toAbsolutePath());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "poor".equals(d.findElement(By.id("quality")).getAttribute("data-grade")));
        WebElement q = driver.findElement(By.id("quality"));
        assertTrue(q.getText().contains("Poor signal quality") && q.getText().contains("flat leads"), q.getText());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Files.createDirectories(SCREENSHOTS).resolve("viewer-poor.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void waitUntilDrawn() {
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
            String state = d.findElement(By.tagName("body")).getAttribute("data-state");
            if ("error".equals(state)) throw new AssertionError(d.findElement(By.id("error")).getText());
            return "drawn".equals(state);
        });
    }

    private static Object js(String script) { return ((JavascriptExecutor) driver).executeScript(script); }

}
