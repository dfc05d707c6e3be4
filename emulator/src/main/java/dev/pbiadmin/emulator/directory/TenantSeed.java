package dev.pbiadmin.emulator.directory;

import java.util.List;

/**
 * Everything a fresh tenant starts with, already hashed: what a tenant file or the demo tenant
 * produces, written to the database in one transaction.
 */
public record TenantSeed(
    String tenantId,
    List<String> domains,
    List<AppRegistration> apps,
    List<User> users,
    List<SecurityGroup> groups,
    List<TenantSetting> settings) {

  public TenantSeed {
    if (domains.isEmpty()) {
      throw new IllegalArgumentException("a tenant needs at least one verified domain");
    }
    domains = List.copyOf(domains);
    apps = List.copyOf(apps);
    users = List.copyOf(users);
    groups = List.copyOf(groups);
    settings = List.copyOf(settings);
  }
}
