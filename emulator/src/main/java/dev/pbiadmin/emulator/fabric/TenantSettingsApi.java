package dev.pbiadmin.emulator.fabric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SettingChange;
import dev.pbiadmin.emulator.directory.SettingOverride;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.directory.TenantSetting;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /tenantsettings} and the delegated overrides, read from and written to the emulator's one
 * {@link SettingStore}: the list shows what is configured now, and what Power BI and Fabric enforce
 * once a change has propagated.
 */
final class TenantSettingsApi {
  private static final int MAX_BODY = 1 << 20;

  private final SettingStore store;
  private final Directory directory;
  private final SettingJson json;
  private final Pages pages;
  private final ObjectMapper mapper = new ObjectMapper();

  TenantSettingsApi(SettingStore store, Directory directory, Pages pages) {
    this.store = store;
    this.directory = directory;
    this.json = new SettingJson(directory);
    this.pages = pages;
  }

  /**
   * Every setting in one page: real responses never page (reference: catalogue §1), and they carry
   * the list twice, under {@code tenantSettings} (older consumers) and {@code value} (the spec).
   */
  Object list(FabricCall call) {
    if (call.query("continuationToken") != null) {
      throw FabricException.badRequest(
          "InvalidContinuationToken",
          "The continuation token is not valid: this list is never paged; call it without one.");
    }
    List<Map<String, Object>> settings = store.settings().stream().map(json::setting).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tenantSettings", settings);
    body.put("value", settings);
    return body;
  }

  /**
   * Replaces a setting's state with the request's: groups and properties left out are cleared (as
   * the real service drops properties not resent, reference: catalogue §2); delegation flags left
   * out keep their value. Answers {@code {"tenantSettings":[…]}}, the spec's response.
   */
  Object update(FabricCall call) {
    String name = call.path("tenantSettingName");
    TenantSetting current =
        store
            .find(name)
            .orElseThrow(
                () ->
                    FabricException.notFound(
                        "EntityNotFound",
                        "There is no tenant setting named '" + name + "'.",
                        name,
                        "TenantSetting"));
    JsonNode body = body(call);
    List<Map<String, Object>> problems = new ArrayList<>();
    JsonNode enabled = body.get("enabled");
    if (enabled == null || !enabled.isBoolean()) {
      problems.add(
          FabricException.detail(
              "InvalidParameter", "'enabled' is required and must be true or false.", null, null));
    }
    List<String> enabledGroups = groups(body, "enabledSecurityGroups", problems);
    List<String> excludedGroups = groups(body, "excludedSecurityGroups", problems);
    List<TenantSetting.Property> properties = properties(body, problems);
    Boolean capacity = flag(body, "delegateToCapacity", problems);
    Boolean domain = flag(body, "delegateToDomain", problems);
    Boolean workspace = flag(body, "delegateToWorkspace", problems);
    if (!problems.isEmpty()) {
      throw FabricException.invalidInput(problems);
    }
    try {
      TenantSetting saved =
          store.update(
              current.settingName(),
              new SettingChange(
                  null,
                  enabled.asBoolean(),
                  enabledGroups,
                  excludedGroups,
                  properties,
                  capacity,
                  domain,
                  workspace),
              false);
      return Map.of("tenantSettings", List.of(json.setting(saved)));
    } catch (IllegalArgumentException e) {
      throw FabricException.invalidInput(
          List.of(
              FabricException.detail(
                  "InvalidParameter", e.getMessage(), current.settingName(), "TenantSetting")));
    }
  }

  /**
   * Capacity overrides: real responses carry them under both {@code overrides} (legacy) and {@code
   * value}.
   */
  Object capacityOverrides(FabricCall call) {
    Map<String, Object> body = overrides(call, "Capacity");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("overrides", body.get("value"));
    out.putAll(body);
    return out;
  }

  Object domainOverrides(FabricCall call) {
    return overrides(call, "Domain");
  }

  Object workspaceOverrides(FabricCall call) {
    return overrides(call, "Workspace");
  }

  /** {@code value: [{id, tenantSettings: [...]}]}, one entry per capacity, domain or workspace. */
  private Map<String, Object> overrides(FabricCall call, String scope) {
    Map<String, List<SettingOverride>> byScope = new LinkedHashMap<>();
    for (SettingOverride o : store.overrides(scope)) {
      byScope.computeIfAbsent(o.scopeId(), k -> new ArrayList<>()).add(o);
    }
    return pages.page(
        call,
        pages.cursor(call, List.of()),
        byScope.entrySet().stream(),
        "value",
        e -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("id", e.getKey());
          entry.put(
              "tenantSettings",
              e.getValue().stream()
                  .flatMap(o -> store.find(o.settingName()).map(s -> json.override(o, s)).stream())
                  .toList());
          return entry;
        });
  }

  private JsonNode body(FabricCall call) {
    try (InputStream in = call.ctx().bodyInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw FabricException.badRequest(
            "RequestBodyTooLarge", "The request body exceeds " + MAX_BODY + " bytes.");
      }
      JsonNode node = bytes.length == 0 ? null : mapper.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw FabricException.badRequest(
            "InvalidInput", "The request body must be a JSON object (UpdateTenantSettingRequest).");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw FabricException.badRequest(
          "InvalidInput", "The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw FabricException.badRequest("InvalidInput", "The request body could not be read.");
    }
  }

  /**
   * Group ids of an array of {@code TenantSettingSecurityGroup}; each must be a group of the
   * tenant.
   */
  private List<String> groups(JsonNode body, String field, List<Map<String, Object>> problems) {
    JsonNode array = body.get(field);
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      problems.add(
          FabricException.detail(
              "InvalidParameter",
              "'" + field + "' must be an array of {graphId, name}.",
              null,
              null));
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode g : array) {
      String id = g.path("graphId").asText("");
      if (!isGuid(id)) {
        problems.add(
            FabricException.detail(
                "InvalidParameter",
                "Every entry of '" + field + "' needs a graphId GUID.",
                null,
                null));
      } else if (directory.findGroup(id).isEmpty()) {
        problems.add(
            FabricException.detail(
                "InvalidParameter",
                "Security group " + id + " does not exist.",
                id,
                "SecurityGroup"));
      } else {
        ids.add(id);
      }
    }
    return ids;
  }

  private static List<TenantSetting.Property> properties(
      JsonNode body, List<Map<String, Object>> problems) {
    JsonNode array = body.get("properties");
    if (array == null || array.isNull()) {
      return List.of();
    }
    List<TenantSetting.Property> out = new ArrayList<>();
    for (JsonNode p : array.isArray() ? array : List.<JsonNode>of()) {
      if (!p.path("name").isTextual() || !p.path("type").isTextual()) {
        problems.add(
            FabricException.detail(
                "InvalidParameter", "Every property needs a name and a type.", null, null));
      } else {
        out.add(
            new TenantSetting.Property(
                p.get("name").asText(), p.path("value").asText(""), p.get("type").asText()));
      }
    }
    if (!array.isArray()) {
      problems.add(
          FabricException.detail(
              "InvalidParameter",
              "'properties' must be an array of {name, value, type}.",
              null,
              null));
    }
    return out;
  }

  private static Boolean flag(JsonNode body, String field, List<Map<String, Object>> problems) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      problems.add(
          FabricException.detail(
              "InvalidParameter", "'" + field + "' must be true or false.", null, null));
      return null;
    }
    return v.asBoolean();
  }

  static boolean isGuid(String s) {
    try {
      return s != null && s.length() == 36 && UUID.fromString(s) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
