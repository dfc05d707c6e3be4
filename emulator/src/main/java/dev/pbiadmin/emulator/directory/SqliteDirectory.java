package dev.pbiadmin.emulator.directory;

import dev.pbiadmin.emulator.store.Database;
import dev.pbiadmin.emulator.store.SecretHasher;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The {@link Directory} kept in the emulator's SQLite database. Each object is one row holding its
 * JSON; reads come from an immutable in-memory snapshot that is replaced only after the write
 * transaction commits.
 */
public final class SqliteDirectory implements Directory {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-";

  private final Database db;
  private final Clock clock;
  private volatile DirectoryState state;

  private SqliteDirectory(Database db, Clock clock, DirectoryState state) {
    this.db = db;
    this.clock = clock;
    this.state = state;
  }

  /** Opens the directory tables in {@code db}, creating them if needed, and loads the snapshot. */
  public static SqliteDirectory open(Database db, Clock clock) {
    db.inTransaction(
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute(
                "CREATE TABLE IF NOT EXISTS dir_apps (client_id TEXT PRIMARY KEY, json TEXT NOT"
                    + " NULL)");
            st.execute(
                "CREATE TABLE IF NOT EXISTS dir_users (object_id TEXT PRIMARY KEY, json TEXT NOT"
                    + " NULL)");
            st.execute(
                "CREATE TABLE IF NOT EXISTS dir_groups (id TEXT PRIMARY KEY, json TEXT NOT NULL)");
            st.execute(
                "CREATE TABLE IF NOT EXISTS dir_settings (name TEXT PRIMARY KEY, json TEXT NOT"
                    + " NULL)");
            st.execute(
                "CREATE TABLE IF NOT EXISTS dir_setting_overrides (key TEXT PRIMARY KEY, json TEXT"
                    + " NOT NULL)");
          }
          return null;
        });
    return new SqliteDirectory(db, clock, load(db));
  }

  /** True until a tenant has been seeded into this database. */
  public boolean isEmpty() {
    return state.tenantId() == null;
  }

  /** Writes a whole tenant in one transaction; only allowed on an empty directory. */
  public synchronized void seed(TenantSeed seed) {
    if (!isEmpty()) {
      throw new IllegalStateException(
          "the data directory already holds tenant " + state.tenantId());
    }
    db.inTransaction(
        c -> {
          Database.putSetting(c, "tenant.id", seed.tenantId());
          Database.putSetting(c, "tenant.domains", String.join(",", seed.domains()));
          for (AppRegistration app : seed.apps())
            upsert(c, "dir_apps", "client_id", app.clientId(), app);
          for (User user : seed.users()) upsert(c, "dir_users", "object_id", user.objectId(), user);
          for (SecurityGroup group : seed.groups())
            upsert(c, "dir_groups", "id", group.id(), group);
          for (TenantSetting s : seed.settings())
            upsert(c, "dir_settings", "name", s.settingName(), s);
          return null;
        });
    state = load(db);
  }

  private static DirectoryState load(Database db) {
    return db.inTransaction(
        c -> {
          String tenantId = Database.setting(c, "tenant.id").orElse(null);
          if (tenantId == null) {
            return DirectoryState.EMPTY;
          }
          List<String> domains =
              Arrays.asList(Database.setting(c, "tenant.domains").orElse("").split(","));
          return DirectoryState.of(
              tenantId,
              domains,
              readAll(c, "dir_apps", AppRegistration.class),
              readAll(c, "dir_users", User.class),
              readAll(c, "dir_groups", SecurityGroup.class),
              readAll(c, "dir_settings", TenantSetting.class),
              readAll(c, "dir_setting_overrides", SettingOverride.class));
        });
  }

  private static <T> List<T> readAll(Connection c, String table, Class<T> type)
      throws SQLException {
    List<T> rows = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT json FROM " + table + " ORDER BY rowid")) {
      while (rs.next()) {
        rows.add(DirectoryJson.read(rs.getString(1), type));
      }
    }
    return rows;
  }

  private static void upsert(Connection c, String table, String key, String id, Object value)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO "
                + table
                + "("
                + key
                + ", json) VALUES (?, ?) ON CONFLICT("
                + key
                + ") DO UPDATE SET json = excluded.json")) {
      ps.setString(1, id.toLowerCase(Locale.ROOT));
      ps.setString(2, DirectoryJson.write(value));
      ps.executeUpdate();
    }
  }

  private static void delete(Connection c, String table, String key, String id)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?")) {
      ps.setString(1, id.toLowerCase(Locale.ROOT));
      ps.executeUpdate();
    }
  }

  // ---- reads ----

  @Override
  public String tenantId() {
    return state.tenantId();
  }

  @Override
  public List<String> domains() {
    return state.domains();
  }

  @Override
  public boolean isThisTenant(String tenant) {
    DirectoryState s = state;
    if (tenant == null || s.tenantId() == null) {
      return false;
    }
    return s.tenantId().equalsIgnoreCase(tenant)
        || s.domains().stream().anyMatch(d -> d.equalsIgnoreCase(tenant));
  }

  @Override
  public List<AppRegistration> apps() {
    return List.copyOf(state.appsByClientId().values());
  }

  @Override
  public Optional<AppRegistration> findAppByClientId(String clientId) {
    return clientId == null
        ? Optional.empty()
        : Optional.ofNullable(state.appsByClientId().get(clientId.toLowerCase(Locale.ROOT)));
  }

  @Override
  public Optional<AppRegistration> findAppByServicePrincipalId(String servicePrincipalId) {
    return servicePrincipalId == null
        ? Optional.empty()
        : Optional.ofNullable(state.appsBySpId().get(servicePrincipalId.toLowerCase(Locale.ROOT)));
  }

  @Override
  public List<User> users() {
    return List.copyOf(state.usersById().values());
  }

  @Override
  public Optional<User> findUserByPrincipalName(String upn) {
    return upn == null
        ? Optional.empty()
        : Optional.ofNullable(state.usersByUpn().get(upn.toLowerCase(Locale.ROOT)));
  }

  @Override
  public Optional<User> findUserByObjectId(String objectId) {
    return objectId == null
        ? Optional.empty()
        : Optional.ofNullable(state.usersById().get(objectId.toLowerCase(Locale.ROOT)));
  }

  @Override
  public List<SecurityGroup> groups() {
    return List.copyOf(state.groups().values());
  }

  @Override
  public Optional<SecurityGroup> findGroup(String groupId) {
    return groupId == null
        ? Optional.empty()
        : Optional.ofNullable(state.groups().get(groupId.toLowerCase(Locale.ROOT)));
  }

  @Override
  public Set<String> transitiveGroupIds(String principalId) {
    return state.transitiveGroupIds(principalId);
  }

  @Override
  public List<TenantSetting> settings() {
    return List.copyOf(state.settings().values());
  }

  @Override
  public Optional<TenantSetting> findSetting(String settingName) {
    return settingName == null
        ? Optional.empty()
        : Optional.ofNullable(state.settings().get(settingName.toLowerCase(Locale.ROOT)));
  }

  @Override
  public List<SettingOverride> settingOverrides() {
    return state.overrides();
  }

  @Override
  public SecretCheck checkSecret(AppRegistration app, String presentedSecret) {
    // Check every secret, so the time taken does not reveal which one matched.
    SecretCheck result = SecretCheck.INVALID;
    Instant now = clock.instant();
    for (ClientSecret secret : app.secrets()) {
      if (SecretHasher.matches(secret.hash(), presentedSecret)) {
        boolean expired = secret.expiresAt() != null && !now.isBefore(secret.expiresAt());
        if (!expired) {
          result = SecretCheck.VALID;
        } else if (result == SecretCheck.INVALID) {
          result = SecretCheck.EXPIRED;
        }
      }
    }
    return result;
  }

  @Override
  public boolean checkPassword(User user, String presentedPassword) {
    return SecretHasher.matches(user.passwordHash(), presentedPassword);
  }

  // ---- writes ----

  @Override
  public synchronized void saveApp(AppRegistration app) {
    requireTenant();
    db.inTransaction(
        c -> {
          upsert(c, "dir_apps", "client_id", app.clientId(), app);
          return null;
        });
    state =
        state.withApps(replace(apps(), app, a -> a.clientId().equalsIgnoreCase(app.clientId())));
  }

  @Override
  public synchronized String addSecret(String clientId, String displayHint, Instant expiresAt) {
    AppRegistration app =
        findAppByClientId(clientId)
            .orElseThrow(() -> new IllegalArgumentException("no app with client id " + clientId));
    String value = newSecretValue();
    List<ClientSecret> secrets = new ArrayList<>(app.secrets());
    secrets.add(
        new ClientSecret(
            UUID.randomUUID().toString(),
            value.substring(0, 3),
            SecretHasher.hashSecret(value),
            expiresAt));
    saveApp(app.withSecrets(secrets));
    return value;
  }

  /** A new secret value shaped like the portal's: 3 characters, "8Q~", then 34 more. */
  public static String newSecretValue() {
    StringBuilder sb = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      sb.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
    }
    sb.replace(3, 6, "8Q~");
    return sb.toString();
  }

  @Override
  public synchronized void deleteApp(String clientId) {
    db.inTransaction(
        c -> {
          delete(c, "dir_apps", "client_id", clientId);
          return null;
        });
    state =
        state.withApps(
            apps().stream().filter(a -> !a.clientId().equalsIgnoreCase(clientId)).toList());
  }

  @Override
  public synchronized void saveUser(User user, String newPasswordOrNull) {
    requireTenant();
    String hash =
        newPasswordOrNull != null
            ? SecretHasher.hashPassword(newPasswordOrNull)
            : findUserByObjectId(user.objectId())
                .map(User::passwordHash)
                .orElse(user.passwordHash());
    User stored =
        new User(
            user.objectId(),
            user.userPrincipalName(),
            user.displayName(),
            hash,
            user.fabricAdministrator());
    db.inTransaction(
        c -> {
          upsert(c, "dir_users", "object_id", stored.objectId(), stored);
          return null;
        });
    state =
        state.withUsers(
            replace(users(), stored, u -> u.objectId().equalsIgnoreCase(stored.objectId())));
  }

  @Override
  public synchronized void deleteUser(String objectId) {
    db.inTransaction(
        c -> {
          delete(c, "dir_users", "object_id", objectId);
          return null;
        });
    state =
        state.withUsers(
            users().stream().filter(u -> !u.objectId().equalsIgnoreCase(objectId)).toList());
  }

  @Override
  public synchronized void saveGroup(SecurityGroup group) {
    requireTenant();
    db.inTransaction(
        c -> {
          upsert(c, "dir_groups", "id", group.id(), group);
          return null;
        });
    state = state.withGroups(replace(groups(), group, g -> g.id().equalsIgnoreCase(group.id())));
  }

  @Override
  public synchronized void deleteGroup(String groupId) {
    db.inTransaction(
        c -> {
          delete(c, "dir_groups", "id", groupId);
          return null;
        });
    state =
        state.withGroups(groups().stream().filter(g -> !g.id().equalsIgnoreCase(groupId)).toList());
  }

  @Override
  public synchronized void saveSetting(TenantSetting setting) {
    requireTenant();
    TenantSetting stamped = setting.changedAt(clock.instant());
    db.inTransaction(
        c -> {
          upsert(c, "dir_settings", "name", stamped.settingName(), stamped);
          return null;
        });
    state =
        state.withSettings(
            replace(
                settings(), stamped, s -> s.settingName().equalsIgnoreCase(stamped.settingName())));
  }

  @Override
  public synchronized void saveSettingOverride(SettingOverride override) {
    requireTenant();
    SettingOverride stamped = override.changedAt(clock.instant());
    db.inTransaction(
        c -> {
          upsert(c, "dir_setting_overrides", "key", stamped.key(), stamped);
          return null;
        });
    state =
        state.withOverrides(
            replace(state.overrides(), stamped, o -> o.key().equals(stamped.key())));
  }

  @Override
  public synchronized boolean deleteSettingOverride(
      String scope, String scopeId, String settingName) {
    String key =
        new SettingOverride(
                scope, scopeId, settingName, false, List.of(), List.of(), null, null, null)
            .key();
    if (state.overrides().stream().noneMatch(o -> o.key().equals(key))) {
      return false;
    }
    db.inTransaction(
        c -> {
          delete(c, "dir_setting_overrides", "key", key);
          return null;
        });
    state =
        state.withOverrides(state.overrides().stream().filter(o -> !o.key().equals(key)).toList());
    return true;
  }

  private void requireTenant() {
    if (isEmpty()) {
      throw new IllegalStateException("no tenant has been seeded yet");
    }
  }

  private static <T> List<T> replace(List<T> items, T item, java.util.function.Predicate<T> same) {
    List<T> result = new ArrayList<>();
    boolean replaced = false;
    for (T existing : items) {
      if (same.test(existing)) {
        result.add(item);
        replaced = true;
      } else {
        result.add(existing);
      }
    }
    if (!replaced) {
      result.add(item);
    }
    return result;
  }
}
