package dev.pbiadmin.emulator.graph;

import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /v1.0/groups/{id}}: one group by object id, as tenant-settings tools resolve the group
 * ids a setting names. Graph documents GroupMember.Read.All as the least privileged application
 * permission (Group.Read.All, Directory.Read.All and their ReadWrite forms also do); without one,
 * 403 Authorization_RequestDenied. {@code $select} honoured.
 */
final class GroupLookup {
  private final Directory directory;
  private final AccessTokenValidator validator;

  GroupLookup(Directory directory, AccessTokenValidator validator) {
    this.directory = directory;
    this.validator = validator;
  }

  Map<String, Object> get(String authorization, String id, String select) {
    if (GraphToken.permissions(validator, authorization).stream()
        .noneMatch(MemberOf.GROUP_READ_PERMISSIONS::contains)) {
      throw GraphError.denied();
    }
    try {
      UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw GraphError.badRequest("Invalid object identifier '" + id + "'.");
    }
    SecurityGroup group = directory.findGroup(id).orElseThrow(() -> GraphError.notFound(id));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#groups/$entity");
    Map<String, Object> described = MemberOf.describe(group, MemberOf.select(select), true);
    described.remove("@odata.type");
    body.putAll(described);
    return body;
  }
}
