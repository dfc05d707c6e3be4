package dev.pbiadmin.client;

import com.fasterxml.jackson.databind.JsonNode;

/** Receives a streamed scan result piece by piece, as raw JSON (every field the service sent). */
public interface ScanResultVisitor {

  /** One element of {@code workspaces}. */
  void workspace(JsonNode workspace);

  /** One element of {@code datasourceInstances}. */
  default void datasourceInstance(JsonNode datasource) {}

  /** One element of {@code misconfiguredDatasourceInstances}. */
  default void misconfiguredDatasourceInstance(JsonNode datasource) {}

  /**
   * A top-level key the API does not define, with its whole value: the service adds fields without
   * notice, and a visitor that wants everything should not lose one.
   */
  default void otherField(String name, JsonNode value) {}
}
