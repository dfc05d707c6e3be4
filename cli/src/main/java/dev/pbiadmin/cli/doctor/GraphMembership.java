package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service principal's group memberships as Microsoft Graph reports them, when it may read them.
 * Known memberships turn "probably not in the group" into a certainty; what Graph leaves out stays
 * unknown. With only Application.Read.All, Graph lists each group with its id and type name only,
 * every other property null ("limited information", Graph's directoryObject rule), so a group's
 * name and kind are judged only from the fields that came back.
 *
 * @param known whether Graph answered
 * @param groups the groups (transitive when Graph offers it), empty when unknown
 * @param note how the memberships were read, or why they are unknown
 */
record GraphMembership(boolean known, List<Group> groups, String note) {

  private static final int MAX_PAGES = 20;
  static final String PARTIAL_PERMISSION =
      "Graph returned groups without their names or types: the app may list its memberships"
          + " (Application.Read.All) but not read groups; GroupMember.Read.All or"
          + " Directory.Read.All lets it";

  /** What a group is, as far as the fields Graph returned tell. */
  enum Kind {
    SECURITY("Security"),
    MICROSOFT_365("Microsoft 365"),
    /** securityEnabled false and not a Microsoft 365 group: a distribution list. */
    NOT_SECURITY("not security-enabled"),
    UNKNOWN("type unknown");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * A group as Graph describes it; an empty field is one Graph did not return.
   *
   * @param direct false when the service principal is a member only through a nested group, empty
   *     when Graph's direct memberships could not be read
   */
  record Group(
      String id,
      Optional<String> displayName,
      Optional<Boolean> securityEnabled,
      Optional<List<String>> groupTypes,
      Optional<Boolean> direct) {

    /**
     * Judged only on returned fields: Unified means Microsoft 365, securityEnabled decides the
     * rest.
     */
    Kind kind() {
      if (groupTypes.map(types -> types.contains("Unified")).orElse(false)) {
        return Kind.MICROSOFT_365;
      }
      if (securityEnabled.isEmpty()) {
        return Kind.UNKNOWN;
      }
      return securityEnabled.get() ? Kind.SECURITY : Kind.NOT_SECURITY;
    }

    String label() {
      String name = displayName.map(n -> "\"" + n + "\"").orElse("group " + id + " (name unknown)");
      String through = direct.map(d -> d ? "" : ", through a nested group").orElse("");
      return name + " (" + kind().label + through + ")";
    }
  }

  GraphMembership {
    groups = List.copyOf(groups);
  }

  static GraphMembership unknown(String note) {
    return new GraphMembership(false, List.of(), note);
  }

  List<Group> ofKind(Kind kind) {
    return groups.stream().filter(g -> g.kind() == kind).toList();
  }

  List<Group> securityGroups() {
    return ofKind(Kind.SECURITY);
  }

  /** Whether Graph left out a name or a type of some group. */
  boolean partial() {
    return groups.stream().anyMatch(g -> g.displayName().isEmpty() || g.kind() == Kind.UNKNOWN);
  }

  static String labels(List<Group> some) {
    return some.stream().map(Group::label).collect(Collectors.joining(", "));
  }

  static GraphMembership lookUp(DoctorContext context) {
    Optional<URI> graph = context.settings().graphEndpoint();
    if (graph.isEmpty()) {
      return unknown("Graph check turned off");
    }
    if (context.token().isEmpty()) {
      return unknown("no token");
    }
    if (context.token().get().delegated()) {
      return unknown(
          "a signed-in user needs no security group: the Fabric administrator role admits it");
    }
    String oid = context.token().get().claim("oid");
    String graphScope = graphResource(graph.get()) + "/.default";
    String graphToken;
    if (context.rawSignIn()) {
      Observed tokenResponse = TokenRequest.send(context, "v2", "scope", graphScope);
      if (!tokenResponse.answered() || tokenResponse.status() != 200) {
        EntraError e = EntraError.parse(tokenResponse.json());
        return unknown(
            "no Microsoft Graph token: "
                + (e == null ? tokenResponse.describe() : e.codeName() + " " + e.description()));
      }
      graphToken = tokenResponse.json().path("access_token").asText();
    } else {
      try {
        graphToken = LibraryToken.get(context, graphScope);
      } catch (RuntimeException e) {
        return unknown("no Microsoft Graph token: " + LibraryToken.message(e));
      }
    }
    return read(context, graph.get(), oid, graphToken, "");
  }

  /**
   * The memberships of service principal {@code oid} read with {@code graphToken}, whoever's it is
   * (the service principal's own, or an admin identity's); {@code whose} prefixes the note.
   */
  static GraphMembership read(
      DoctorContext context, URI graph, String oid, String graphToken, String whose) {
    String base = DoctorContext.trimSlash(graph.toString()) + "/v1.0/servicePrincipals/" + oid;
    String select = "?$select=id,displayName,securityEnabled,groupTypes";
    Observed first =
        context.http().get(URI.create(base + "/transitiveMemberOf" + select), graphToken);
    boolean transitive = first.status() != 404;
    if (!transitive) {
      first = context.http().get(URI.create(base + "/memberOf" + select), graphToken);
    }
    if (first.status() == 401 || first.status() == 403) {
      return unknown(
          "no permission to read group memberships in Microsoft Graph ("
              + first.status()
              + "; needs the Graph application permission Application.Read.All, and"
              + " GroupMember.Read.All or Directory.Read.All to see group names and types too)");
    }
    if (first.status() != 200) {
      return unknown(
          "no Microsoft Graph membership endpoint at "
              + graph
              + " ("
              + (first.answered() ? String.valueOf(first.status()) : first.transportError())
              + ")");
    }
    Map<String, JsonNode> items = readAll(context, first, graphToken);
    // Which memberships are direct: only transitiveMemberOf lists groups reached through nesting.
    Optional<Set<String>> direct = Optional.empty();
    if (transitive) {
      Observed directPage =
          context.http().get(URI.create(base + "/memberOf?$select=id"), graphToken);
      if (directPage.status() == 200) {
        direct = Optional.of(readAll(context, directPage, graphToken).keySet());
      }
    } else {
      direct = Optional.of(items.keySet());
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, JsonNode> item : items.entrySet()) {
      Optional<Set<String>> directIds = direct;
      groups.add(
          group(item.getKey(), item.getValue(), directIds.map(ids -> ids.contains(item.getKey()))));
    }
    String how =
        whose
            + (transitive
                ? "transitive memberships (transitiveMemberOf)"
                : "direct memberships only (memberOf)");
    GraphMembership membership = new GraphMembership(true, groups, how);
    return membership.partial()
        ? new GraphMembership(true, groups, how + "; " + PARTIAL_PERMISSION)
        : membership;
  }

  /** Every group of a membership listing, following {@code @odata.nextLink}, by id. */
  private static Map<String, JsonNode> readAll(
      DoctorContext context, Observed first, String graphToken) {
    Map<String, JsonNode> items = new LinkedHashMap<>();
    Observed page = first;
    for (int i = 0; i < MAX_PAGES && page.status() == 200; i++) {
      for (JsonNode item : page.json().path("value")) {
        // Directory roles and administrative units are listed too; only groups count for tenant
        // settings.
        if (item.path("@odata.type").asText("#microsoft.graph.group").endsWith(".group")) {
          items.put(item.path("id").asText(), item);
        }
      }
      String next = page.json().path("@odata.nextLink").asText("");
      if (next.isEmpty()) {
        break;
      }
      page = context.http().get(URI.create(next), graphToken);
    }
    return items;
  }

  private static Group group(String id, JsonNode item, Optional<Boolean> direct) {
    JsonNode name = item.path("displayName");
    JsonNode security = item.path("securityEnabled");
    JsonNode types = item.path("groupTypes");
    Optional<List<String>> groupTypes = Optional.empty();
    if (types.isArray()) {
      List<String> list = new ArrayList<>();
      types.forEach(t -> list.add(t.asText()));
      groupTypes = Optional.of(list);
    }
    return new Group(
        id,
        name.isTextual() ? Optional.of(name.asText()) : Optional.empty(),
        security.isBoolean() ? Optional.of(security.asBoolean()) : Optional.empty(),
        groupTypes,
        direct);
  }

  /**
   * Graph's resource for the cloud of {@code endpoint}; a local emulator stands for the public one.
   */
  static String graphResource(URI endpoint) {
    String host = Cloud.host(endpoint);
    return switch (host) {
      case "graph.microsoft.us", "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn" ->
          "https://" + host;
      default -> "https://graph.microsoft.com";
    };
  }
}
