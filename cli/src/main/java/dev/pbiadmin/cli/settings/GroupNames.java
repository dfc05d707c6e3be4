package dev.pbiadmin.cli.settings;

import com.azure.core.credential.TokenRequestContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.auth.Connection;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current names of security groups in Microsoft Graph ({@code GET /v1.0/groups/{id}}), when the
 * identity may read groups (GroupMember.Read.All, Group.Read.All or Directory.Read.All). The names
 * the Fabric API sends are what the setting was saved with; Graph says what the group is called
 * now, and whether it still exists. Without permission, the Fabric names stand and {@link
 * Result#note} says why. One call per distinct group; never retried, never fatal.
 */
final class GroupNames {
  static final String GRAPH_SCOPE = "https://graph.microsoft.com/.default";
  private static final Logger LOG = LoggerFactory.getLogger(GroupNames.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /**
   * @param names group id (lower case) → current name; a group Graph no longer knows maps to null
   * @param note {@code graph}, or {@code fabric: <why Graph was not used>}
   */
  record Result(Map<String, String> names, String note) {
    boolean fromGraph() {
      return note.equals("graph");
    }
  }

  private GroupNames() {}

  static Result lookUp(Connection connection, Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return new Result(Map.of(), "graph");
    }
    if (connection.graphUrl().isEmpty()) {
      return fabricNames("Microsoft Graph's URL for this cloud is not known");
    }
    String token;
    try {
      token =
          connection
              .credential()
              .getTokenSync(new TokenRequestContext().addScopes(GRAPH_SCOPE))
              .getToken();
    } catch (RuntimeException e) {
      LOG.debug("no Graph token for group names: {}", e.getClass().getSimpleName());
      return fabricNames("no Microsoft Graph token could be had for this identity");
    }
    HttpClient.Builder builder =
        HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER);
    connection.sslContext().ifPresent(builder::sslContext);
    HttpClient http = builder.build();
    Map<String, String> names = new HashMap<>();
    for (String id : groupIds) {
      URI uri =
          URI.create(
              connection.graphUrl().get()
                  + "/v1.0/groups/"
                  + URLEncoder.encode(id, StandardCharsets.UTF_8)
                  + "?$select=id,displayName");
      HttpResponse<String> r;
      try {
        r =
            http.send(
                HttpRequest.newBuilder(uri)
                    .timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        return fabricNames(
            "Microsoft Graph could not be reached (" + e.getClass().getSimpleName() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return fabricNames("interrupted");
      }
      if (r.statusCode() == 403 || r.statusCode() == 401) {
        return fabricNames(
            "this identity may not read groups in Microsoft Graph ("
                + r.statusCode()
                + "; it needs the Graph application permission GroupMember.Read.All)");
      }
      if (r.statusCode() == 404) {
        names.put(id.toLowerCase(java.util.Locale.ROOT), null);
      } else if (r.statusCode() == 200) {
        names.put(id.toLowerCase(java.util.Locale.ROOT), displayName(r.body()));
      } else {
        return fabricNames("Microsoft Graph answered " + r.statusCode());
      }
    }
    return new Result(names, "graph");
  }

  private static String displayName(String body) {
    try {
      JsonNode n = JSON.readTree(body);
      return n.path("displayName").isTextual() ? n.get("displayName").asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static Result fabricNames(String why) {
    return new Result(Map.of(), "fabric: " + why);
  }
}
