package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code WorkspaceInfoResponse} as a stream: one workspace object at a time is held as a
 * tree, never the whole result (a result of 100 large workspaces runs to hundreds of megabytes).
 * Datasource instances are few per result and are returned for the caller to upsert.
 */
final class ScanResultIngest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  /** What one result held. */
  record Outcome(int workspacesStored, int workspacesInStateDeleted, List<JsonNode> datasources,
      List<JsonNode> misconfiguredDatasources) {}

  private ScanResultIngest() {}

  static Outcome read(InputStream body, Rows rows, MetadataSeen seen, String scanId,
      LocalDateTime scannedAt) throws IOException, SQLException {
    WorkspaceRows workspaces = new WorkspaceRows(rows, seen);
    int stored = 0;
    int deleted = 0;
    List<JsonNode> sources = new ArrayList<>();
    List<JsonNode> misconfigured = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("a scan result must be a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        if (field.equalsIgnoreCase("workspaces")) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode w = MAPPER.readTree(p);
            stored++;
            if (workspaces.write(w, scanId, scannedAt)) {
              deleted++;
            }
          }
        } else if (field.equalsIgnoreCase("datasourceInstances")) {
          readAll(p, sources);
        } else if (field.equalsIgnoreCase("misconfiguredDatasourceInstances")) {
          readAll(p, misconfigured);
        } else {
          p.skipChildren();
        }
      }
    }
    return new Outcome(stored, deleted, sources, misconfigured);
  }

  private static void readAll(JsonParser p, List<JsonNode> into) throws IOException {
    while (p.nextToken() == JsonToken.START_OBJECT) {
      into.add(MAPPER.readTree(p));
    }
  }

  /** One row of {@code datasources}. */
  static Object[] datasourceRow(JsonNode d, boolean misconfigured) {
    JsonNode c = Fields.object(d, "connectionDetails");
    return new Object[] {Fields.text(d, "datasourceId"), Fields.text(d, "datasourceType"),
        Fields.text(d, "gatewayId"), Fields.text(c, "server"), Fields.text(c, "database"),
        Fields.text(c, "url"), Fields.text(c, "path"), Fields.text(c, "kind"),
        Fields.text(c, "account"), Fields.text(c, "domain"), Fields.text(c, "emailAddress"),
        Fields.text(c, "loginServer"), Fields.text(c, "classInfo"),
        c == null ? null : c.toString(), misconfigured};
  }
}
