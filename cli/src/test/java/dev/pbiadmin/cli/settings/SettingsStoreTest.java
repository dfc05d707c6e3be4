package dev.pbiadmin.cli.settings;

import static dev.pbiadmin.cli.settings.States.group;
import static dev.pbiadmin.cli.settings.States.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
  @TempDir Path dir;

  @Test
  void save_thenLast_returnsTheSameSnapshot() throws Exception {
    Snapshot snapshot =
        new Snapshot(
            Instant.parse("2026-03-01T08:00:00Z"),
            List.of(
                States.withProperty(
                    tenant(
                        "PublishToWeb",
                        true,
                        List.of(new GroupRef(States.READERS, "Readers", "Report readers", true))),
                    "CreateP2w",
                    "true"),
                tenant("ExportToCsv", false, List.of()),
                States.capacityOverride(
                    "4f3a0000-0000-4000-8000-0000000000c1", "EnableAOAI", false)),
            "graph");

    try (SettingsStore store = SettingsStore.open(dir.resolve("s.duckdb"))) {
      assertThat(store.last()).isEmpty();
      store.save(snapshot, Optional.empty(), List.of(), null, List.of());
      assertThat(store.last()).contains(snapshot);
    }
  }

  @Test
  void save_changes_recordedWithFirstSeenAndThePreviousSnapshotsTime() throws Exception {
    Instant first = Instant.parse("2026-03-01T08:00:00Z");
    Instant second = Instant.parse("2026-03-02T08:00:00Z");
    Snapshot before =
        new Snapshot(first, List.of(tenant("PublishToWeb", true, List.of())), "graph");
    Snapshot after =
        new Snapshot(
            second,
            List.of(tenant("PublishToWeb", false, List.of(group(States.READERS, "R")))),
            "graph");
    Path file = dir.resolve("h.duckdb");

    try (SettingsStore store = SettingsStore.open(file)) {
      SettingsRun.record(store, before, Optional.empty());
      SettingsRun run = SettingsRun.record(store, after, Optional.empty());
      assertThat(run.changes()).hasSize(2);
    }

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT epoch_ms(first_seen_at), epoch_ms(previous_snapshot_at), aspect, old_value,"
                    + " new_value FROM tenant_settings_history ORDER BY rowid")) {
      assertThat(r.next()).isTrue();
      assertThat(List.of(r.getLong(1), r.getLong(2)))
          .containsExactly(second.toEpochMilli(), first.toEpochMilli());
      assertThat(List.of(r.getString(3), r.getString(4), r.getString(5)))
          .containsExactly("enabled", "true", "false");
      assertThat(r.next()).isTrue();
      assertThat(r.getString(3)).isEqualTo("enabledSecurityGroups");
      assertThat(r.next()).isFalse();
    }
  }
}
