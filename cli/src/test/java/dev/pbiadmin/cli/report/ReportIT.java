package dev.pbiadmin.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.browser.HeadlessChrome;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The report of a real inventory and activity pull of a generated tenant, opened in headless
 * Chromium from a file:// URL: what the page shows is checked against the DuckDB file itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportIT {
  private static final Path SHOTS = Path.of("target", "screenshots");

  /** An app's copy of a report is not another report (docs/schema.md). */
  private static final String ORIGINAL_REPORTS = "(SELECT * FROM reports WHERE app_id IS NULL)";

  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(60).seed(8).timeScale(600).build();

  private static Path dir;
  private static Path db;
  private static Path html;
  private static ChromeDriver browser;

  @BeforeAll
  static void inventoryAndReport() throws Exception {
    dir = Files.createTempDirectory("report-it");
    browser = ReportBrowser.start(dir.resolve("profile"));
    Emulator e = EMULATOR.get();
    orphanTwoWorkspaces(e);
    db = dir.resolve("inventory.duckdb");
    html = dir.resolve("report.html");
    String emulatorDir = e.dataDir().toString();
    CliRun inventory =
        CliRun.run(
            "--quiet",
            "inventory",
            "--emulator",
            emulatorDir,
            "--db",
            db.toString(),
            "--time-scale",
            "600");
    assertThat(inventory.exitCode()).as(inventory.all()).isZero();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    CliRun activity =
        CliRun.run(
            "--quiet",
            "activity",
            "--emulator",
            emulatorDir,
            "--db",
            db.toString(),
            "--from",
            today.minusDays(3).toString(),
            "--to",
            today.minusDays(2).toString());
    assertThat(activity.exitCode()).as(activity.all()).isZero();
    CliRun report = CliRun.run("report", "--db", db.toString(), "--out", html.toString());
    assertThat(report.exitCode()).as(report.all()).isZero();
    assertThat(report.err()).contains("wrote").contains("workspaces");
    ReportBrowser.open(browser, html);
  }

  /**
   * Two workspaces lose their admins before the inventory, as when the only admin leaves: the
   * orphaned-workspace finding then has rows whatever the generator's seed yields.
   */
  private static void orphanTwoWorkspaces(Emulator e) {
    var content = e.powerBi().content();
    List<String> ids =
        content.workspaces().stream()
            .filter(
                w ->
                    w.isActive()
                        && !w.isPersonal()
                        && w.users().size() > 1
                        && w.users().stream().anyMatch(a -> "Admin".equals(a.right())))
            .map(w -> w.id())
            .sorted()
            .limit(2)
            .toList();
    assertThat(ids).hasSize(2);
    for (String id : ids) {
      content.updateWorkspace(
          id,
          w ->
              w.withUsers(
                  w.users().stream().filter(a -> !"Admin".equals(a.right())).toList(),
                  e.clock().instant()));
    }
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void headline_realInventory_equalsCountsInTheDatabase() throws Exception {
    Map<String, String> sql =
        Map.of(
            "workspaces", "SELECT count(*) FROM workspaces",
            "personalWorkspaces", "SELECT count(*) FROM workspaces WHERE is_personal",
            "semanticModels", "SELECT count(*) FROM semantic_models",
            "reports", "SELECT count(*) FROM reports WHERE app_id IS NULL",
            "dashboards", "SELECT count(*) FROM dashboards",
            "datasources", "SELECT count(*) FROM datasources",
            "activityEvents", "SELECT count(*) FROM activity_events");
    for (var kpi : sql.entrySet()) {
      WebElement card = browser.findElement(By.cssSelector("[data-kpi=" + kpi.getKey() + "]"));
      long expected = count(kpi.getValue());
      assertThat(expected).as(kpi.getKey()).isPositive();
      assertThat(card.getAttribute("data-value"))
          .as(kpi.getKey())
          .isEqualTo(String.valueOf(expected));
      assertThat(card.findElement(By.className("value")).getText().replace(",", ""))
          .isEqualTo(String.valueOf(expected));
    }
    // what a generated tenant may or may not have: equal to the database, whatever it holds
    for (var kpi :
        Map.of(
                "appReportCopies",
                "SELECT count(*) FROM reports WHERE app_id IS NOT NULL",
                "fabricItems",
                "SELECT count(*) FROM fabric_items")
            .entrySet()) {
      assertThat(
              browser
                  .findElement(By.cssSelector("[data-kpi=" + kpi.getKey() + "]"))
                  .getAttribute("data-value"))
          .as(kpi.getKey())
          .isEqualTo(String.valueOf(count(kpi.getValue())));
    }
    browser.executeScript("window.scrollTo(0, 0)");
    HeadlessChrome.screenshot(browser, SHOTS.resolve("report-overview.png"));
  }

  @Test
  void charts_realInventory_everyCanvasDrawsItsData() throws Exception {
    List<WebElement> canvases = browser.findElements(By.tagName("canvas"));
    // the two Fabric item charts say "no data" instead when the tenant has no Fabric items
    assertThat(canvases).hasSize(count("SELECT count(*) FROM fabric_items") > 0 ? 9 : 7);
    for (WebElement canvas : canvases) {
      Map<?, ?> drawn = ReportBrowser.chartState(browser, canvas);
      assertThat(((Number) drawn.get("points")).intValue())
          .as(canvas.getAttribute("id"))
          .isPositive();
      assertThat(((Number) drawn.get("sum")).longValue())
          .as(canvas.getAttribute("id"))
          .isPositive();
      assertThat(((Number) drawn.get("inked")).intValue())
          .as(canvas.getAttribute("id"))
          .isPositive();
    }
    assertThat(
            ReportBrowser.chartState(browser, browser.findElement(By.id("chart-workspacesByType")))
                .get("sum"))
        .isEqualTo(count("SELECT count(*) FROM workspaces"));
    browser.executeScript("document.getElementById('activity').scrollIntoView()");
    HeadlessChrome.screenshot(browser, SHOTS.resolve("report-activity.png"));
  }

  @Test
  void tables_filterAndSort_changeTheVisibleRows() throws Exception {
    WebElement host = browser.findElement(By.cssSelector("[data-table=workspaces]"));
    WebElement filter = host.findElement(By.cssSelector("input[type=search]"));
    filter.sendKeys("PersonalGroup");
    long personal = count("SELECT count(*) FROM workspaces WHERE type = 'PersonalGroup'");
    assertThat(host.findElement(By.className("count")).getAttribute("data-visible"))
        .isEqualTo(String.valueOf(personal));
    List<String> types = column(host, 1);
    assertThat(types).hasSize((int) Math.min(personal, 25)).containsOnly("PersonalGroup");
    filter.clear();
    filter.sendKeys("no workspace is called this");
    assertThat(column(host, 1)).isEmpty();

    WebElement models = browser.findElement(By.cssSelector("[data-table=semanticModels]"));
    WebElement reportsHeader = models.findElements(By.tagName("th")).get(2);
    reportsHeader.click();
    List<Long> descending = column(models, 2).stream().map(Long::valueOf).toList();
    assertThat(descending).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(descending.get(0))
        .isEqualTo(
            count(
                "SELECT max(n) FROM (SELECT count(r.report_id) AS n"
                    + " FROM semantic_models m LEFT JOIN "
                    + ORIGINAL_REPORTS
                    + " r USING (semantic_model_id)"
                    + " GROUP BY m.semantic_model_id)"));
    reportsHeader.click();
    List<Long> ascending = column(models, 2).stream().map(Long::valueOf).toList();
    assertThat(ascending).isSorted();
    assertThat(ascending.get(0))
        .isEqualTo(
            count(
                "SELECT min(n) FROM (SELECT count(r.report_id) AS n"
                    + " FROM semantic_models m LEFT JOIN "
                    + ORIGINAL_REPORTS
                    + " r USING (semantic_model_id)"
                    + " GROUP BY m.semantic_model_id)"));
    assertThat(ascending.get(0)).isLessThan(descending.get(0));
  }

  @Test
  void lineageExplorer_modelWithSourcesAndReports_showsItsUpstreamAndDownstream() throws Exception {
    String model;
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT to_id FROM lineage_edges WHERE to_kind = 'semantic_model' AND from_kind ="
                    + " 'datasource' AND to_id IN (SELECT from_id FROM lineage_edges WHERE"
                    + " from_kind = 'semantic_model' AND to_kind = 'report') ORDER BY to_id"
                    + " LIMIT 1")) {
      assertThat(rs.next()).as("a model with upstream and downstream lineage").isTrue();
      model = rs.getString(1);
    }
    LineageOracle oracle = LineageOracle.read(db);
    Set<String> up = oracle.upstream("semantic_model:" + model);
    Set<String> down = oracle.downstream("semantic_model:" + model);
    assertThat(up).anyMatch(n -> n.startsWith("datasource:"));
    assertThat(down).anyMatch(n -> n.startsWith("report:"));

    browser.findElement(By.id("lineage-filter")).sendKeys(oracle.name("semantic_model:" + model));
    browser
        .findElement(By.cssSelector("#lineage-select option[value='semantic_model:" + model + "']"))
        .click();
    assertThat(nodes("lineage-selected")).containsExactly("semantic_model:" + model);
    assertThat(nodes("lineage-upstream")).containsExactlyInAnyOrderElementsOf(up);
    assertThat(nodes("lineage-downstream")).containsExactlyInAnyOrderElementsOf(down);
    browser.executeScript("document.getElementById('lineage').scrollIntoView()");
    HeadlessChrome.screenshot(browser, SHOTS.resolve("report-lineage.png"));
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void page_afterUse_hasNoConsoleErrorsAndNeverTouchedTheNetwork() throws Exception {
    assertThat(ReportBrowser.errors(browser)).isEmpty();
    assertThat(ReportBrowser.networkResources(browser)).isEmpty();
    assertThat(ReportBrowser.remoteReferences(browser)).isEmpty();
    String page = Files.readString(html);
    assertThat(page).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
    browser.executeScript("document.getElementById('findings').scrollIntoView()");
    HeadlessChrome.screenshot(browser, SHOTS.resolve("report-findings.png"));
  }

  @Test
  void findings_realInventory_countOrphanedAndWidelySharedAsTheEmulatorHasThem() throws Exception {
    // at least the two workspaces orphanTwoWorkspaces left without an admin
    int orphans = EMULATOR.get().powerBi().content().counts().orphanedWorkspaces();
    assertThat(orphans).isGreaterThanOrEqualTo(2);
    WebElement orphaned = browser.findElement(By.id("finding-orphaned"));
    assertThat(orphaned.findElement(By.className("badge")).getAttribute("data-count"))
        .isEqualTo(String.valueOf(orphans));
    assertThat(orphaned.findElements(By.cssSelector("tbody tr"))).hasSize(orphans);
    int shared = EMULATOR.get().powerBi().content().snapshot().sharedArtifacts().size();
    assertThat(shared).isPositive();
    WebElement widelyShared = browser.findElement(By.id("finding-widelyShared"));
    assertThat(widelyShared.findElement(By.className("badge")).getAttribute("data-count"))
        .isEqualTo(String.valueOf(shared));
  }

  private static List<String> column(WebElement host, int index) {
    return host.findElements(By.cssSelector("tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).get(index).getText().replace(",", ""))
        .collect(Collectors.toList());
  }

  private static List<String> nodes(String id) {
    return browser.findElement(By.id(id)).findElements(By.cssSelector("[data-kind]")).stream()
        .map(li -> li.getAttribute("data-kind") + ":" + li.getAttribute("data-id"))
        .toList();
  }

  private static Connection connect() throws Exception {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), p);
  }

  private static long count(String sql) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
