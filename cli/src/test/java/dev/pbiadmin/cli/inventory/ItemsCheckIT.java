package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.cli.CliRun;
import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.content.FabricItem;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pbiadmin inventory --items-check} end to end: the scanner's items against the Fabric admin
 * API's Items_ListItems, both served by the emulator over HTTPS from the same content.
 */
class ItemsCheckIT {
  private static final String READER_ID = "6a0d3c1e-2b4f-4e8a-9c7d-1f2e3d4c5b6a";

  /**
   * The generated demo tenant: Fabric items of many kinds, app copies, personal and deleted
   * workspaces.
   */
  @RegisterExtension
  static final EmulatorExtension DEMO =
      EmulatorExtension.builder().demoWorkspaces(60).seed(19).timeScale(600).build();

  /** A tenant file over a few generated workspaces, with one item its scan results leave out. */
  @RegisterExtension
  static final EmulatorExtension HIDDEN =
      EmulatorExtension.builder()
          .demoWorkspaces(5)
          .seed(3)
          .timeScale(600)
          .tenantFile(
              Path.of("src/test/resources/dev/pbiadmin/cli/inventory/items-check-tenant.yaml"))
          .build();

  @TempDir Path dir;

  @Test
  void itemsCheck_demoTenant_everyItemOnBothSidesAndNoDifferences() throws Exception {
    Path db = dir.resolve("demo.duckdb");

    CliRun run =
        CliRun.run(
            "inventory",
            "--emulator",
            DEMO.get().dataDir().toString(),
            "--db",
            db.toString(),
            "--items-check");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .contains("Items check (Fabric admin API, GET /v1/admin/items)")
        .contains("no differences")
        .contains(
            "not returned by the scanner: 0; returned by the scanner only: 0; typed differently:"
                + " 0");
    assertThat(query(db, "SELECT count(*) FROM items_check_differences")).containsExactly("0");
    assertThat(
            query(
                db,
                "SELECT count(*) FROM items_check_counts WHERE compared AND scanner_count <>"
                    + " fabric_count"))
        .containsExactly("0");
    // the comparison covers the Fabric kinds and the Power BI ones, under the Fabric spec's type
    // names
    assertThat(
            query(
                db, "SELECT DISTINCT item_type FROM items_check_counts WHERE compared ORDER BY 1"))
        .contains(
            "Lakehouse",
            "SQLEndpoint",
            "Warehouse",
            "Notebook",
            "Report",
            "SemanticModel",
            "Dashboard");
    assertThat(
            query(
                db,
                "SELECT count(*) FROM fabric_items WHERE workspace_id IN (SELECT workspace_id FROM"
                    + " workspaces WHERE state NOT IN ('Deleted', 'Removing'))"))
        .containsExactly(
            query(
                    db,
                    "SELECT sum(fabric_count) FROM items_check_counts WHERE item_type NOT IN"
                        + " ('Report', 'PaginatedReport', 'Dashboard', 'SemanticModel', 'Dataflow',"
                        + " 'Datamart', 'App')")
                .toArray(String[]::new));
    assertThat(
            query(
                db,
                "SELECT status, not_in_scan, not_in_fabric_list, type_differs FROM items_checks"))
        .containsExactly("complete|0|0|0");
  }

  @Test
  void itemsCheck_itemLeftOutOfScanResults_isListedWithItsTypeAndWorkspace() throws Exception {
    Emulator e = HIDDEN.get();
    Workspace lake =
        e.powerBi().content().workspaces().stream()
            .filter(w -> w.name().equals("Lake"))
            .findFirst()
            .orElseThrow();
    FabricItem hidden =
        lake.fabricItems().stream().filter(i -> !i.inScanResult()).findFirst().orElseThrow();
    Path db = dir.resolve("hidden.duckdb");

    CliRun run = reader(e, db, "--items-check");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .contains("not returned by the scanner: 1; returned by the scanner only: 0")
        .contains(
            "not returned by the scanner: CopyJob 'Nightly copy' ("
                + hidden.id()
                + ") in workspace 'Lake'")
        .contains("the scanner returned no item of this type");
    assertThat(
            query(
                db,
                "SELECT item_id, workspace_id, item_type, name, difference FROM"
                    + " items_check_differences"))
        .containsExactly(
            String.join("|", hidden.id(), lake.id(), "CopyJob", "Nightly copy", "not_in_scan"));
    assertThat(
            query(
                db,
                "SELECT item_type, scanner_count, fabric_count FROM items_check_counts WHERE"
                    + " workspace_id = '"
                    + lake.id()
                    + "' ORDER BY item_type"))
        .containsExactly(
            "CopyJob|0|1",
            "Lakehouse|1|1",
            "Notebook|1|1",
            "Report|1|1",
            "SQLEndpoint|1|1",
            "SemanticModel|1|1");
    assertThat(
            query(
                db,
                "SELECT count(*) FROM fabric_items WHERE fabric_item_id = '" + hidden.id() + "'"))
        .containsExactly("0");
  }

  @Test
  void itemsCheck_fabricRefusesTheIdentity_warnsAndKeepsTheCompleteInventory() throws Exception {
    // the demo tenant's service principal against another tenant's Fabric API: a token Fabric does
    // not take
    Emulator other = HIDDEN.get();
    Path db = dir.resolve("refused.duckdb");
    Path bundle = dir.resolve("both-ca.pem");
    Files.writeString(
        bundle,
        Files.readString(DEMO.get().dataDir().resolve("ca.pem"))
            + Files.readString(other.dataDir().resolve("ca.pem")));

    CliRun run =
        CliRun.run(
            "inventory",
            "--emulator",
            DEMO.get().dataDir().toString(),
            "--db",
            db.toString(),
            "--items-check",
            "--fabric-api-url",
            other.fabricApiUrl().toString(),
            "--ca-cert",
            bundle.toString());

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains(": succeeded in").doesNotContain("Items check (");
    assertThat(run.err())
        .contains("pbiadmin: warning: the items check could not list the tenant's items")
        .contains("Fabric refused the caller (HTTP 401")
        .contains("'Service principals can access read-only admin APIs'")
        .contains("Fabric administrator")
        .contains("The inventory is complete and stored")
        .doesNotContain("\tat ");
    assertThat(query(db, "SELECT count(*) FROM workspaces"))
        .containsExactly(String.valueOf(DEMO.get().powerBi().content().counts().workspaces()));
    assertThat(
            query(
                db,
                "SELECT status, fabric_items IS NULL, message LIKE 'Fabric refused the caller%'"
                    + " FROM items_checks"))
        .containsExactly("failed|true|true");
    assertThat(query(db, "SELECT count(*) FROM fabric_admin_items")).containsExactly("0");
  }

  private static CliRun reader(Emulator e, Path db, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "inventory",
                "--emulator",
                e.dataDir().toString(),
                "--client-id",
                READER_ID,
                "--db",
                db.toString()));
    args.addAll(List.of(extra));
    return CliRun.run(
        Map.of("AZURE_CLIENT_SECRET", "items-check-reader-secret"),
        "",
        args.toArray(String[]::new));
  }

  /** Each row as its columns joined by {@code |}. */
  private static List<String> query(Path db, String sql) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, p);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          cols.add(String.valueOf(rs.getObject(i)));
        }
        rows.add(String.join("|", cols));
      }
    }
    return rows;
  }
}
