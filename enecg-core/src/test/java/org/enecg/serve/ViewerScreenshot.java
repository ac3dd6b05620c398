package org.enecg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's picture of the viewer page: {@code ViewerScreenshot MODEL RECORD OUT.png} serves MODEL on a free
 * loopback port, uploads RECORD (a path without extension) through the page in headless chromium and saves the
 * window. The command is in docs/serve.md.
 */
public final class ViewerScreenshot {
    private ViewerScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]), record = Path.of(args[1]), out = Path.of(args[2]);
        Path work = Files.createTempDirectory("enecg-screenshot");
        try (ModelService service = ModelService.open(model, "model", Path.of(""));
             EcgServer server = EcgServer.start(service, ServeLimits.defaults(), "127.0.0.1", 0, work.resolve("uploads"))) {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(ViewerPageTest.CHROMIUM.toFile());
            o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1600,1250",
                    "--force-device-scale-factor=1", "--user-data-dir=" + work.resolve("profile"));
            ChromeDriverService s = new ChromeDriverService.Builder().usingDriverExecutable(ViewerPageTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(s, o);
            try {
                driver.get("http://127.0.0.1:" + server.port() + "/");
                driver.findElement(By.id("files")).sendKeys(ServeFixture.files(record).stream().map(p -> p.toAbsolutePath().toString())
                        .collect(Collectors.joining("\n")));
                new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "drawn".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
                Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                driver.quit();
            }
        } finally {
            SafeFiles.deleteTree(work);
        }
    }
}
