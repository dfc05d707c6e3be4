package dev.pbiadmin.cli.report;

import dev.pbiadmin.emulator.browser.HeadlessChrome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** A report page in headless Chromium, with what the tests read from it. */
final class ReportBrowser {
  // Runs before any script of the page: records errors, CSP violations and console.error calls.
  private static final String RECORDER =
      """
      window.__problems = [];
      window.addEventListener('error', e => window.__problems.push('error: ' + e.message));
      window.addEventListener('unhandledrejection', e => window.__problems.push('rejection: ' + e.reason));
      document.addEventListener('securitypolicyviolation',
          e => window.__problems.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI));
      const realError = console.error;
      console.error = function () {
        window.__problems.push('console.error: ' + Array.from(arguments).join(' '));
        return realError.apply(console, arguments);
      };\
      """;

  private ReportBrowser() {}

  static ChromeDriver start(Path profile) {
    ChromeDriver browser = HeadlessChrome.start(profile);
    browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    return browser;
  }

  /** Loads the page and waits (bounded) until its script has rendered everything. */
  static void open(ChromeDriver browser, Path html) throws InterruptedException {
    browser.get(html.toUri().toString());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!"true".equals(browser.findElement(By.tagName("body")).getAttribute("data-ready"))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the report did not finish rendering: " + errors(browser));
      }
      Thread.sleep(50);
    }
  }

  /** Points in the chart's data, their sum, and how many pixels of its canvas are not blank. */
  static Map<?, ?> chartState(ChromeDriver browser, WebElement canvas) {
    return (Map<?, ?>)
        browser.executeScript(
            """
            const c = arguments[0], chart = Chart.getChart(c);
            if (!chart) { return {points: 0, sum: 0, inked: 0}; }
            const values = chart.data.datasets[0].data;
            const pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let inked = 0;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { inked++; } }
            return {points: values.length, sum: values.reduce((a, b) => a + b, 0), inked: inked};\
            """,
            canvas);
  }

  /** Script errors, CSP violations and console errors the page produced. */
  static List<String> errors(ChromeDriver browser) {
    List<String> problems = new ArrayList<>();
    for (Object p : (List<?>) browser.executeScript("return window.__problems")) {
      problems.add(String.valueOf(p));
    }
    try {
      for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
          problems.add("browser log: " + entry.getMessage());
        }
      }
    } catch (RuntimeException notCollected) {
      // the driver keeps no browser log unless asked; the recorder above covers the page itself
    }
    return problems;
  }

  /** Resources the page loaded after the document itself (Resource Timing): should be none. */
  static List<?> networkResources(ChromeDriver browser) {
    return (List<?>)
        browser.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
  }

  /** Elements whose src or href points outside the page. */
  static List<?> remoteReferences(ChromeDriver browser) {
    return (List<?>)
        browser.executeScript(
            """
            return Array.from(document.querySelectorAll('[src],[href]'))
              .map(e => e.getAttribute('src') || e.getAttribute('href'))
              .filter(u => !u.startsWith('#'));\
            """);
  }
}
