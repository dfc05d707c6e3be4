package dev.pbiadmin.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * For bench/report-bench.sh: opens a report RUNS times in headless Chromium (the shared
 * HeadlessChrome, through ReportBrowser) and prints, from Navigation Timing, when the document was
 * parsed and loaded, when the page script had rendered everything, the DOM size and JS heap, and
 * how long filtering and sorting the largest table take: {@code ReportLoadBench REPORT.html
 * [RUNS]}.
 */
public final class ReportLoadBench {
  private static final String TIMINGS =
      """
      const n = performance.getEntriesByType('navigation')[0];
      return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
              ready: window.pbiadminReportReady, domNodes: document.getElementsByTagName('*').length,
              heapMb: performance.memory ? performance.memory.usedJSHeapSize / 1048576 : -1,
              resources: performance.getEntriesByType('resource').length};\
      """;

  // Types into the workspaces filter and clicks a header, timing each until the DOM is updated.
  private static final String INTERACT =
      """
      const host = document.querySelector('[data-table=workspaces]');
      const input = host.querySelector('input[type=search]');
      let t = performance.now();
      input.value = 'a'; input.dispatchEvent(new Event('input'));
      const filterMs = performance.now() - t;
      input.value = ''; input.dispatchEvent(new Event('input'));
      t = performance.now();
      host.querySelectorAll('th')[0].click();
      const sortMs = performance.now() - t;
      return {filterMs: filterMs, sortMs: sortMs, rows: host.querySelectorAll('tbody tr').length};\
      """;

  private ReportLoadBench() {}

  public static void main(String[] args) throws Exception {
    Path html = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path profile = Files.createTempDirectory("report-bench");
    ChromeDriver browser = ReportBrowser.start(profile);
    try {
      List<Double> ready = new ArrayList<>();
      for (int i = 1; i <= runs; i++) {
        browser.get("about:blank");
        ReportBrowser.open(browser, html);
        Map<?, ?> t = (Map<?, ?>) browser.executeScript(TIMINGS);
        Map<?, ?> ui = (Map<?, ?>) browser.executeScript(INTERACT);
        ready.add(((Number) t.get("ready")).doubleValue());
        System.out.printf(
            "run %d: domContentLoaded %.0f ms, load %.0f ms, rendered %.0f ms, %s DOM nodes, JS"
                + " heap %.1f MB, %s network resources, filter %.0f ms, sort %.0f ms (%s rows in"
                + " the DOM)%n",
            i,
            num(t, "domContentLoaded"),
            num(t, "load"),
            num(t, "ready"),
            t.get("domNodes"),
            num(t, "heapMb"),
            t.get("resources"),
            num(ui, "filterMs"),
            num(ui, "sortMs"),
            ui.get("rows"));
        List<String> errors = ReportBrowser.errors(browser);
        if (!errors.isEmpty()) {
          System.out.println("page errors: " + errors);
        }
      }
      ready.sort(null);
      System.out.printf(
          "median rendered: %.0f ms over %d loads%n", ready.get(ready.size() / 2), runs);
    } finally {
      browser.quit();
    }
  }

  private static double num(Map<?, ?> m, String key) {
    Object v = m.get(key);
    return v == null ? Double.NaN : ((Number) v).doubleValue();
  }
}
