package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.client.models.FabricItem;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of {@code --items-check} over a hand-made inventory and listing. */
class ItemsCheckTest {
  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
  private static final String WS = "aaaaaaaa-0000-4000-8000-000000000001";
  private static final String GONE = "aaaaaaaa-0000-4000-8000-000000000002";

  @TempDir Path dir;
  private InventoryStore store;

  @BeforeEach
  void inventory() throws Exception {
    store = InventoryStore.open(dir.resolve("c.duckdb"));
    try (Statement s = store.connection().createStatement()) {
      s.execute(
          "INSERT INTO workspaces (workspace_id, name, state) VALUES ('"
              + WS
              + "', 'Sales', 'Active'),"
              + " ('"
              + GONE
              + "', 'Old', 'Deleted')");
      s.execute(
          "INSERT INTO reports (report_id, workspace_id, name, report_type, app_id) VALUES"
              + " ('r1', '"
              + WS
              + "', 'Orders', 'PowerBIReport', NULL),"
              + " ('r2', '"
              + WS
              + "', 'Invoice', 'PaginatedReport', NULL),"
              + " ('r3', '"
              + WS
              + "', 'Orders', 'PowerBIReport', 'app1'),"
              + " ('r9', '"
              + GONE
              + "', 'Old report', 'PowerBIReport', NULL)");
      s.execute(
          "INSERT INTO semantic_models (semantic_model_id, workspace_id, name) VALUES ('m1', '"
              + WS
              + "', 'M')");
      s.execute(
          "INSERT INTO fabric_items (fabric_item_id, workspace_id, item_type, normalized_type,"
              + " name) VALUES ('f1', '"
              + WS
              + "', 'Lakehouse', 'Lakehouse', 'lake'),"
              + " ('f2', '"
              + WS
              + "', 'mounteddatabase', 'MountedDatabase', 'mirror')");
    }
  }

  @Test
  void run_eachKindOfDifference_storedAndCountedAndNothingDropped() throws Exception {
    List<FabricItem> listing =
        List.of(
            item("R1", "Report", WS.toUpperCase()),
            item("r2", "PaginatedReport", WS),
            item("m1", "SemanticModel", WS),
            item("f1", "Lakehouse", WS),
            item("f2", "MirroredDatabase", WS),
            item("c1", "CopyJob", WS),
            item("a1", "App", WS),
            item("x1", "Notebook", "bbbbbbbb-0000-4000-8000-000000000009"));

    ItemsCheck.Result r = ItemsCheck.run(store, 1, listing, NOW, n -> {});

    assertThat(r.fabricItems()).isEqualTo(8);
    assertThat(r.scannerItems()).isEqualTo(6);
    assertThat(
            List.of(r.notInScan(), r.notInFabricList(), r.typeDiffers(), r.apps(), r.notCompared()))
        .containsExactly(1L, 1L, 1L, 1L, 3L);
    assertThat(
            InventoryStoreTest.query(
                store,
                "SELECT string_agg(item_id || ':' || difference || ':'"
                    + " || coalesce(note, ''), ' ' ORDER BY item_id) FROM items_check_differences"))
        .isEqualTo(
            "c1:not_in_scan:the scanner returned no item of this type"
                + " f2:type_differs:the scanner's MountedDatabase, Fabric's MirroredDatabase"
                + " r3:not_in_fabric_list:an app's copy (app app1)");
    assertThat(
            InventoryStoreTest.query(
                store,
                "SELECT string_agg(item_type || '=' || scanner_count || '/' || fabric_count ||"
                    + " (CASE WHEN compared THEN '' ELSE '*' END), ' ' ORDER BY item_type) FROM"
                    + " items_check_counts"))
        .isEqualTo(
            "App=0/1* CopyJob=0/1 Lakehouse=1/1 MirroredDatabase=0/1 MountedDatabase=1/0"
                + " PaginatedReport=1/1 Report=2/1 SemanticModel=1/1");
    assertThat(
            InventoryStoreTest.query(
                store, "SELECT status || ' ' || not_in_scan FROM items_checks"))
        .isEqualTo("complete 1");
  }

  @Test
  void run_listingFailsMidway_previousCheckKeptAndNothingHalfWritten() throws Exception {
    ItemsCheck.run(store, 1, List.of(item("r1", "Report", WS)), NOW, n -> {});
    Iterable<FabricItem> failing =
        () ->
            new Iterator<>() {
              private int n;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public FabricItem next() {
                if (n++ == 1) {
                  throw new IllegalStateException("page 2 refused");
                }
                return item("zz", "Report", WS);
              }
            };

    assertThatThrownBy(() -> ItemsCheck.run(store, 2, failing, NOW.plusSeconds(60), n -> {}))
        .hasMessage("page 2 refused");
    ItemsCheck.failed(store, 2, NOW.plusSeconds(60), "page 2 refused.");

    assertThat(
            InventoryStoreTest.query(
                store, "SELECT string_agg(item_id, ' ') FROM fabric_admin_items"))
        .isEqualTo("r1");
    assertThat(
            InventoryStoreTest.query(
                store, "SELECT string_agg(status, ' ' ORDER BY checked_at) FROM items_checks"))
        .isEqualTo("complete failed");
  }

  private static FabricItem item(String id, String type, String workspaceId) {
    return new FabricItem(
        id, type, id + " name", null, "Active", NOW, workspaceId, null, null, null, null);
  }
}
