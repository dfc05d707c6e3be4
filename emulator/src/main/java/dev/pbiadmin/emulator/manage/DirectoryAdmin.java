package dev.pbiadmin.emulator.manage;

import dev.pbiadmin.emulator.directory.ApiPermission;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.ClientSecret;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.directory.User;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Changes the tenant's directory at runtime — apps, secrets, permissions and consent, users,
 * groups, memberships — so every misconfiguration can be reproduced without a restart (tenant
 * settings: {@link SettingsAdmin}). Each change is one directory transaction.
 */
final class DirectoryAdmin {
  private static final Set<String> MEMBER_KINDS = Set.of("ServicePrincipal", "User", "Group");
  private static final Set<String> GROUP_TYPES =
      Set.of("Security", "MailEnabledSecurity", "Microsoft365");

  private final Directory directory;

  DirectoryAdmin(Directory directory) {
    this.directory = directory;
  }

  // ---- apps ----

  List<Map<String, Object>> apps() {
    return directory.apps().stream().map(DirectoryAdmin::describe).toList();
  }

  Map<String, Object> app(String clientId) {
    return describe(requireApp(clientId));
  }

  /** Creates or renames an app; keeps its secrets, certificates and permissions. */
  Map<String, Object> putApp(String clientId, Body body) {
    requireGuid("clientId", clientId);
    AppRegistration existing = directory.findAppByClientId(clientId).orElse(null);
    String spId =
        body.text(
            "servicePrincipalId",
            existing == null ? UUID.randomUUID().toString() : existing.servicePrincipalId());
    requireGuid("servicePrincipalId", spId);
    String name = body.text("displayName", existing == null ? null : existing.displayName());
    if (name == null || name.isBlank()) {
      throw ManagementException.badRequest("'displayName' is required for a new app");
    }
    AppRegistration app =
        existing == null
            ? new AppRegistration(clientId, spId, name, List.of(), List.of(), List.of())
            : new AppRegistration(
                clientId,
                spId,
                name,
                existing.secrets(),
                existing.certificates(),
                existing.permissions());
    directory.saveApp(app);
    return describe(app);
  }

  void deleteApp(String clientId) {
    requireApp(clientId);
    directory.deleteApp(clientId);
  }

  /** Adds a secret and returns its value — the only time it is ever shown. */
  Map<String, Object> addSecret(String clientId, Body body) {
    requireApp(clientId);
    Instant expiresAt = instant(body.text("expiresAt", null));
    String value = directory.addSecret(clientId, body.text("description", "emulator"), expiresAt);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("secretText", value);
    out.put("hint", value.substring(0, 3));
    out.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
    return out;
  }

  /**
   * Removes one client secret; tokens already issued with it stay valid until they expire, as in
   * Entra ID.
   */
  Map<String, Object> removeSecret(String clientId, String secretId) {
    AppRegistration app = requireApp(clientId);
    List<ClientSecret> secrets = new ArrayList<>(app.secrets());
    if (!secrets.removeIf(s -> s.id().equalsIgnoreCase(secretId))) {
      throw ManagementException.notFound("app " + clientId + " has no secret with id " + secretId);
    }
    AppRegistration changed = app.withSecrets(secrets);
    directory.saveApp(changed);
    return describe(changed);
  }

  /** Replaces the app's API permissions (add, remove, grant or revoke admin consent in one go). */
  Map<String, Object> putPermissions(String clientId, Body body) {
    AppRegistration app = requireApp(clientId);
    List<ApiPermission> permissions = new ArrayList<>();
    for (Body p : body.objects("permissions")) {
      String type = p.text("type", "Application");
      if (!type.equals("Application") && !type.equals("Delegated")) {
        throw ManagementException.badRequest(
            "permission 'type' must be Application or Delegated, got " + type);
      }
      permissions.add(
          new ApiPermission(
              p.text("resource", ApiPermission.POWER_BI_RESOURCE),
              p.requiredText("name"),
              type,
              p.bool("adminConsentGranted", false)));
    }
    AppRegistration changed = app.withPermissions(permissions);
    directory.saveApp(changed);
    return describe(changed);
  }

  /** Grants ({@code granted: true}) or revokes admin consent for all of the app's permissions. */
  Map<String, Object> adminConsent(String clientId, Body body) {
    AppRegistration app = requireApp(clientId);
    boolean granted = body.bool("granted", true);
    List<ApiPermission> permissions =
        app.permissions().stream()
            .map(p -> new ApiPermission(p.resource(), p.name(), p.type(), granted))
            .toList();
    AppRegistration changed = app.withPermissions(permissions);
    directory.saveApp(changed);
    return describe(changed);
  }

  private AppRegistration requireApp(String clientId) {
    return directory
        .findAppByClientId(clientId)
        .orElseThrow(() -> ManagementException.notFound("no app with client id " + clientId));
  }

  private static Map<String, Object> describe(AppRegistration app) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("clientId", app.clientId());
    out.put("servicePrincipalId", app.servicePrincipalId());
    out.put("displayName", app.displayName());
    out.put(
        "secrets",
        app.secrets().stream()
            .map(
                s -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("id", s.id());
                  m.put("hint", s.hint());
                  m.put("expiresAt", s.expiresAt() == null ? null : s.expiresAt().toString());
                  return m;
                })
            .toList());
    out.put(
        "certificates",
        app.certificates().stream()
            .map(
                c ->
                    Map.of(
                        "thumbprintSha1",
                        c.thumbprintSha1(),
                        "thumbprintSha256",
                        c.thumbprintSha256(),
                        "notBefore",
                        c.notBefore().toString(),
                        "notAfter",
                        c.notAfter().toString()))
            .toList());
    out.put("permissions", app.permissions());
    return out;
  }

  // ---- users ----

  List<Map<String, Object>> users() {
    return directory.users().stream().map(DirectoryAdmin::describe).toList();
  }

  Map<String, Object> putUser(String objectId, Body body) {
    requireGuid("objectId", objectId);
    User existing = directory.findUserByObjectId(objectId).orElse(null);
    String upn =
        body.text("userPrincipalName", existing == null ? null : existing.userPrincipalName());
    if (upn == null || !upn.contains("@")) {
      throw ManagementException.badRequest(
          "'userPrincipalName' is required and must look like name@domain");
    }
    User user =
        new User(
            objectId,
            upn,
            body.text("displayName", existing == null ? upn : existing.displayName()),
            existing == null ? null : existing.passwordHash(),
            body.bool("fabricAdministrator", existing != null && existing.fabricAdministrator()));
    directory.saveUser(user, body.text("password", null));
    return describe(directory.findUserByObjectId(objectId).orElse(user));
  }

  void deleteUser(String objectId) {
    directory
        .findUserByObjectId(objectId)
        .orElseThrow(() -> ManagementException.notFound("no user with object id " + objectId));
    directory.deleteUser(objectId);
  }

  private static Map<String, Object> describe(User u) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("objectId", u.objectId());
    out.put("userPrincipalName", u.userPrincipalName());
    out.put("displayName", u.displayName());
    out.put("fabricAdministrator", u.fabricAdministrator());
    out.put("passwordSignIn", u.passwordHash() != null);
    return out;
  }

  // ---- groups ----

  List<SecurityGroup> groups() {
    return directory.groups();
  }

  SecurityGroup putGroup(String groupId, Body body) {
    requireGuid("groupId", groupId);
    SecurityGroup existing = directory.findGroup(groupId).orElse(null);
    String type = body.text("groupType", existing == null ? "Security" : existing.groupType());
    if (!GROUP_TYPES.contains(type)) {
      throw ManagementException.badRequest(
          "'groupType' must be one of " + GROUP_TYPES + ", got " + type);
    }
    List<SecurityGroup.Member> members =
        body.has("members")
            ? body.objects("members").stream().map(DirectoryAdmin::member).toList()
            : existing == null ? List.of() : existing.members();
    SecurityGroup group =
        new SecurityGroup(
            groupId,
            body.text("displayName", existing == null ? groupId : existing.displayName()),
            type,
            members);
    directory.saveGroup(group);
    return group;
  }

  void deleteGroup(String groupId) {
    requireGroup(groupId);
    directory.deleteGroup(groupId);
  }

  SecurityGroup addMember(String groupId, Body body) {
    SecurityGroup group = requireGroup(groupId);
    SecurityGroup.Member member = member(body);
    List<SecurityGroup.Member> members = new ArrayList<>(group.members());
    members.removeIf(m -> m.id().equalsIgnoreCase(member.id()));
    members.add(member);
    SecurityGroup changed =
        new SecurityGroup(group.id(), group.displayName(), group.groupType(), members);
    directory.saveGroup(changed);
    return changed;
  }

  SecurityGroup removeMember(String groupId, String memberId) {
    SecurityGroup group = requireGroup(groupId);
    List<SecurityGroup.Member> members = new ArrayList<>(group.members());
    if (!members.removeIf(m -> m.id().equalsIgnoreCase(memberId))) {
      throw ManagementException.notFound(memberId + " is not a direct member of group " + groupId);
    }
    SecurityGroup changed =
        new SecurityGroup(group.id(), group.displayName(), group.groupType(), members);
    directory.saveGroup(changed);
    return changed;
  }

  private SecurityGroup requireGroup(String groupId) {
    return directory
        .findGroup(groupId)
        .orElseThrow(() -> ManagementException.notFound("no group with id " + groupId));
  }

  private static SecurityGroup.Member member(Body b) {
    String kind = b.requiredText("kind");
    if (!MEMBER_KINDS.contains(kind)) {
      throw ManagementException.badRequest(
          "member 'kind' must be one of " + MEMBER_KINDS + ", got " + kind);
    }
    String id = b.requiredText("id");
    requireGuid("member id", id);
    return new SecurityGroup.Member(kind, id);
  }

  // ---- helpers ----

  static void requireGuid(String what, String value) {
    try {
      if (value == null || value.length() != 36) {
        throw new IllegalArgumentException();
      }
      UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ManagementException.badRequest(what + " must be a GUID, got '" + value + "'");
    }
  }

  static Instant instant(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw ManagementException.badRequest(
          "'" + value + "' is not an ISO 8601 UTC instant such as 2026-12-31T00:00:00Z");
    }
  }
}
