package dev.pbiadmin.emulator.directory;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.pbiadmin.emulator.store.SecretHasher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a tenant file (YAML, documented in {@code docs/tenant-file.md}) into a {@link TenantSeed}:
 * ids are generated where the file leaves them out, secrets and passwords hashed, certificates
 * parsed, names resolved to object ids. Every mistake is reported with the path of the offending
 * entry, before anything is written.
 */
public final class TenantFile {
  /**
   * A list key left empty ({@code domains:}) reads as an empty list, so the check that names the
   * key reports it; an empty entry in a list ({@code - } alone, {@code [~]}) is refused while
   * reading. Without this both were a NullPointerException at start (found by TenantFileFuzzTest).
   */
  private static final ObjectMapper YAML =
      JsonMapper.builder(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .withConfigOverride(
              List.class,
              o -> o.setSetterInfo(JsonSetter.Value.construct(Nulls.AS_EMPTY, Nulls.FAIL)))
          .build();

  private TenantFile() {}

  /**
   * Parses and resolves {@code file}; relative certificate paths are resolved against its folder.
   */
  public static TenantSeed load(Path file) {
    Model model;
    try {
      model = YAML.readValue(file.toFile(), Model.class);
    } catch (IOException e) {
      throw new TenantFileException(
          file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
    }
    if (model == null || model.tenant == null) {
      throw new TenantFileException(file + ": missing 'tenant' section");
    }
    return new Resolver(file).resolve(model);
  }

  /**
   * The file's {@code content:} section (explicit Power BI items, docs/tenant-file.md) as JSON, or
   * empty when it has none. The directory does not read it; the Power BI content does.
   */
  public static java.util.Optional<String> contentJson(Path file) {
    try {
      Model model = YAML.readValue(file.toFile(), Model.class);
      return model == null || model.content == null || model.content.isNull()
          ? java.util.Optional.empty()
          : java.util.Optional.of(model.content.toString());
    } catch (IOException e) {
      throw new TenantFileException(
          file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
    }
  }

  /** The tenant file is invalid; the message names the entry. */
  public static final class TenantFileException extends RuntimeException {
    public TenantFileException(String message) {
      super(message);
    }
  }

  // ---- the file's shape (public so Jackson can bind it; not API) ----

  static final class Model {
    public TenantModel tenant;
    public List<AppModel> apps = List.of();
    public List<UserModel> users = List.of();
    public List<GroupModel> groups = List.of();
    public List<SettingModel> tenantSettings = List.of();
    public com.fasterxml.jackson.databind.JsonNode content;
  }

  static final class TenantModel {
    public String id;
    public List<String> domains = List.of();
  }

  static final class AppModel {
    public String name;
    public String clientId;
    public String servicePrincipalId;
    public List<SecretModel> secrets = List.of();
    public List<CertificateModel> certificates = List.of();
    public List<PermissionModel> permissions = List.of();
  }

  static final class SecretModel {
    public String value;
    public String id;
    public String expiresAt;
  }

  static final class CertificateModel {
    public String pem;
    public String file;
  }

  // a key with a default left empty (`type:`, `type: ~`) keeps the default (found by
  // TenantFileFuzzTest: it was a NullPointerException at start)
  static final class PermissionModel {
    @JsonSetter(nulls = Nulls.SKIP)
    public String resource = "Power BI Service";

    public String name;

    @JsonSetter(nulls = Nulls.SKIP)
    public String type = "Application";

    @JsonAlias("adminConsentGranted")
    public boolean adminConsent;
  }

  static final class UserModel {
    public String upn;
    public String objectId;
    public String displayName;
    public String password;
    public boolean fabricAdministrator;
  }

  static final class GroupModel {
    public String name;
    public String id;

    @JsonSetter(nulls = Nulls.SKIP)
    public String type = "Security";

    public List<Map<String, String>> members = List.of();
  }

  static final class SettingModel {
    public String name;
    public String title;
    public boolean enabled;
    public List<String> enabledSecurityGroups = List.of();
    public List<String> excludedSecurityGroups = List.of();
  }

  private static final class Resolver {
    private final Path file;
    private final Map<String, String> appSpIds = new HashMap<>();
    private final Map<String, String> userIds = new HashMap<>();
    private final Map<String, String> groupIds = new HashMap<>();

    Resolver(Path file) {
      this.file = file;
    }

    TenantSeed resolve(Model m) {
      String tenantId =
          m.tenant.id != null ? guid(m.tenant.id, "tenant.id") : UUID.randomUUID().toString();
      if (m.tenant.domains.isEmpty()) {
        throw error(
            "tenant.domains", "list at least one verified domain, e.g. contoso.onmicrosoft.com");
      }
      List<AppRegistration> apps = new ArrayList<>();
      for (int i = 0; i < m.apps.size(); i++) {
        apps.add(app(m.apps.get(i), "apps[" + i + "]"));
      }
      List<User> users = new ArrayList<>();
      for (int i = 0; i < m.users.size(); i++) {
        users.add(user(m.users.get(i), "users[" + i + "]"));
      }
      for (int i = 0; i < m.groups.size(); i++) {
        GroupModel g = m.groups.get(i);
        require(g.name, "groups[" + i + "].name");
        String id =
            g.id != null ? guid(g.id, "groups[" + i + "].id") : UUID.randomUUID().toString();
        groupIds.put(key(g.name), id);
        groupIds.put(key(id), id);
      }
      List<SecurityGroup> groups = new ArrayList<>();
      for (int i = 0; i < m.groups.size(); i++) {
        groups.add(group(m.groups.get(i), "groups[" + i + "]"));
      }
      List<TenantSetting> settings = new ArrayList<>();
      for (int i = 0; i < m.tenantSettings.size(); i++) {
        settings.add(setting(m.tenantSettings.get(i), "tenantSettings[" + i + "]"));
      }
      return new TenantSeed(tenantId, m.tenant.domains, apps, users, groups, settings);
    }

    private AppRegistration app(AppModel a, String at) {
      require(a.name, at + ".name");
      String clientId =
          a.clientId != null ? guid(a.clientId, at + ".clientId") : UUID.randomUUID().toString();
      String spId =
          a.servicePrincipalId != null
              ? guid(a.servicePrincipalId, at + ".servicePrincipalId")
              : UUID.randomUUID().toString();
      if (appSpIds.put(key(a.name), spId) != null) {
        throw error(at + ".name", "two apps are named '" + a.name + "'");
      }
      appSpIds.put(key(clientId), spId);
      List<ClientSecret> secrets = new ArrayList<>();
      for (int i = 0; i < a.secrets.size(); i++) {
        SecretModel s = a.secrets.get(i);
        String path = at + ".secrets[" + i + "]";
        require(s.value, path + ".value");
        Instant expires = null;
        if (s.expiresAt != null) {
          try {
            expires = Instant.parse(s.expiresAt);
          } catch (DateTimeParseException e) {
            throw error(
                path + ".expiresAt", "use an ISO-8601 instant such as 2030-01-31T00:00:00Z");
          }
        }
        secrets.add(
            new ClientSecret(
                s.id != null ? s.id : UUID.randomUUID().toString(),
                s.value.substring(0, Math.min(3, s.value.length())),
                SecretHasher.hashSecret(s.value),
                expires));
      }
      List<AppCertificate> certs = new ArrayList<>();
      for (int i = 0; i < a.certificates.size(); i++) {
        certs.add(certificate(a.certificates.get(i), at + ".certificates[" + i + "]"));
      }
      List<ApiPermission> permissions = new ArrayList<>();
      for (int i = 0; i < a.permissions.size(); i++) {
        PermissionModel p = a.permissions.get(i);
        String path = at + ".permissions[" + i + "]";
        require(p.name, path + ".name");
        if (!p.type.equalsIgnoreCase("Application") && !p.type.equalsIgnoreCase("Delegated")) {
          throw error(path + ".type", "must be Application or Delegated");
        }
        permissions.add(
            new ApiPermission(
                resourceUri(p.resource),
                p.name,
                p.type.equalsIgnoreCase("Application") ? "Application" : "Delegated",
                p.adminConsent));
      }
      return new AppRegistration(clientId, spId, a.name, secrets, certs, permissions);
    }

    private AppCertificate certificate(CertificateModel c, String at) {
      String pem = c.pem;
      if (pem == null && c.file != null) {
        Path certFile = file.toAbsolutePath().getParent().resolve(c.file);
        try {
          pem = Files.readString(certFile);
        } catch (IOException e) {
          throw error(at + ".file", "cannot read " + certFile);
        }
      }
      if (pem == null) {
        throw error(at, "give 'pem' (the certificate text) or 'file' (a path to it)");
      }
      try {
        return AppCertificates.fromPem(pem);
      } catch (IllegalArgumentException e) {
        throw error(at, "not a PEM X.509 certificate");
      }
    }

    private User user(UserModel u, String at) {
      require(u.upn, at + ".upn");
      String id =
          u.objectId != null ? guid(u.objectId, at + ".objectId") : UUID.randomUUID().toString();
      userIds.put(key(u.upn), id);
      userIds.put(key(id), id);
      String name =
          u.displayName != null
              ? u.displayName
              : u.upn.substring(0, Math.max(1, u.upn.indexOf('@')));
      return new User(
          id,
          u.upn,
          name,
          u.password == null ? null : SecretHasher.hashPassword(u.password),
          u.fabricAdministrator);
    }

    private SecurityGroup group(GroupModel g, String at) {
      List<SecurityGroup.Member> members = new ArrayList<>();
      for (int i = 0; i < g.members.size(); i++) {
        Map<String, String> m = g.members.get(i);
        String path = at + ".members[" + i + "]";
        if (m.size() != 1) {
          throw error(
              path, "write one of 'app: <name or client id>', 'user: <upn>' or 'group: <name>'");
        }
        Map.Entry<String, String> e = m.entrySet().iterator().next();
        String ref = key(e.getValue());
        members.add(
            switch (e.getKey()) {
              case "app" ->
                  new SecurityGroup.Member(
                      "ServicePrincipal", found(appSpIds.get(ref), path, "app", e.getValue()));
              case "user" ->
                  new SecurityGroup.Member(
                      "User", found(userIds.get(ref), path, "user", e.getValue()));
              case "group" ->
                  new SecurityGroup.Member(
                      "Group", found(groupIds.get(ref), path, "group", e.getValue()));
              default ->
                  throw error(
                      path, "unknown member kind '" + e.getKey() + "'; use app, user or group");
            });
      }
      String type =
          switch (g.type.toLowerCase(Locale.ROOT)) {
            case "security" -> "Security";
            case "mailenabledsecurity" -> "MailEnabledSecurity";
            case "microsoft365" -> "Microsoft365";
            default ->
                throw error(at + ".type", "must be Security, MailEnabledSecurity or Microsoft365");
          };
      return new SecurityGroup(groupIds.get(key(g.name)), g.name, type, members);
    }

    private TenantSetting setting(SettingModel s, String at) {
      require(s.name, at + ".name");
      List<String> enabled =
          s.enabledSecurityGroups.stream()
              .map(n -> found(groupIds.get(key(n)), at + ".enabledSecurityGroups", "group", n))
              .toList();
      List<String> excluded =
          s.excludedSecurityGroups.stream()
              .map(n -> found(groupIds.get(key(n)), at + ".excludedSecurityGroups", "group", n))
              .toList();
      return new TenantSetting(
          s.name,
          s.title != null ? s.title : TenantSettingCatalogue.get().titleOf(s.name),
          s.enabled,
          enabled,
          excluded,
          Instant.EPOCH);
    }

    private String found(String id, String at, String kind, String ref) {
      if (id == null) {
        throw error(at, "no " + kind + " named '" + ref + "' is defined in this file");
      }
      return id;
    }

    private String guid(String value, String at) {
      try {
        return UUID.fromString(value).toString();
      } catch (IllegalArgumentException e) {
        throw error(at, "'" + value + "' is not a GUID");
      }
    }

    private void require(String value, String at) {
      if (value == null || value.isBlank()) {
        throw error(at, "is required");
      }
    }

    private TenantFileException error(String at, String message) {
      return new TenantFileException(file + ": " + at + ": " + message);
    }
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** Accepts the portal's display names for the two APIs the emulator knows. */
  static String resourceUri(String resource) {
    return switch (resource.strip().toLowerCase(Locale.ROOT)) {
      case "power bi service", "powerbi", "power bi" -> ApiPermission.POWER_BI_RESOURCE;
      case "microsoft graph", "graph" -> "https://graph.microsoft.com";
      default -> resource.strip();
    };
  }
}
