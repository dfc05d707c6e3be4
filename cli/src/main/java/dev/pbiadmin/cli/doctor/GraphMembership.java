package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The service principal's group memberships as Microsoft Graph reports them — when the service
 * principal may read Graph. Known memberships turn "probably not in the group" into a certainty.
 *
 * @param known whether Graph answered
 * @param groups the groups (transitive when Graph offers it), empty when unknown
 * @param note why the memberships are unknown, or how they were read
 */
record GraphMembership(boolean known, List<Group> groups, String note) {

  private static final int MAX_PAGES = 20;

  /** A group as Graph describes it: {@code securityEnabled} false means a Microsoft 365 group. */
  record Group(String id, String displayName, boolean securityEnabled, List<String> groupTypes) {
    String label() {
      return "\"" + displayName + "\" (" + (securityEnabled ? "Security" : "Microsoft 365") + ")";
    }
  }

  GraphMembership {
    groups = List.copyOf(groups);
  }

  static GraphMembership unknown(String note) {
    return new GraphMembership(false, List.of(), note);
  }

  List<Group> securityGroups() {
    return groups.stream().filter(Group::securityEnabled).toList();
  }

  String labels(List<Group> some) {
    return some.stream().map(Group::label).collect(Collectors.joining(", "));
  }

  static GraphMembership lookUp(DoctorContext context) {
    URI graph = context.settings().graphEndpoint();
    if (graph == null) {
      return unknown("Graph check turned off");
    }
    if (context.token().isEmpty()) {
      return unknown("no token");
    }
    String oid = context.token().get().claim("oid");
    Observed tokenResponse = TokenRequest.send(context, "v2", "scope", graphResource(graph) + "/.default");
    if (!tokenResponse.answered() || tokenResponse.status() != 200) {
      EntraError e = EntraError.parse(tokenResponse.json());
      return unknown("no Microsoft Graph token: " + (e == null ? tokenResponse.describe() : e.codeName() + " " + e.description()));
    }
    String graphToken = tokenResponse.json().path("access_token").asText();
    String base = DoctorContext.trimSlash(graph.toString()) + "/v1.0/servicePrincipals/" + oid;
    String select = "?$select=id,displayName,securityEnabled,groupTypes";
    Observed first = context.http().get(URI.create(base + "/transitiveMemberOf" + select), graphToken);
    String how = "transitive memberships (transitiveMemberOf)";
    if (first.status() == 404) {
      first = context.http().get(URI.create(base + "/memberOf" + select), graphToken);
      how = "direct memberships (memberOf)";
    }
    if (first.status() == 401 || first.status() == 403) {
      return unknown("no permission to read group memberships in Microsoft Graph (" + first.status()
          + "; needs the Graph application permission Application.Read.All, or Directory.Read.All to see group names too)");
    }
    if (first.status() != 200) {
      return unknown("no Microsoft Graph membership endpoint at " + graph + " ("
          + (first.answered() ? String.valueOf(first.status()) : first.transportError()) + ")");
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    Observed page = first;
    for (int i = 0; i < MAX_PAGES && page.status() == 200; i++) {
      for (JsonNode item : page.json().path("value")) {
        String type = item.path("@odata.type").asText("#microsoft.graph.group");
        if (type.endsWith("group")) {
          List<String> types = new ArrayList<>();
          item.path("groupTypes").forEach(t -> types.add(t.asText()));
          groups.put(item.path("id").asText(), new Group(item.path("id").asText(), item.path("displayName").asText(),
              item.path("securityEnabled").asBoolean(!types.contains("Unified")), types));
        }
      }
      String next = page.json().path("@odata.nextLink").asText("");
      if (next.isEmpty()) {
        break;
      }
      page = context.http().get(URI.create(next), graphToken);
    }
    return new GraphMembership(true, new ArrayList<>(groups.values()), how);
  }

  /** Graph's resource for the cloud of {@code endpoint}; a local emulator stands for the public one. */
  static String graphResource(URI endpoint) {
    String host = Cloud.host(endpoint);
    return switch (host) {
      case "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn" -> "https://" + host;
      default -> "https://graph.microsoft.com";
    };
  }
}
