package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;

/**
 * A Power Query dataflow (Gen1).
 *
 * @param refreshSchedule its scheduled refresh, or {@code null}
 */
public record Dataflow(
    String objectId,
    String name,
    String description,
    String configuredBy,
    String modifiedBy,
    Instant modifiedDateTime,
    Endorsement endorsement,
    List<String> datasourceUsages,
    List<ItemRef> upstreamDataflows,
    RefreshSchedule refreshSchedule,
    List<Access> users) {

  public Dataflow {
    datasourceUsages = List.copyOf(datasourceUsages);
    upstreamDataflows = List.copyOf(upstreamDataflows);
    users = List.copyOf(users);
  }
}
