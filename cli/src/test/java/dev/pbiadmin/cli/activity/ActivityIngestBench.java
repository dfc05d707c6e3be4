package dev.pbiadmin.cli.activity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pbiadmin.emulator.content.ActivityLog;
import dev.pbiadmin.emulator.content.ContentGenerator;
import dev.pbiadmin.emulator.content.DayEvents;
import dev.pbiadmin.emulator.content.TenantContent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Ingest benchmark for one large day: the emulator's own activity generator serves pages of {@code
 * page} events (as JSON, like the API) to the real puller and DuckDB store; then the day is
 * exported to Parquet and read back. Not a test: run by {@code bench/activity-bench.sh}.
 *
 * <p>Args: events-per-day, page size, work directory.
 */
public final class ActivityIngestBench {
  private ActivityIngestBench() {}

  public static void main(String[] args) throws Exception {
    int events = Integer.parseInt(args[0]);
    int page = Integer.parseInt(args[1]);
    Path work = Path.of(args[2]);
    Files.createDirectories(work);
    Instant now = Instant.now();
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(3);
    TenantContent content =
        new TenantContent(
            ContentGenerator.generate(
                new ContentGenerator.Options(200, 42, now, "contoso.onmicrosoft.com", List.of())));
    ActivityLog log =
        new ActivityLog(
            content, 42, events, Clock.systemUTC(), "e43e3248-3d83-44aa-a94d-c836bd7f9b79");
    GeneratedSource source = new GeneratedSource(log.eventsOn(day), page);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[] peak = {0};

    long start = System.nanoTime();
    DayOutcome outcome;
    try (ActivityStore store = ActivityStore.open(work.resolve("bench.duckdb"))) {
      outcome =
          new ActivityPuller(
                  source,
                  store,
                  ActivityHorizon.POWER_BI,
                  Clock.systemUTC(),
                  line -> peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed()))
              .pull(day, ActivityFilter.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "day %s: %s, %d pages, %d events stored in %.1f s = %.0f events/s%n",
          day,
          outcome.status().sql(),
          outcome.pagesStored(),
          outcome.eventsStored(),
          seconds,
          outcome.eventsStored() / seconds);
      System.out.printf(
          "of which %.1f s generating the pages' JSON (the emulator's share)%n",
          source.nanos / 1e9);
      System.out.printf(
          "peak heap used (sampled after every page): %d MiB of max %d MiB%n",
          peak[0] >> 20, Runtime.getRuntime().maxMemory() >> 20);
      long exportStart = System.nanoTime();
      Path parquet = work.resolve("parquet");
      long written = new ParquetExporter(store.connection()).export(parquet, List.of(day));
      try (Statement s = store.connection().createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT count(*), count(DISTINCT id) FROM read_parquet('"
                      + parquet
                      + "/**/*.parquet', hive_partitioning = true) WHERE date = DATE '"
                      + day
                      + "'")) {
        r.next();
        System.out.printf(
            "parquet: %d written in %.1f s; read back by DuckDB: %d rows, %d distinct ids (store:"
                + " %d)%n",
            written,
            (System.nanoTime() - exportStart) / 1e9,
            r.getLong(1),
            r.getLong(2),
            store.countEvents(day));
      }
    }
  }

  /** Pages of the generator's events in the API's JSON shape; the token is the next offset. */
  private static final class GeneratedSource implements ActivityEventSource {
    private final DayEvents day;
    private final int page;
    private final JsonFactory json = new JsonFactory();

    GeneratedSource(DayEvents day, int page) {
      this.day = day;
      this.page = page;
    }

    @Override
    public ActivityEventPage firstPage(LocalDate ignored, ActivityFilter filter) {
      return from(0);
    }

    @Override
    public ActivityEventPage nextPage(String continuationToken) {
      return from(Integer.parseInt(continuationToken));
    }

    long nanos;

    private ActivityEventPage from(int offset) {
      long t0 = System.nanoTime();
      try {
        return build(offset);
      } finally {
        nanos += System.nanoTime() - t0;
      }
    }

    private ActivityEventPage build(int offset) {
      int end = Math.min(day.size(), offset + page);
      StringWriter out = new StringWriter();
      try (JsonGenerator g = json.createGenerator(out)) {
        g.writeStartArray();
        for (int i = offset; i < end; i++) {
          day.get(i).write(g);
        }
        g.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      boolean last = end >= day.size();
      return new ActivityEventPage(
          out.toString(), end - offset, last ? null : Integer.toString(end), last);
    }
  }
}
