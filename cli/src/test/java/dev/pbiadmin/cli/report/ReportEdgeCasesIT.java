package dev.pbiadmin.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.cli.inventory.InventoryStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reports of hand-made inventories in a real browser: hostile names, lineage through Fabric items
 * and paginated reports, and no content at all.
 */
class ReportEdgeCasesIT {
  @TempDir Path dir;
  private ChromeDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Writes the report of {@code db} with the real command and opens it. */
  private void open(Path db) throws Exception {
    Path html = dir.resolve("report.html");
    CliRun run = CliRun.run("--quiet", "report", "--db", db.toString(), "--out", html.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    browser = ReportBrowser.start(dir.resolve("profile"));
    ReportBrowser.open(browser, html);
  }

  @Test
  @SuppressWarnings("unchecked")
  void report_hostileAndUnicodeNames_renderAsTextAndRunNothing() throws Exception {
    open(TinyInventory.create(dir.resolve("tiny.duckdb"), false));
    assertThat(browser.executeScript("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(browser.executeScript("return document.querySelectorAll('img').length"))
        .isEqualTo(0L);
    // the data, Chart.js, the page script and the tenant-settings section's script: nothing else
    // runs
    assertThat(browser.executeScript("return document.querySelectorAll('script').length"))
        .isEqualTo(4L);
    List<Object> cells =
        (List<Object>)
            browser.executeScript(
                "return Array.from(document.querySelectorAll('td')).map(td => td.textContent)");
    assertThat(cells).contains(TinyInventory.EVIL, TinyInventory.QUOTES);
    assertThat(ReportBrowser.errors(browser)).isEmpty();
  }

  @Test
  void lineageExplorer_lakehouseAndPaginatedReport_walkDownToTheDashboardAndUpToTheDatasource()
      throws Exception {
    open(TinyInventory.create(dir.resolve("tiny.duckdb"), false));

    pick("fabric_item:lh1");
    assertThat(nodes("lineage-selected")).containsExactly("fabric_item:lh1");
    assertThat(browser.findElement(By.cssSelector("#lineage-selected .kind")).getText())
        .isEqualTo("Lakehouse");
    assertThat(nodes("lineage-upstream")).isEmpty();
    assertThat(nodes("lineage-downstream"))
        .containsExactlyInAnyOrder(
            "semantic_model:m1",
            "fabric_item:nb1",
            "report:r1",
            "report:r1app",
            "report:r2",
            "dashboard:b1");

    pick("report:r3");
    assertThat(browser.findElement(By.cssSelector("#lineage-selected .kind")).getText())
        .isEqualTo("Paginated report");
    assertThat(nodes("lineage-upstream")).containsExactly("datasource:d2");

    pick("datasource:d2");
    assertThat(nodes("lineage-downstream")).containsExactly("report:r3");
    assertThat(ReportBrowser.errors(browser)).isEmpty();
  }

  private void pick(String node) {
    browser.findElement(By.cssSelector("#lineage-select option[value='" + node + "']")).click();
  }

  private List<String> nodes(String id) {
    return browser.findElement(By.id(id)).findElements(By.cssSelector("[data-kind]")).stream()
        .map(li -> li.getAttribute("data-kind") + ":" + li.getAttribute("data-id"))
        .toList();
  }

  @Test
  void report_emptyInventory_rendersWithoutErrorsAndSaysThereIsNoData() throws Exception {
    Path db = dir.resolve("empty.duckdb");
    InventoryStore.open(db).close();
    open(db);
    assertThat(browser.executeScript("return document.querySelectorAll('canvas').length"))
        .isEqualTo(0L);
    assertThat(browser.executeScript("return document.querySelectorAll('p.empty').length"))
        .isEqualTo(7L);
    assertThat(browser.executeScript("return document.getElementById('activity').textContent"))
        .asString()
        .contains("No activity events");
    assertThat(ReportBrowser.errors(browser)).isEmpty();
  }
}
