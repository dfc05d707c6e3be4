package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SecurityGroup;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.directory.TenantSetting;
import dev.pbiadmin.emulator.directory.User;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a caller whose token already passed signature, audience, tenant and expiry checks
 * may call an operation, by the rules of the Power BI service (reference §0, §2, §8); the Fabric
 * admin API decides its admin operations with the same rules ({@link #decideAdmin}). Pure: it reads
 * the directory and the settings in effect and changes nothing.
 */
public final class Authorizer {
  /**
   * Admin-consent Power BI permissions; an app-only token must carry neither (swagger: "Must not be
   * present").
   */
  public static final Set<String> TENANT_SCOPES = Set.of("Tenant.Read.All", "Tenant.ReadWrite.All");

  private final Directory directory;
  private final SettingStore settings;

  public Authorizer(Directory directory, SettingStore settings) {
    this.directory = directory;
    this.settings = settings;
  }

  /**
   * Who may call an admin operation.
   *
   * @param servicePrincipalSetting the tenant setting through whose security groups service
   *     principals are admitted, or {@code null} when the operation's Permissions text admits none
   * @param delegatedScopes the delegated scopes, any one of which admits a Fabric administrator
   */
  public record AdminRule(String servicePrincipalSetting, Set<String> delegatedScopes) {
    public AdminRule {
      delegatedScopes = Set.copyOf(delegatedScopes);
    }
  }

  public Decision decide(Caller caller, Operation operation) {
    if (operation.kind() == Operation.Kind.USER) {
      if (!directory.tenantId().equalsIgnoreCase(caller.tenantId())) {
        return foreignTenant(caller);
      }
      return caller.isAppOnly() ? servicePrincipalUser(caller) : delegatedUser(caller, operation);
    }
    boolean write =
        !"GET".equals(operation.method()) && operation.kind() == Operation.Kind.ADMIN_USER_ONLY;
    return decideAdmin(
        caller,
        operation.operationId(),
        new AdminRule(
            operation.kind() == Operation.Kind.ADMIN_SERVICE_PRINCIPAL
                ? TenantSetting.READ_ONLY_ADMIN_APIS
                : null,
            write ? Set.of("Tenant.ReadWrite.All") : TENANT_SCOPES));
  }

  /**
   * An admin operation of any service: service principals through a tenant setting, users as Fabric
   * administrators.
   */
  public Decision decideAdmin(Caller caller, String operationId, AdminRule rule) {
    if (!directory.tenantId().equalsIgnoreCase(caller.tenantId())) {
      return foreignTenant(caller);
    }
    return caller.isAppOnly()
        ? servicePrincipalAdmin(caller, operationId, rule)
        : delegatedAdmin(caller, rule);
  }

  private static Decision foreignTenant(Caller caller) {
    return Decision.deny("FOREIGN_TENANT", "the token was issued for tenant " + caller.tenantId());
  }

  private Decision servicePrincipalAdmin(Caller caller, String operationId, AdminRule rule) {
    if (rule.servicePrincipalSetting() == null) {
      return Decision.deny(
          "OPERATION_NOT_FOR_SERVICE_PRINCIPALS",
          operationId
              + " is for Fabric administrators only; its Permissions text does not admit service"
              + " principals");
    }
    if (!caller.roles().isEmpty()) {
      return Decision.deny(
          "ADMIN_CONSENT_PERMISSIONS",
          "the token carries application permissions "
              + caller.roles()
              + "; an app calling admin APIs as a service principal must have no admin-consent"
              + " Power BI permissions (remove them or revoke consent)");
    }
    return settingDecision(
        rule.servicePrincipalSetting(), caller.objectId(), "SERVICE_PRINCIPAL_ADMIN");
  }

  private Decision servicePrincipalUser(Caller caller) {
    // Once Power BI admits a service principal, its Entra permissions no longer matter (reference
    // §0.3).
    return settingDecision(
        TenantSetting.SERVICE_PRINCIPAL_ACCESS, caller.objectId(), "SERVICE_PRINCIPAL_MEMBER");
  }

  private Decision delegatedAdmin(Caller caller, AdminRule rule) {
    Optional<User> user = directory.findUserByObjectId(caller.objectId());
    if (user.isEmpty()) {
      return Decision.deny("UNKNOWN_USER", "no user with object id " + caller.objectId());
    }
    if (!user.get().fabricAdministrator()) {
      return Decision.deny(
          "NOT_FABRIC_ADMINISTRATOR",
          user.get().userPrincipalName() + " is not a Fabric administrator");
    }
    if (caller.scopes().stream().noneMatch(rule.delegatedScopes()::contains)) {
      return Decision.deny(
          "MISSING_SCOPE",
          "the delegated token's scp "
              + caller.scopes()
              + " lacks "
              + String.join(" or ", rule.delegatedScopes().stream().sorted().toList()));
    }
    return Decision.allow(
        "FABRIC_ADMINISTRATOR", user.get().userPrincipalName() + " is a Fabric administrator");
  }

  private Decision delegatedUser(Caller caller, Operation operation) {
    if (directory.findUserByObjectId(caller.objectId()).isEmpty()) {
      return Decision.deny("UNKNOWN_USER", "no user with object id " + caller.objectId());
    }
    if (caller.scopes().stream().noneMatch(operation.delegatedScopes()::contains)) {
      return Decision.deny(
          "MISSING_SCOPE",
          "the delegated token's scp "
              + caller.scopes()
              + " has none of "
              + operation.delegatedScopes());
    }
    return Decision.allow("USER", "signed-in user; results limited to the user's workspaces");
  }

  /**
   * Whether tenant setting {@code name}, as in effect now, applies to principal {@code objectId}.
   */
  public boolean settingAppliesTo(String name, String objectId) {
    return settingDecision(name, objectId, "APPLIES").allowed();
  }

  private Decision settingDecision(String name, String objectId, String allowCode) {
    SettingStore.Effective inEffect = settings.effective(name);
    Optional<TenantSetting> effective = inEffect.setting();
    String pending =
        inEffect.pendingChangeAt() == null
            ? ""
            : " (a change made at " + inEffect.pendingChangeAt() + " has not taken effect yet)";
    if (effective.isEmpty() || !effective.get().enabled()) {
      return Decision.deny("SETTING_DISABLED", "tenant setting " + name + " is disabled" + pending);
    }
    TenantSetting setting = effective.get();
    Set<String> memberOf = directory.transitiveGroupIds(objectId);
    for (String excluded : setting.excludedSecurityGroups()) {
      if (memberOf.contains(excluded) && isSecurityGroup(excluded)) {
        return Decision.deny(
            "IN_EXCLUDED_GROUP",
            principal(objectId) + " is in group " + excluded + ", excepted from " + name + pending);
      }
    }
    if (setting.enabledSecurityGroups().isEmpty()) {
      return Decision.allow(allowCode, name + " is enabled for the entire organization" + pending);
    }
    for (String enabled : setting.enabledSecurityGroups()) {
      if (memberOf.contains(enabled) && isSecurityGroup(enabled)) {
        return Decision.allow(
            allowCode,
            principal(objectId)
                + " is in security group "
                + enabled
                + " enabled for "
                + name
                + pending);
      }
    }
    return Decision.deny(
        notInGroupCode(setting, objectId, memberOf),
        notInGroupReason(setting, objectId, memberOf) + pending);
  }

  private static String notInGroupCode(
      TenantSetting setting, String objectId, Set<String> memberOf) {
    if (setting.enabledSecurityGroups().stream().anyMatch(objectId::equalsIgnoreCase)) {
      return "LISTED_DIRECTLY_NOT_VIA_GROUP";
    }
    return setting.enabledSecurityGroups().stream().anyMatch(memberOf::contains)
        ? "GROUP_NOT_SECURITY_TYPE"
        : "NOT_IN_ENABLED_GROUP";
  }

  private String notInGroupReason(TenantSetting setting, String objectId, Set<String> memberOf) {
    String name = setting.settingName();
    return switch (notInGroupCode(setting, objectId, memberOf)) {
      case "LISTED_DIRECTLY_NOT_VIA_GROUP" ->
          name
              + " lists "
              + principal(objectId)
              + " itself; Power BI admits principals only through security groups — add it to one"
              + " of the setting's groups";
      case "GROUP_NOT_SECURITY_TYPE" ->
          principal(objectId)
              + " is in a group enabled for "
              + name
              + " that is not a security group (Microsoft 365 groups do not count)";
      default ->
          principal(objectId)
              + " is in none of the security groups enabled for "
              + name
              + ": "
              + setting.enabledSecurityGroups();
    };
  }

  private boolean isSecurityGroup(String groupId) {
    return directory.findGroup(groupId).map(SecurityGroup::isSecurityEnabled).orElse(false);
  }

  private String principal(String objectId) {
    return directory
        .findAppByServicePrincipalId(objectId)
        .map(app -> "service principal of " + app.displayName() + " (" + app.clientId() + ")")
        .or(() -> directory.findUserByObjectId(objectId).map(User::userPrincipalName))
        .orElse(objectId);
  }
}
