package dev.pbiadmin.cli.activity;

import static dev.pbiadmin.cli.activity.ScriptedSource.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityStoreTest {
  private static final LocalDate DAY = LocalDate.parse("2026-11-20");
  private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

  @TempDir Path dir;
  private ActivityStore store;

  @BeforeEach
  void open() {
    store = ActivityStore.open(dir.resolve("inventory.duckdb"));
    store.startChain(DAY, "", AT, false);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static ActivityEventPage page(String token, String... events) {
    return new ActivityEventPage("[" + String.join(",", events) + "]", events.length, token, false);
  }

  @Test
  void storePage_duplicateIdsWithinAndAcrossPages_storesEachEventOnce() {
    int first =
        store.storePage(
            DAY,
            "",
            page(
                "t1",
                event("a", "2026-11-20T01:00:00"),
                event("a", "2026-11-20T01:00:00"),
                event("b", "2026-11-20T01:00:01")),
            DayStatus.IN_PROGRESS,
            null,
            AT);
    int second =
        store.storePage(
            DAY,
            "",
            page("t2", event("b", "2026-11-20T01:00:01"), event("c", "2026-11-20T01:00:02")),
            DayStatus.IN_PROGRESS,
            null,
            AT);

    assertThat(first).isEqualTo(2);
    assertThat(second).isEqualTo(1);
    assertThat(store.countEvents(DAY)).isEqualTo(3);
    DayProgress progress = store.progress(DAY, "").orElseThrow();
    assertThat(progress.pagesStored()).isEqualTo(2);
    assertThat(progress.eventsReceived()).isEqualTo(5);
    assertThat(progress.eventsStored()).isEqualTo(3);
    assertThat(progress.continuationToken()).isEqualTo("t2");
    assertThat(progress.tokenObtainedAt()).isEqualTo(AT);
  }

  @Test
  void storePage_eventWithoutId_rollsBackThePageAndTheToken() {
    store.storePage(
        DAY, "", page("t1", event("a", "2026-11-20T01:00:00")), DayStatus.IN_PROGRESS, null, AT);

    assertThatThrownBy(
            () ->
                store.storePage(
                    DAY,
                    "",
                    page(
                        "t2",
                        event("b", "2026-11-20T01:00:01"),
                        "{\"CreationTime\":\"2026-11-20T02:00:00\"}"),
                    DayStatus.IN_PROGRESS,
                    null,
                    AT))
        .isInstanceOf(ActivityStoreException.class);

    assertThat(store.countEvents(DAY)).isEqualTo(1);
    DayProgress progress = store.progress(DAY, "").orElseThrow();
    assertThat(progress.pagesStored()).isEqualTo(1);
    assertThat(progress.continuationToken()).isEqualTo("t1");
  }

  /**
   * Fuzzing finding (ActivityPageFuzzTest): this page made DuckDB's driver throw an unchecked
   * exception, which left the transaction open; now it is rolled back and refused like any bad
   * page.
   */
  @Test
  void storePage_pageTheDriverFailsOnUnchecked_rollsBackAndIsRefusedTyped() {
    store.storePage(
        DAY, "", page("t1", event("a", "2026-11-20T01:00:00")), DayStatus.IN_PROGRESS, null, AT);

    assertThatThrownBy(
            () ->
                store.storePage(
                    DAY,
                    "",
                    page("t2", "{\"I&\":\"11ceqqqqq0d2f65\"}"),
                    DayStatus.IN_PROGRESS,
                    null,
                    AT))
        .isInstanceOf(ActivityStoreException.class);
    store.storePage(
        DAY, "", page("t3", event("b", "2026-11-20T01:00:01")), DayStatus.IN_PROGRESS, null, AT);

    assertThat(store.countEvents(DAY)).isEqualTo(2);
    DayProgress progress = store.progress(DAY, "").orElseThrow();
    assertThat(progress.pagesStored()).isEqualTo(2);
    assertThat(progress.eventsStored()).isEqualTo(2);
    assertThat(progress.continuationToken()).isEqualTo("t3");
  }

  @Test
  void storePage_finalPage_clearsTheTokenAndRecordsTheStatus() {
    store.storePage(DAY, "", page(null), DayStatus.COMPLETE, null, AT);

    DayProgress progress = store.progress(DAY, "").orElseThrow();
    assertThat(progress.status()).isEqualTo(DayStatus.COMPLETE);
    assertThat(progress.continuationToken()).isNull();
    assertThat(store.lastCompleteDay("")).contains(DAY);
    assertThat(store.lastCompleteDay("Activity eq 'ViewReport'")).isEmpty();
  }

  @Test
  void storePage_commonFields_becomeColumnsAndTheEventStaysWhole() throws Exception {
    String raw =
        "{\"Id\":\"e1\",\"CreationTime\":\"2026-11-20T07:55:15Z\",\"Activity\":\"ViewReport\","
            + "\"Operation\":\"ViewReport\",\"UserId\":\"john@contoso.com\",\"UserKey\":\"779438769\","
            + "\"WorkspaceId\":\"w1\",\"WorkSpaceName\":\"Sales\",\"ItemName\":\"Q4\",\"ReportId\":\"r1\","
            + "\"DatasetId\":\"d1\",\"CapacityId\":\"c1\",\"ClientIP\":\"127.0.0.1\",\"UserAgent\":\"UA\","
            + "\"IsSuccess\":true,\"RecordType\":20,\"ModelsSnapshots\":[1,2]}";
    store.storePage(DAY, "", page(null, raw), DayStatus.COMPLETE, null, AT);

    try (Statement s = store.connection().createStatement();
        ResultSet row =
            s.executeQuery(
                "SELECT CAST(creation_time AS VARCHAR), CAST(day AS VARCHAR), activity, operation,"
                    + " user_id, user_key, workspace_id, workspace_name, item_name, report_id,"
                    + " dataset_id, capacity_id, client_ip, user_agent, is_success, record_type,"
                    + " raw->>'$.ModelsSnapshots[1]' FROM activity_events WHERE id = 'e1'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("2026-11-20 07:55:15");
      assertThat(row.getString(2)).isEqualTo("2026-11-20");
      for (int i = 3; i <= 14; i++) {
        assertThat(row.getString(i)).as("column %d", i).isNotNull();
      }
      assertThat(row.getString(8)).isEqualTo("Sales");
      assertThat(row.getBoolean(15)).isTrue();
      assertThat(row.getInt(16)).isEqualTo(20);
      assertThat(row.getString(17)).isEqualTo("2");
    }
  }

  @Test
  void open_twice_keepsTablesAndData() {
    store.storePage(
        DAY, "", page(null, event("a", "2026-11-20T01:00:00")), DayStatus.COMPLETE, null, AT);
    store.close();

    store = ActivityStore.open(dir.resolve("inventory.duckdb"));

    assertThat(store.countEvents(DAY)).isEqualTo(1);
    assertThat(store.progress(DAY, "")).map(DayProgress::status).contains(DayStatus.COMPLETE);
  }

  @Test
  void markIncomplete_keepsTheTokenForAResume() {
    store.storePage(
        DAY, "", page("t1", event("a", "2026-11-20T01:00:00")), DayStatus.IN_PROGRESS, null, AT);

    store.markIncomplete(DAY, "", "throttled", AT);

    DayProgress progress = store.progress(DAY, "").orElseThrow();
    assertThat(progress.status()).isEqualTo(DayStatus.INCOMPLETE);
    assertThat(progress.reason()).isEqualTo("throttled");
    assertThat(progress.resumable()).isTrue();
    assertThat(store.unfinishedDays("")).containsExactly(DAY);
  }

  @Test
  void open_fileWithTheOldPrimaryKey_dropsTheKeyAndKeepsTheRows() throws Exception {
    Path old = dir.resolve("old.duckdb");
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection("jdbc:duckdb:" + old.toAbsolutePath());
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          ActivitySchema.DDL.get(0).replace("id VARCHAR NOT NULL,", "id VARCHAR PRIMARY KEY,"));
      s.execute(
          "INSERT INTO activity_events (id, day, raw) VALUES ('a', DATE '"
              + DAY
              + "', '{\"Id\":\"a\"}')");
    }

    try (ActivityStore reopened = ActivityStore.open(old);
        java.sql.ResultSet keys =
            reopened.connection().createStatement().executeQuery(ActivitySchema.HAS_KEY)) {
      keys.next();
      assertThat(keys.getLong(1)).isZero();
      assertThat(reopened.countEvents(DAY)).isEqualTo(1);
      reopened.startChain(DAY, "", AT, false);
      reopened.storePage(
          DAY, "", page(null, "{\"Id\":\"a\"}", "{\"Id\":\"b\"}"), DayStatus.COMPLETE, null, AT);
      assertThat(reopened.countEvents(DAY)).isEqualTo(2);
    }
  }
}
