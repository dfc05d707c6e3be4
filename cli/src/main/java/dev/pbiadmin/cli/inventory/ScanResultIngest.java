package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code WorkspaceInfoResponse} as a stream: one workspace object at a time is held as a
 * tree, never the whole result (a result of 100 large workspaces runs to hundreds of megabytes).
 * Datasource instances are few per result and are returned for the caller to upsert; top-level keys
 * other than the three the API defines are returned whole, to be kept with the batch.
 */
final class ScanResultIngest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  /**
   * What one result held. {@code extra} is the JSON of its unknown top-level keys (or null); {@code
   * unresolvedEdges} counts lineage edges whose source's kind is not yet known.
   */
  record Outcome(
      int workspacesStored,
      int workspacesInStateDeleted,
      List<JsonNode> datasources,
      List<JsonNode> misconfiguredDatasources,
      String extra,
      int unresolvedEdges) {}

  private ScanResultIngest() {}

  /**
   * Decides, before a workspace of the result is written, whether it is: false for a workspace the
   * result already listed (the first copy is kept); when true, any rows the inventory already holds
   * for that workspace have been removed, so each workspace is in the inventory once.
   */
  @FunctionalInterface
  interface WorkspaceGate {
    boolean admit(String workspaceId) throws SQLException;
  }

  static Outcome read(
      InputStream body,
      Rows rows,
      MetadataSeen seen,
      String scanId,
      LocalDateTime scannedAt,
      WorkspaceGate gate)
      throws IOException, SQLException {
    WorkspaceRows workspaces = new WorkspaceRows(rows, seen);
    int stored = 0;
    int deleted = 0;
    List<JsonNode> sources = new ArrayList<>();
    List<JsonNode> misconfigured = new ArrayList<>();
    ObjectNode extra = null;
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a scan result must be a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        boolean array = p.nextToken() == JsonToken.START_ARRAY;
        if (array && field.equalsIgnoreCase("workspaces")) {
          while (nextObject(p, field)) {
            JsonNode w = MAPPER.readTree(p);
            String id = Fields.of(w, "workspaces", new Unrecognised()).id("id");
            if (id != null && !gate.admit(id)) {
              continue;
            }
            stored++;
            if (workspaces.write(w, scanId, scannedAt)) {
              deleted++;
            }
          }
        } else if (array && field.equalsIgnoreCase("datasourceInstances")) {
          readAll(p, field, sources);
        } else if (array && field.equalsIgnoreCase("misconfiguredDatasourceInstances")) {
          readAll(p, field, misconfigured);
        } else {
          extra = extra == null ? MAPPER.createObjectNode() : extra;
          extra.set(field, MAPPER.readTree(p));
          seen.unrecognised.field("", field);
        }
      }
      // Anything but the object's end here, or after it, would leave the rest of the body unread:
      // workspaces the inventory would lose without a word.
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new IOException("a scan result must be one JSON object, with nothing after it");
      }
    }
    return new Outcome(
        stored,
        deleted,
        sources,
        misconfigured,
        extra == null ? null : extra.toString(),
        workspaces.unresolved());
  }

  /** The gateway APIs send connectionDetails as a JSON string (reference §8): read either. */
  private static JsonNode object(JsonNode details) {
    if (details != null && details.isTextual() && details.asText().startsWith("{")) {
      try {
        return MAPPER.readTree(details.asText());
      } catch (IOException notJson) {
        return null;
      }
    }
    return details;
  }

  private static void readAll(JsonParser p, String array, List<JsonNode> into) throws IOException {
    while (nextObject(p, array)) {
      into.add(MAPPER.readTree(p));
    }
  }

  /**
   * Moves to the next element of {@code array}: true at an object, false at the array's end. Any
   * other element is an error: skipping it would stop the read there and lose what follows.
   */
  private static boolean nextObject(JsonParser p, String array) throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.END_ARRAY) {
      return t == JsonToken.START_OBJECT;
    }
    String found =
        switch (t == null ? JsonToken.NOT_AVAILABLE : t) {
          case START_ARRAY -> "an array";
          case VALUE_STRING -> "a string";
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
          case VALUE_TRUE, VALUE_FALSE -> "a boolean";
          case VALUE_NULL -> "null";
          default -> "the end of the body";
        };
    throw new IOException(
        "every entry of " + array + " in a scan result must be an object, found " + found);
  }

  /**
   * One row of {@code datasources}. {@code connection_details} keeps the whole object; its keys per
   * datasource type (reference §8) also get typed columns.
   */
  static Object[] datasourceRow(JsonNode d, boolean misconfigured, Unrecognised tally) {
    Fields f =
        Fields.of(
            d, misconfigured ? "misconfiguredDatasourceInstances" : "datasourceInstances", tally);
    JsonNode cd = f.get("connectionDetails");
    String details =
        cd == null || cd.isNull() ? null : cd.isTextual() ? cd.asText() : cd.toString();
    Fields c = Fields.of(object(cd), "connectionDetails", tally);
    return new Object[] {
      f.id("datasourceId"),
      f.text("datasourceType"),
      f.id("gatewayId"),
      c.text("server"),
      c.text("database"),
      c.text("url"),
      c.text("path"),
      c.text("kind"),
      c.text("account"),
      c.text("domain"),
      c.text("emailAddress"),
      c.text("loginServer"),
      c.text("classInfo"),
      details,
      misconfigured,
      c.text("extensionDataSourceKind"),
      c.text("extensionDataSourcePath"),
      c.text("sharePointSiteUrl"),
      c.text("connectionString"),
      f.extra()
    };
  }
}
