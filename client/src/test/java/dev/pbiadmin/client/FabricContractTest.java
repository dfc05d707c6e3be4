package dev.pbiadmin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.client.RateBudgets.Limit;
import dev.pbiadmin.client.models.DelegatedTenantSetting;
import dev.pbiadmin.client.models.FabricItem;
import dev.pbiadmin.client.models.FabricPrincipal;
import dev.pbiadmin.client.models.FabricWorkspace;
import dev.pbiadmin.client.models.TenantSetting;
import dev.pbiadmin.client.models.UpdateTenantSettingRequest;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ties the Fabric client to contract/fabric/admin/swagger.json: every operationId it names exists,
 * its budgets are the Limitations text, and its records use the definitions' field names.
 */
class FabricContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FABRIC = contractDir().resolve("fabric");

  @Test
  void operationIds_allExistInTheFabricSwagger_andTheirBudgetsAreTheLimitationsText()
      throws IOException {
    Map<String, String> descriptions = new LinkedHashMap<>();
    JSON.readTree(FABRIC.resolve("admin/swagger.json").toFile())
        .get("paths")
        .forEach(
            path ->
                path.forEach(
                    op -> {
                      if (op.has("operationId")) {
                        descriptions.put(
                            op.get("operationId").asText(), op.path("description").asText());
                      }
                    }));
    String source =
        Files.readString(Path.of("src/main/java/dev/pbiadmin/client/FabricAdminClient.java"));
    Matcher m = Pattern.compile("\"([A-Z][A-Za-z]+_[A-Za-z]+)\"").matcher(source);
    List<String> used = new ArrayList<>();
    while (m.find()) {
      used.add(m.group(1));
    }

    assertThat(used).hasSize(9);
    for (String id : used) {
      assertThat(descriptions).containsKey(id);
      Matcher minute =
          Pattern.compile("Maximum (\\d+) requests per minute").matcher(descriptions.get(id));
      Matcher hour =
          Pattern.compile("Maximum (\\d+) requests per hour").matcher(descriptions.get(id));
      Limit expected =
          minute.find()
              ? Limit.perMinute(Integer.parseInt(minute.group(1)))
              : hour.find() ? Limit.perHour(Integer.parseInt(hour.group(1))) : null;
      assertThat(RateBudgets.documented().limitsFor(id)).as(id).containsExactly(expected);
    }
  }

  @Test
  void records_useTheDefinitionsFieldNames() throws IOException {
    Map<String, JsonNode> defs = definitions();
    check(TenantSetting.class, defs, "admin__TenantSetting");
    check(UpdateTenantSettingRequest.class, defs, "admin__UpdateTenantSettingRequest");
    check(FabricWorkspace.class, defs, "admin__Workspace");
    check(FabricItem.class, defs, "admin__Item");
    check(
        FabricPrincipal.class,
        defs,
        "common__Principal",
        "common__UserPrincipal",
        "common__GroupPrincipal",
        "common__ServicePrincipalPrincipal");
  }

  /**
   * A delegated setting is a tenant setting plus {@code delegatedFrom}, one flat object: every
   * property of the three override definitions must be a component of it or of the setting it
   * unwraps, and each of its own components a property of them.
   */
  @Test
  void delegatedTenantSetting_readsEveryPropertyOfTheOverrideDefinitions() throws IOException {
    Map<String, JsonNode> defs = definitions();
    Set<String> declared = new LinkedHashSet<>();
    for (String d :
        List.of(
            "admin__CapacityTenantSetting",
            "admin__DomainTenantSetting",
            "admin__WorkspaceTenantSetting")) {
      collect(defs.get(d), defs, declared);
    }
    Set<String> readable = new LinkedHashSet<>();
    for (RecordComponent c : DelegatedTenantSetting.class.getRecordComponents()) {
      if (c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
        for (RecordComponent inner : c.getType().getRecordComponents()) {
          readable.add(inner.getName());
        }
      } else {
        assertThat(declared).contains(c.getName());
        readable.add(c.getName());
      }
    }

    assertThat(declared).isNotEmpty();
    assertThat(readable).containsAll(declared);
  }

  private static void check(Class<?> record, Map<String, JsonNode> defs, String... definitions) {
    Set<String> declared = new LinkedHashSet<>();
    for (String d : definitions) {
      collect(defs.get(d), defs, declared);
    }
    for (RecordComponent c : record.getRecordComponents()) {
      if (!c.getName().equals("raw")) {
        assertThat(declared).as(record.getSimpleName()).contains(c.getName());
      }
    }
  }

  private static void collect(JsonNode def, Map<String, JsonNode> defs, Set<String> out) {
    def.path("properties").fieldNames().forEachRemaining(out::add);
    for (JsonNode part : def.path("allOf")) {
      // a local reference stays in its file; both files use unique names for what these records
      // extend
      String ref = part.path("$ref").asText();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      JsonNode target =
          ref.startsWith("../common")
              ? defs.get("common__" + name)
              : defs.getOrDefault("admin__" + name, defs.get("common__" + name));
      if (target != null) {
        collect(target, defs, out);
      }
    }
  }

  private static Map<String, JsonNode> definitions() throws IOException {
    Map<String, JsonNode> defs = new LinkedHashMap<>();
    JSON.readTree(FABRIC.resolve("admin/definitions.json").toFile())
        .get("definitions")
        .properties()
        .forEach(e -> defs.put("admin__" + e.getKey(), e.getValue()));
    JSON.readTree(FABRIC.resolve("common/definitions.json").toFile())
        .get("definitions")
        .properties()
        .forEach(e -> defs.put("common__" + e.getKey(), e.getValue()));
    return defs;
  }

  private static Path contractDir() {
    String configured = System.getProperty("pbiadmin.contract");
    if (configured != null && Files.isRegularFile(Path.of(configured))) {
      return Path.of(configured).getParent();
    }
    return Path.of("..", "contract").toAbsolutePath().normalize();
  }
}
