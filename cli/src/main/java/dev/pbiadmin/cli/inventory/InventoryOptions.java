package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.ScanOptions;
import java.time.Duration;

/**
 * What to extract and how. The scan flags default to everything; the pacing values are in service
 * time and are divided by {@code timeScale} against an emulator running faster.
 *
 * @param incremental scan only workspaces modified since the last successful run
 * @param fullEveryDays an incremental run becomes full when the last full run is this old
 * @param overlap how far before the last run's start an incremental run looks back
 * @param concurrency scans in flight at once (the service allows 16)
 * @param retention how long a scan result stays fetchable (the service keeps it 24 hours)
 * @param maxAttempts getInfo attempts per batch before the run gives up on it
 */
public record InventoryOptions(
    boolean lineage,
    boolean datasourceDetails,
    boolean datasetSchema,
    boolean datasetExpressions,
    boolean artifactUsers,
    boolean personal,
    boolean inactive,
    boolean incremental,
    int fullEveryDays,
    Duration overlap,
    int concurrency,
    double timeScale,
    Duration pollInitial,
    Duration pollMax,
    Duration retention,
    int maxAttempts) {

  public InventoryOptions {
    if (concurrency < 1 || concurrency > 16) {
      throw new IllegalArgumentException("concurrency must be 1 to 16, got " + concurrency);
    }
    if (fullEveryDays < 1) {
      throw new IllegalArgumentException("--full-every must be at least 1 day");
    }
    if (!(timeScale > 0)) {
      throw new IllegalArgumentException("--time-scale must be positive");
    }
  }

  /**
   * Everything, full run, documented pacing. Polls every 5 to 6 seconds rather than the 30-60 s
   * Microsoft suggests: 16 scans polled every 6 s make 9,600 scanStatus calls an hour, inside its
   * documented 10,000/hour, and a scan's end is noticed within seconds instead of a minute.
   */
  public static InventoryOptions defaults() {
    return new InventoryOptions(
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        false,
        7,
        Duration.ofMinutes(10),
        16,
        1.0,
        Duration.ofSeconds(5),
        Duration.ofSeconds(6),
        Duration.ofHours(24),
        3);
  }

  public InventoryOptions withScan(
      boolean lineage,
      boolean datasourceDetails,
      boolean datasetSchema,
      boolean datasetExpressions,
      boolean artifactUsers) {
    Copy c = new Copy(this);
    c.lineage = lineage;
    c.datasourceDetails = datasourceDetails;
    c.datasetSchema = datasetSchema;
    c.datasetExpressions = datasetExpressions;
    c.artifactUsers = artifactUsers;
    return c.build();
  }

  public InventoryOptions withScope(boolean personal, boolean inactive) {
    Copy c = new Copy(this);
    c.personal = personal;
    c.inactive = inactive;
    return c.build();
  }

  public InventoryOptions withIncremental(boolean incremental, int fullEveryDays) {
    Copy c = new Copy(this);
    c.incremental = incremental;
    c.fullEveryDays = fullEveryDays;
    return c.build();
  }

  public InventoryOptions withPacing(double timeScale, Duration pollInitial, Duration pollMax) {
    Copy c = new Copy(this);
    c.timeScale = timeScale;
    c.pollInitial = pollInitial;
    c.pollMax = pollMax;
    return c.build();
  }

  /**
   * The components of an instance, to change a few and build a new one: the record's canonical
   * constructor (and so its checks) is then spelt out once for every {@code withX}.
   */
  private static final class Copy {
    private boolean lineage;
    private boolean datasourceDetails;
    private boolean datasetSchema;
    private boolean datasetExpressions;
    private boolean artifactUsers;
    private boolean personal;
    private boolean inactive;
    private boolean incremental;
    private int fullEveryDays;
    private final Duration overlap;
    private final int concurrency;
    private double timeScale;
    private Duration pollInitial;
    private Duration pollMax;
    private final Duration retention;
    private final int maxAttempts;

    private Copy(InventoryOptions o) {
      lineage = o.lineage;
      datasourceDetails = o.datasourceDetails;
      datasetSchema = o.datasetSchema;
      datasetExpressions = o.datasetExpressions;
      artifactUsers = o.artifactUsers;
      personal = o.personal;
      inactive = o.inactive;
      incremental = o.incremental;
      fullEveryDays = o.fullEveryDays;
      overlap = o.overlap;
      concurrency = o.concurrency;
      timeScale = o.timeScale;
      pollInitial = o.pollInitial;
      pollMax = o.pollMax;
      retention = o.retention;
      maxAttempts = o.maxAttempts;
    }

    private InventoryOptions build() {
      return new InventoryOptions(
          lineage,
          datasourceDetails,
          datasetSchema,
          datasetExpressions,
          artifactUsers,
          personal,
          inactive,
          incremental,
          fullEveryDays,
          overlap,
          concurrency,
          timeScale,
          pollInitial,
          pollMax,
          retention,
          maxAttempts);
    }
  }

  ScanOptions scanOptions() {
    return new ScanOptions(
        lineage, datasourceDetails, datasetSchema, datasetExpressions, artifactUsers);
  }

  /** A service-time duration as the real time it takes to pass. */
  Duration real(Duration serviceTime) {
    return Duration.ofNanos((long) (serviceTime.toNanos() / timeScale));
  }
}
