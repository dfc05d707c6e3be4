package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pbiadmin.client.PowerBiNotAuthorizedException;
import dev.pbiadmin.emulator.testing.MutableClock;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryRunTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private final MutableClock clock = new MutableClock(T0);

  @TempDir Path dir;

  @Test
  void execute_fullRun_storesEveryWorkspaceWithinSixteenInFlight() throws Exception {
    FakeScanner api = new FakeScanner(clock, 2_050, 3);
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      RunSummary s = run(store, api, InventoryOptions.defaults(), false);

      assertThat(s.status()).isEqualTo("succeeded");
      assertThat(s.batches()).isEqualTo(21);
      assertThat(
              InventoryStoreTest.counts(
                  store,
                  "workspaces",
                  "workspace_users",
                  "semantic_models",
                  "semantic_model_columns",
                  "reports",
                  "lineage_edges"))
          .containsExactly(2_050L, 2_050L, 2_050L, 2_050L, 2_050L, 4_100L);
      assertThat(api.maxInFlight).isBetween(2, 16);
      assertThat(InventoryStoreTest.query(store, "SELECT api_calls FROM scan_runs"))
          .isEqualTo(String.valueOf(api.calls()));
    }
  }

  @Test
  void execute_noPersonal_leavesPersonalWorkspacesOutAndRemovesEarlierOnes() throws Exception {
    FakeScanner api = new FakeScanner(clock, 300, 3);
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      run(store, api, InventoryOptions.defaults(), false);
      assertThat(store.count("workspaces")).isEqualTo(300);

      run(store, api, InventoryOptions.defaults().withScope(false, true), false);

      assertThat(store.count("workspaces")).isEqualTo(200);
      assertThat(
              InventoryStoreTest.query(store, "SELECT count(*) FROM workspaces WHERE is_personal"))
          .isEqualTo("0");
      assertThat(store.count("semantic_models")).isEqualTo(200);
    }
  }

  @Test
  void execute_incrementalAfterChanges_matchesAFreshFullRunAtAFractionOfTheCalls()
      throws Exception {
    FakeScanner api = new FakeScanner(clock, 600, 4);
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      run(store, api, InventoryOptions.defaults(), false);
      int fullCalls = api.calls();
      clock.advance(Duration.ofHours(2));
      for (int i = 0; i < 20; i++) {
        api.modify(String.format("00000000-0000-0000-0000-%012d", i * 29));
      }
      api.delete("00000000-0000-0000-0000-000000000001");
      api.delete("00000000-0000-0000-0000-000000000002");
      api.add("11111111-0000-0000-0000-000000000001", false);
      clock.advance(Duration.ofHours(1));

      RunSummary inc = run(store, api, InventoryOptions.defaults().withIncremental(true, 7), false);

      assertThat(inc.mode()).isEqualTo("incremental");
      assertThat(inc.workspacesDeleted()).isEqualTo(2);
      // two listings, then one batch of the 23 changed ids: getInfo, two polls, result
      assertThat(api.calls() - fullCalls).isEqualTo(2 + 4);
      try (InventoryStore fresh = InventoryStore.open(dir.resolve("b.duckdb"))) {
        run(fresh, api, InventoryOptions.defaults(), false);
        assertThat(dump(store)).isEqualTo(dump(fresh));
      }
      assertThat(store.count("workspaces")).isEqualTo(599);
    }
  }

  @Test
  void execute_incrementalWithoutEarlierRun_fallsBackToFull() throws Exception {
    FakeScanner api = new FakeScanner(clock, 50, 4);
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      RunSummary s = run(store, api, InventoryOptions.defaults().withIncremental(true, 7), false);

      assertThat(s.mode()).isEqualTo("full");
      assertThat(s.notes()).anyMatch(n -> n.contains("no earlier successful full run"));
    }
  }

  @Test
  void execute_stoppedMidway_resumesWithoutRescanningToTheSameRows() throws Exception {
    FakeScanner api = new FakeScanner(clock, 1_230, 3);
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      api.failResultsAfter = 4;
      assertThatThrownBy(() -> run(store, api, InventoryOptions.defaults(), false))
          .isInstanceOf(PowerBiNotAuthorizedException.class);
      long storedBefore = store.runs().storedWorkspaces(1);
      assertThat(storedBefore).isBetween(1L, 1_229L);
      api.failResultsAfter = Integer.MAX_VALUE;
      int before = api.calls();

      RunSummary resumed = run(store, api, InventoryOptions.defaults(), true);

      assertThat(resumed.resumed()).isTrue();
      assertThat(resumed.status()).isEqualTo("succeeded");
      long batchesLeft = 13 - storedBefore / 100;
      // getInfo + 2 polls + result per remaining batch, nothing for stored ones
      assertThat(api.calls() - before).isLessThanOrEqualTo((int) (batchesLeft * 4 + 1));
      try (InventoryStore fresh = InventoryStore.open(dir.resolve("b.duckdb"))) {
        run(fresh, api, InventoryOptions.defaults(), false);
        assertThat(dump(store)).isEqualTo(dump(fresh));
      }
    }
  }

  @Test
  void execute_schemaSettingOff_leavesSchemaEmptyAndSaysWhy() throws Exception {
    FakeScanner api = new FakeScanner(clock, 20, 4);
    api.schema = false;
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      RunSummary s = run(store, api, InventoryOptions.defaults(), false);

      assertThat(store.count("semantic_model_columns")).isZero();
      assertThat(s.notes()).anyMatch(n -> n.contains("detailed metadata"));
      assertThat(InventoryStoreTest.query(store, "SELECT notes FROM scan_runs"))
          .contains("detailed metadata");
    }
  }

  @Test
  void execute_noSchemaFlag_doesNotAskAndSaysSo() throws Exception {
    FakeScanner api = new FakeScanner(clock, 20, 4);
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      RunSummary s =
          run(
              store,
              api,
              InventoryOptions.defaults().withScan(true, true, false, false, true),
              false);

      assertThat(api.lastOptions.datasetSchema()).isFalse();
      assertThat(api.lastOptions.datasetExpressions()).isFalse();
      assertThat(s.notes()).anyMatch(n -> n.contains("--no-schema"));
    }
  }

  @Test
  void execute_unknownItemTypeAndRelationsAcrossBatches_keepsCountsAndLinksEverything()
      throws Exception {
    FakeScanner api = new FakeScanner(clock, 250, 5);
    api.fabric = true;
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      RunSummary s = run(store, api, InventoryOptions.defaults(), false);

      assertThat(s.notes())
          .anyMatch(
              n -> n.startsWith("1 item type(s) new to pbiadmin") && n.contains("CopyJob (250)"))
          .anyMatch(
              n ->
                  n.contains("no column for")
                      && n.contains("workspaces.CopyJob.futureField (250)"));
      assertThat(InventoryStoreTest.query(store, "SELECT unrecognised FROM scan_runs"))
          .isEqualTo(
              "{\"itemTypes\":{\"CopyJob\":250},\"fields\":{\"workspaces.CopyJob.futureField\":250}}");
      assertThat(store.count("fabric_items")).isEqualTo(500);
      assertThat(
              InventoryStoreTest.query(
                  store,
                  "SELECT count(*) FROM lineage_edges"
                      + " WHERE from_kind = 'fabric_item' AND to_kind = 'semantic_model'"))
          .isEqualTo("250");
      assertThat(
              InventoryStoreTest.query(
                  store, "SELECT count(*) FROM lineage_edges" + " WHERE from_kind = 'artifact'"))
          .isEqualTo("0");
    }
  }

  @Test
  void execute_resumeWithNothingUnfinished_refuses() {
    FakeScanner api = new FakeScanner(clock, 5, 4);
    try (InventoryStore store = InventoryStore.open(dir.resolve("a.duckdb"))) {
      assertThatThrownBy(() -> run(store, api, InventoryOptions.defaults(), true))
          .isInstanceOf(InventoryException.class)
          .hasMessageContaining("no unfinished run");
    }
  }

  private RunSummary run(
      InventoryStore store, FakeScanner api, InventoryOptions o, boolean resume) {
    Meter meter = new Meter();
    ScannerApi counted = new CountingScanner(api, meter);
    return new InventoryRun(store, counted, meter, clock, d -> {}, Progress.none())
        .execute(o, resume);
  }

  /** Every content row, without the columns that say when and by which scan it was read. */
  static List<String> dump(InventoryStore store) throws Exception {
    List<String> rows = new ArrayList<>();
    for (Table t : Tables.CONTENT) {
      String cols = t == Tables.WORKSPACES ? "* EXCLUDE (scan_id, scanned_at)" : "*";
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT " + cols + " FROM " + t.name())) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder b = new StringBuilder(t.name());
          for (int i = 1; i <= n; i++) {
            b.append('|').append(rs.getString(i));
          }
          rows.add(b.toString());
        }
      }
    }
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT datasource_id FROM datasources")) {
      while (rs.next()) {
        rows.add("datasources|" + rs.getString(1));
      }
    }
    rows.sort(null);
    return rows;
  }
}
