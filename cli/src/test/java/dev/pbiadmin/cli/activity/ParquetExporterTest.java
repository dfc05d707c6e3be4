package dev.pbiadmin.cli.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetExporterTest {
  private static final LocalDate D1 = LocalDate.parse("2026-11-20");
  private static final LocalDate D2 = LocalDate.parse("2026-11-21");
  private static final Clock SETTLED =
      Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private ActivityStore store;

  @BeforeEach
  void fill() {
    store = ActivityStore.open(dir.resolve("inventory.duckdb"));
    ScriptedSource source = new ScriptedSource().day(D1, 3, 20).day(D2, 2, 7);
    ActivityPuller puller = new ActivityPuller(source, store, ActivityHorizon.POWER_BI, SETTLED);
    puller.pull(D1, ActivityFilter.NONE);
    puller.pull(D2, ActivityFilter.NONE);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void export_twoDays_writesHivePartitionsThatReadBackAsOneTable() throws Exception {
    Path out = dir.resolve("parquet");

    long written = new ParquetExporter(store.connection()).export(out, List.of(D1, D2));

    assertThat(written).isEqualTo(74);
    assertThat(out.resolve("date=2026-11-20")).isDirectory();
    assertThat(out.resolve("date=2026-11-21")).isDirectory();
    try (Statement s = store.connection().createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT CAST(date AS VARCHAR), count(*), count(DISTINCT id),"
                    + " min(activity) FROM read_parquet('"
                    + out
                    + "/**/*.parquet', hive_partitioning = true)"
                    + " GROUP BY date ORDER BY date")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("2026-11-20");
      assertThat(rows.getLong(2)).isEqualTo(60);
      assertThat(rows.getLong(3)).isEqualTo(60);
      assertThat(rows.getString(4)).isEqualTo("ViewReport");
      assertThat(rows.next()).isTrue();
      assertThat(rows.getLong(2)).isEqualTo(14);
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void export_again_replacesThePartitionWithoutDuplicates() throws Exception {
    Path out = dir.resolve("parquet");
    ParquetExporter exporter = new ParquetExporter(store.connection());
    exporter.export(out, List.of(D1, D2));
    Files.writeString(out.resolve("date=2026-11-20").resolve("stale.parquet"), "not parquet");

    assertThat(exporter.export(out, List.of(D1))).isEqualTo(60);

    try (Stream<Path> files = Files.list(out.resolve("date=2026-11-20"))) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("stale.parquet");
    }
    assertThat(out.resolve("date=2026-11-21")).isDirectory();
  }

  @Test
  void export_dayWithoutEvents_writesNothing() {
    assertThat(
            new ParquetExporter(store.connection())
                .export(dir.resolve("parquet"), List.of(LocalDate.parse("2026-11-22"))))
        .isZero();
  }
}
