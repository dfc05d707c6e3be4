package dev.pbiadmin.emulator.fabric;

import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.Directory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content principal as Fabric's {@code Principal} (common/definitions.json): users with their
 * UPN, groups with their group type, apps as service principals with their application id when the
 * directory knows it.
 */
final class PrincipalJson {
  private final Directory directory;

  PrincipalJson(Directory directory) {
    this.directory = directory;
  }

  Map<String, Object> of(Principal p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.graphId());
    m.put("displayName", p.displayName());
    switch (p.principalType()) {
      case "User" -> {
        m.put("type", "User");
        m.put("userDetails", Map.of("userPrincipalName", p.identifier()));
      }
      case "Group" -> {
        m.put("type", "Group");
        m.put(
            "groupDetails",
            Map.of(
                "groupType",
                directory
                    .findGroup(p.graphId())
                    .map(g -> g.isSecurityEnabled() ? "SecurityGroup" : "Unknown")
                    .orElse("SecurityGroup")));
      }
      default -> {
        m.put("type", "ServicePrincipal");
        directory
            .findAppByServicePrincipalId(p.graphId())
            .map(AppRegistration::clientId)
            .ifPresent(appId -> m.put("servicePrincipalDetails", Map.of("aadAppId", appId)));
      }
    }
    return m;
  }
}
