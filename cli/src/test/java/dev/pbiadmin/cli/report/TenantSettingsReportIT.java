package dev.pbiadmin.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The report's tenant-settings section after two snapshots with a change in between (made through
 * the management API the admin portal calls), rendered in headless Chromium: the change, the
 * settings left open to everyone, and the drift from a baseline.
 */
class TenantSettingsReportIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final EmulatorExtension EMULATOR = EmulatorExtension.builder().demoWorkspaces(6).build();

  @Test
  void report_afterAChangeBetweenTwoSnapshots_showsTheChangeOpenSettingsAndDrift(@TempDir Path dir)
      throws Exception {
    Emulator e = EMULATOR.get();
    String emulatorDir = e.dataDir().toString();
    Path db = dir.resolve("inventory.duckdb");
    Path baseline = dir.resolve("baseline.yaml");
    Files.writeString(baseline, "ShareLinkToEntireOrg: specific-groups\n");
    run("--quiet", "inventory", "--emulator", emulatorDir, "--db", db.toString());
    run("--quiet", "settings", "--emulator", emulatorDir, "--db", db.toString());
    manage(e, "/emulator/settings/ExportToCsv", Map.of("enabled", false));
    run(
        "--quiet",
        "settings",
        "--emulator",
        emulatorDir,
        "--db",
        db.toString(),
        "--baseline",
        baseline.toString());
    Path html = dir.resolve("report.html");
    run("report", "--db", db.toString(), "--out", html.toString());

    ChromeDriver browser = ReportBrowser.start(dir.resolve("profile"));
    try {
      ReportBrowser.open(browser, html);
      assertThat(badge(browser, "changes")).isEqualTo("1");
      WebElement changes = browser.findElement(By.id("settings-changes"));
      assertThat(changes.getText()).contains("ExportToCsv").contains("enabled");
      // the demo tenant leaves these on for everyone; ExportToCsv is off now
      WebElement open = browser.findElement(By.id("settings-open"));
      assertThat(open.getText())
          .contains("PublishToWeb")
          .contains("ShareLinkToEntireOrg")
          .doesNotContain("ExportToCsv");
      assertThat(badge(browser, "drift")).isEqualTo("1");
      assertThat(browser.findElement(By.id("settings-drift")).getText())
          .contains("entire-organization");
      assertThat(ReportBrowser.errors(browser)).isEmpty();
    } finally {
      browser.quit();
    }
  }

  @Test
  void report_withoutASnapshot_saysHowToTakeOne(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("inventory.duckdb");
    run(
        "--quiet",
        "inventory",
        "--emulator",
        EMULATOR.get().dataDir().toString(),
        "--db",
        db.toString());
    Path html = dir.resolve("report.html");
    run("report", "--db", db.toString(), "--out", html.toString());

    String page = Files.readString(html);
    assertThat(page)
        .contains("\"tenantSettings\":{\"available\":false}")
        .contains("tenant-settings-body");
  }

  private static String badge(ChromeDriver browser, String part) {
    return browser
        .findElement(By.cssSelector("#settings-" + part + " .badge"))
        .getAttribute("data-count");
  }

  private static void run(String... args) {
    CliRun r = CliRun.run(args);
    assertThat(r.exitCode()).as(String.join(" ", List.of(args)) + ": " + r.all()).isZero();
  }

  private static void manage(Emulator e, String path, Object body) throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .sslContext(e.sslContext())
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(e.baseUrl() + path))
                    .header("X-Emulator-Key", e.managementKey())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }
}
