package dev.pbiadmin.emulator.graph;

import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code memberOf} and {@code transitiveMemberOf} of a service principal, read from the emulator's
 * directory. Permissions as Graph documents them: the call needs Application.Read.All (least
 * privileged), Application.ReadWrite.All or Directory.Read(Write).All; without a permission that
 * reads groups (GroupMember.Read.All, Group.Read(Write).All, Directory.Read(Write).All) each group
 * comes back with "limited information": its {@code id} and {@code @odata.type}, every other
 * selected property null, as Graph documents it. Pages of 100 by default, {@code $top} up to 999,
 * {@code $select} honoured.
 */
final class MemberOf {
  static final Set<String> CALL_PERMISSIONS =
      Set.of(
          "Application.Read.All",
          "Application.ReadWrite.All",
          "Directory.Read.All",
          "Directory.ReadWrite.All");
  static final Set<String> GROUP_READ_PERMISSIONS =
      Set.of(
          "GroupMember.Read.All",
          "Group.Read.All",
          "Group.ReadWrite.All",
          "Directory.Read.All",
          "Directory.ReadWrite.All");
  private static final List<String> PROPERTIES =
      List.of("id", "displayName", "description", "securityEnabled", "mailEnabled", "groupTypes");
  private static final int DEFAULT_PAGE = 100;
  private static final int MAX_PAGE = 999;

  private final Directory directory;
  private final AccessTokenValidator validator;

  MemberOf(Directory directory, AccessTokenValidator validator) {
    this.directory = directory;
    this.validator = validator;
  }

  Map<String, Object> list(Context ctx, String identifier, boolean byAppId, boolean transitive) {
    Set<String> granted = GraphToken.permissions(validator, ctx.header("Authorization"));
    if (granted.stream().noneMatch(CALL_PERMISSIONS::contains)) {
      throw GraphError.denied();
    }
    boolean readsGroups = granted.stream().anyMatch(GROUP_READ_PERMISSIONS::contains);
    List<String> select = select(ctx.queryParam("$select"));
    int top = top(ctx.queryParam("$top"));
    int skip = skip(ctx.queryParam("$skiptoken"));
    AppRegistration sp = servicePrincipal(identifier, byAppId);

    Set<String> ids =
        transitive
            ? directory.transitiveGroupIds(sp.servicePrincipalId())
            : direct(sp.servicePrincipalId());
    List<SecurityGroup> groups = new ArrayList<>();
    ids.forEach(id -> directory.findGroup(id).ifPresent(groups::add));
    List<Map<String, Object>> value = new ArrayList<>();
    for (int i = skip; i < Math.min(groups.size(), skip + top); i++) {
      value.add(describe(groups.get(i), select, readsGroups));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#directoryObjects");
    body.put("value", value);
    if (skip + top < groups.size()) {
      body.put(
          "@odata.nextLink",
          ctx.url()
              + "?"
              + (ctx.queryParam("$select") == null
                  ? ""
                  : "$select="
                      + URLEncoder.encode(ctx.queryParam("$select"), StandardCharsets.UTF_8)
                      + "&")
              + "$top="
              + top
              + "&$skiptoken="
              + (skip + top));
    }
    return body;
  }

  private AppRegistration servicePrincipal(String identifier, boolean byAppId) {
    try {
      UUID.fromString(identifier);
    } catch (IllegalArgumentException e) {
      throw GraphError.badRequest("Invalid object identifier '" + identifier + "'.");
    }
    return (byAppId
            ? directory.findAppByClientId(identifier)
            : directory.findAppByServicePrincipalId(identifier))
        .orElseThrow(() -> GraphError.notFound(identifier));
  }

  private Set<String> direct(String principalId) {
    Set<String> ids = new LinkedHashSet<>();
    for (SecurityGroup g : directory.groups()) {
      if (g.members().stream().anyMatch(m -> m.id().equalsIgnoreCase(principalId))) {
        ids.add(g.id());
      }
    }
    return ids;
  }

  static Map<String, Object> describe(SecurityGroup g, List<String> select, boolean full) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("id", g.id());
    all.put("displayName", full ? g.displayName() : null);
    all.put("description", null);
    all.put("securityEnabled", full ? g.isSecurityEnabled() : null);
    all.put("mailEnabled", full ? !"Security".equalsIgnoreCase(g.groupType()) : null);
    all.put(
        "groupTypes",
        full
            ? ("Microsoft365".equalsIgnoreCase(g.groupType()) ? List.of("Unified") : List.of())
            : null);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@odata.type", "#microsoft.graph.group");
    for (String p : select) {
      out.put(p, all.get(p));
    }
    return out;
  }

  static List<String> select(String raw) {
    if (raw == null || raw.isBlank()) {
      return PROPERTIES;
    }
    List<String> out = new ArrayList<>();
    for (String p : raw.split(",")) {
      String name = p.strip();
      if (!PROPERTIES.contains(name)) {
        throw GraphError.badRequest(
            "Could not find a property named '"
                + name
                + "' on type 'microsoft.graph.directoryObject'.");
      }
      out.add(name);
    }
    return out;
  }

  private static int top(String raw) {
    if (raw == null) {
      return DEFAULT_PAGE;
    }
    try {
      int top = Integer.parseInt(raw.strip());
      if (top >= 1 && top <= MAX_PAGE) {
        return top;
      }
    } catch (NumberFormatException ignored) {
      // reported below, as Graph does
    }
    throw GraphError.badRequest(
        "Invalid page size specified: '"
            + raw
            + "'. Must be between 1 and "
            + MAX_PAGE
            + " inclusive.");
  }

  private static int skip(String raw) {
    if (raw == null) {
      return 0;
    }
    try {
      int skip = Integer.parseInt(raw);
      if (skip >= 0) {
        return skip;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw GraphError.badRequest("Invalid $skiptoken '" + raw + "'.");
  }
}
