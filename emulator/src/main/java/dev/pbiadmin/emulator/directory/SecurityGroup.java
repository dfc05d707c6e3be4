package dev.pbiadmin.emulator.directory;

import java.util.List;

/**
 * An Entra ID group. Only groups of type {@code Security} (or mail-enabled security) count for
 * tenant settings; a Microsoft 365 group is ignored there, as in the real service.
 *
 * @param id the group's object id
 * @param displayName name shown in the portal
 * @param groupType {@code Security}, {@code MailEnabledSecurity} or {@code Microsoft365}
 * @param members direct members: apps (by service principal object id), users and nested groups
 */
public record SecurityGroup(String id, String displayName, String groupType, List<Member> members) {

  public SecurityGroup {
    members = List.copyOf(members);
  }

  public boolean isSecurityEnabled() {
    return "Security".equalsIgnoreCase(groupType)
        || "MailEnabledSecurity".equalsIgnoreCase(groupType);
  }

  /**
   * A direct member of a group.
   *
   * @param kind {@code ServicePrincipal}, {@code User} or {@code Group}
   * @param id object id of the member
   */
  public record Member(String kind, String id) {}
}
