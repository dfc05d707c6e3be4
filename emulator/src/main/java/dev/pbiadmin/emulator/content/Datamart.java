package dev.pbiadmin.emulator.content;

import java.time.Instant;
import java.util.List;

/**
 * A datamart.
 *
 * @param type {@code Sql}, {@code Lakehouse}, {@code Datawarehouse}, …
 * @param status e.g. {@code Available}
 * @param state e.g. {@code Active}
 */
public record Datamart(
    String id,
    String name,
    String description,
    String type,
    String status,
    String state,
    String configuredBy,
    String configuredById,
    String modifiedBy,
    String modifiedById,
    Instant modifiedDateTime,
    Endorsement endorsement,
    List<ItemRef> upstreamDataflows,
    List<String> datasourceUsages,
    List<Access> users) {

  public Datamart {
    upstreamDataflows = List.copyOf(upstreamDataflows);
    datasourceUsages = List.copyOf(datasourceUsages);
    users = List.copyOf(users);
  }
}
