package dev.pbiadmin.emulator.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The emulated Entra ID tenant: apps, users, groups and the Fabric tenant settings. Reads are
 * served from memory; every write is one transaction in the emulator's database, applied to memory
 * only after it commits, so a crash never leaves memory and disk apart. Implementations are
 * thread-safe.
 */
public interface Directory {

  /** The tenant's object id (GUID), the {@code tid} claim. */
  String tenantId();

  /** Verified domains, e.g. {@code contoso.onmicrosoft.com}; the first is the initial domain. */
  List<String> domains();

  /** True when {@code tenant} is this tenant's id or one of its domains (case-insensitive). */
  boolean isThisTenant(String tenant);

  List<AppRegistration> apps();

  Optional<AppRegistration> findAppByClientId(String clientId);

  Optional<AppRegistration> findAppByServicePrincipalId(String servicePrincipalId);

  List<User> users();

  Optional<User> findUserByPrincipalName(String userPrincipalName);

  Optional<User> findUserByObjectId(String objectId);

  List<SecurityGroup> groups();

  Optional<SecurityGroup> findGroup(String groupId);

  /**
   * Ids of every group {@code principalId} belongs to, directly or through nested groups
   * (transitive membership, as Power BI evaluates it).
   */
  Set<String> transitiveGroupIds(String principalId);

  /**
   * Every tenant setting: the catalogue's, as this tenant configured them, then any the catalogue
   * does not know. Read them through {@link SettingStore}, which also knows what is in effect.
   */
  List<TenantSetting> settings();

  Optional<TenantSetting> findSetting(String settingName);

  /** The delegated overrides of tenant settings at capacity, domain and workspace scope. */
  List<SettingOverride> settingOverrides();

  /** Checks a client secret in constant time against the app's unexpired and expired secrets. */
  SecretCheck checkSecret(AppRegistration app, String presentedSecret);

  /** Checks a user's password in constant time. */
  boolean checkPassword(User user, String presentedPassword);

  // ---- writes: each is one transaction ----

  /** Creates or replaces an app registration (matched by client id). */
  void saveApp(AppRegistration app);

  /** Adds a client secret to an app and returns its value, which is not kept. */
  String addSecret(String clientId, String displayHint, java.time.Instant expiresAt);

  void deleteApp(String clientId);

  void saveUser(User user, String newPasswordOrNull);

  void deleteUser(String objectId);

  /** Creates or replaces a group (matched by id). */
  void saveGroup(SecurityGroup group);

  void deleteGroup(String groupId);

  /** Creates or replaces a tenant setting; {@code changedAt} is set by the directory. */
  void saveSetting(TenantSetting setting);

  /**
   * Creates or replaces an override (same scope, scope id and setting); {@code changedAt} is set
   * here.
   */
  void saveSettingOverride(SettingOverride override);

  /** Removes an override; false if there was none. */
  boolean deleteSettingOverride(String scope, String scopeId, String settingName);

  /** Outcome of a secret check. */
  enum SecretCheck {
    VALID,
    EXPIRED,
    INVALID
  }
}
