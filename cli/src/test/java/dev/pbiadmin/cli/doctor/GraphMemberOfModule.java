package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.emulator.EmulatorContext;
import dev.pbiadmin.emulator.EmulatorModule;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.entra.TokenRejectedException;
import dev.pbiadmin.emulator.entra.ValidatedToken;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal Microsoft Graph on the emulator's server, mounted under {@link #PREFIX} (the Power BI
 * service owns {@code /v1.0/*}): {@code GET /graph/v1.0/servicePrincipals/{id}/memberOf} and {@code
 * .../transitiveMemberOf}, read from the
 * emulator's directory, behind a Graph token with a Graph application permission — enough for the
 * doctor's optional membership check. Shapes follow Graph's {@code directoryObject} collection.
 */
final class GraphMemberOfModule implements EmulatorModule {
  static final String GRAPH = "https://graph.microsoft.com";
  static final String PREFIX = "/graph";
  private static final Set<String> READ_PERMISSIONS =
      Set.of("GroupMember.Read.All", "Group.Read.All", "Directory.Read.All", "Application.Read.All");

  @Override
  public void register(Javalin app, EmulatorContext context) {
    app.get(PREFIX + "/v1.0/servicePrincipals/{id}/memberOf", ctx -> memberships(ctx, context, false));
    app.get(PREFIX + "/v1.0/servicePrincipals/{id}/transitiveMemberOf", ctx -> memberships(ctx, context, true));
  }

  private static void memberships(Context ctx, EmulatorContext context, boolean transitive) {
    ValidatedToken token;
    try {
      token = context.tokenValidator().validate(ctx.header("Authorization"), GRAPH);
    } catch (TokenRejectedException e) {
      error(ctx, 401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
      return;
    }
    if (token.roles().stream().noneMatch(READ_PERMISSIONS::contains)) {
      error(ctx, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
      return;
    }
    Directory directory = context.directory();
    String id = ctx.pathParam("id");
    if (directory.findAppByServicePrincipalId(id).isEmpty()) {
      error(ctx, 404, "Request_ResourceNotFound", "Resource '" + id + "' does not exist or one of its queried reference-property objects are not present.");
      return;
    }
    Set<String> groupIds = transitive ? directory.transitiveGroupIds(id) : directMemberships(directory, id);
    List<Map<String, Object>> value = new ArrayList<>();
    for (String groupId : groupIds) {
      directory.findGroup(groupId).ifPresent(g -> value.add(describe(g)));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#directoryObjects");
    body.put("value", value);
    ctx.status(200).json(body);
  }

  private static Set<String> directMemberships(Directory directory, String principalId) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (SecurityGroup g : directory.groups()) {
      if (g.members().stream().anyMatch(m -> m.id().equalsIgnoreCase(principalId))) {
        ids.add(g.id());
      }
    }
    return ids;
  }

  private static Map<String, Object> describe(SecurityGroup g) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@odata.type", "#microsoft.graph.group");
    out.put("id", g.id());
    out.put("displayName", g.displayName());
    out.put("securityEnabled", g.isSecurityEnabled());
    out.put("mailEnabled", !"Security".equalsIgnoreCase(g.groupType()));
    out.put("groupTypes", "Microsoft365".equalsIgnoreCase(g.groupType()) ? List.of("Unified") : List.of());
    return out;
  }

  private static void error(Context ctx, int status, String code, String message) {
    ctx.status(status).json(Map.of("error", Map.of("code", code, "message", message)));
  }
}
