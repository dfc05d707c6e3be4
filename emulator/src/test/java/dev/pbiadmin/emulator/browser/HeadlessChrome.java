package dev.pbiadmin.emulator.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, for the browser tests.
 *
 * <p>Both binaries come from the system packages that {@code .ci/run} installs; nothing is ever
 * downloaded at run time (Selenium Manager is bypassed by naming both paths). On a developer
 * machine without them the browser tests are skipped with the install command; under CI ({@code
 * CI=true}) they fail instead, so a missing install step cannot pass unnoticed.
 */
public final class HeadlessChrome {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChrome() {}

  /** Starts a fresh headless browser with its own profile; the caller quits it. */
  public static ChromeDriver start(Path profileDir) {
    requireBrowser();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The flags keep Chromium off the closed network and away from a display it does not have.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    // The emulator's CA is not in Chromium's store; the pages are on loopback and tested for
    // content.
    options.setAcceptInsecureCerts(true);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Saves a PNG screenshot (kept as a test artifact under {@code target/}). */
  public static Path screenshot(ChromeDriver driver, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String install =
        "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver;"
            + " .ci/run does this)";
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("headless Chromium is missing: " + install);
    }
    Assumptions.assumeTrue(present, "browser tests skipped: " + install);
  }
}
