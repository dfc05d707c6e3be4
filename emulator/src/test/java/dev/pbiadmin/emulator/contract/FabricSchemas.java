package dev.pbiadmin.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema validation against Microsoft's Fabric admin specification
 * (contract/fabric/admin/swagger.json with its definitions and
 * contract/fabric/common/definitions.json), the Fabric counterpart of {@link SwaggerSchemas}. Every
 * {@code $ref} across those files is resolved into one namespace ({@code admin__TenantSetting},
 * {@code common__Principal}); a reference into a file the repository does not vendor (the platform
 * definitions of workspace encryption and networking) accepts anything, and {@link #unresolved()}
 * lists it.
 *
 * <p><b>Strict</b> mode also rejects undeclared properties (a discriminator base such as {@code
 * Principal} allows its subtypes' properties). It is lenient exactly where
 * docs/reference/tenant-settings-catalogue.md documents that the real service departs from the
 * spec: the {@code tenantSettings} array beside {@code value} (§1), the legacy {@code overrides}
 * array of capacity overrides (§2), the {@code Freetext} property type (§1.1); and where the spec
 * contradicts itself: {@code Items_ListItems} pages through Apps, which {@code ItemType} does not
 * name yet ("Additional item types may be added over time"), and all of Microsoft's {@code
 * ListItems} examples give {@code lastUpdatedDate} without a UTC offset ({@code
 * 2022-04-29T17:47:29.98673}), which its {@code date-time} format forbids.
 */
public final class FabricSchemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile FabricSchemas instance;

  private final Path root;
  private final JsonNode swagger;
  private final Map<Path, String> prefixes = new LinkedHashMap<>();
  private final ObjectNode lenient = MAPPER.createObjectNode();
  private final ObjectNode strict = MAPPER.createObjectNode();
  private final Set<String> unresolved = new TreeSet<>();
  private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);

  private FabricSchemas(Path root) {
    this.root = root;
    this.swagger = read(root.resolve("admin/swagger.json"));
    prefixes.put(root.resolve("admin/definitions.json").normalize(), "admin");
    prefixes.put(root.resolve("common/definitions.json").normalize(), "common");
    try (var files = Files.list(root.resolve("admin/definitions"))) {
      files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .forEach(
              f -> prefixes.put(f.normalize(), f.getFileName().toString().replace(".json", "")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, JsonNode> raw = new LinkedHashMap<>();
    prefixes.forEach(
        (file, prefix) ->
            read(file)
                .path("definitions")
                .properties()
                .forEach(e -> raw.put(prefix + "__" + e.getKey(), rewrite(e.getValue(), file))));
    documentedDepartures(raw);
    raw.forEach(lenient::set);
    raw.keySet().forEach(name -> strict.set(name, closed(name, raw)));
  }

  /** The shared instance, loaded once from the repository's contract folder. */
  public static FabricSchemas load() {
    if (instance == null) {
      synchronized (FabricSchemas.class) {
        if (instance == null) {
          instance = new FabricSchemas(SwaggerSchemas.contractPath().getParent().resolve("fabric"));
        }
      }
    }
    return instance;
  }

  public JsonNode swagger() {
    return swagger;
  }

  /** References into files the repository does not hold, as {@code file#/definitions/Name}. */
  public Set<String> unresolved() {
    return Set.copyOf(unresolved);
  }

  /** The swagger's operation object, e.g. for {@code Tenants_ListTenantSettings}. */
  public JsonNode operation(String operationId) {
    for (JsonNode path : swagger.get("paths")) {
      for (JsonNode op : path) {
        if (operationId.equals(op.path("operationId").asText())) {
          return op;
        }
      }
    }
    throw new IllegalArgumentException(
        "no operation " + operationId + " in the Fabric admin swagger");
  }

  /** The path template and method of an operation, e.g. {@code GET /tenantsettings}. */
  public String methodAndPath(String operationId) {
    for (Map.Entry<String, JsonNode> path : swagger.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (operationId.equals(op.getValue().path("operationId").asText())) {
          return op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
        }
      }
    }
    throw new IllegalArgumentException(
        "no operation " + operationId + " in the Fabric admin swagger");
  }

  /**
   * Microsoft's examples of an operation: file name → example document ({@code parameters}, {@code
   * responses}).
   */
  public Map<String, JsonNode> examples(String operationId) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    operation(operationId)
        .path("x-ms-examples")
        .forEach(
            e -> {
              Path file = root.resolve("admin").resolve(e.get("$ref").asText()).normalize();
              out.put(file.getFileName().toString(), read(file));
            });
    return out;
  }

  /**
   * Problems of a response body against the schema the operation declares for {@code status}; empty
   * when valid.
   */
  public List<String> validateResponse(
      String operationId, int status, JsonNode body, boolean strictMode) {
    String key = operationId + ":" + status + ":" + strictMode;
    JsonSchema schema =
        cache.computeIfAbsent(
            key,
            k -> {
              JsonNode response =
                  operation(operationId).path("responses").path(String.valueOf(status));
              if (response.isMissingNode()) {
                response = operation(operationId).path("responses").path("default");
              }
              ObjectNode doc =
                  response.has("schema")
                      ? (ObjectNode)
                          rewrite(response.get("schema"), root.resolve("admin/swagger.json"))
                      : MAPPER.createObjectNode();
              doc.set("definitions", strictMode ? strict : lenient);
              return factory.getSchema(doc);
            });
    List<String> out = new ArrayList<>();
    for (ValidationMessage m : schema.validate(body)) {
      out.add(m.getMessage());
    }
    return out;
  }

  /** The definitions the real service is known to break, widened exactly that far. */
  private static void documentedDepartures(Map<String, JsonNode> defs) {
    ((ArrayNode) defs.get("admin__TenantSettingPropertyType").get("enum")).add("Freetext");
    ((ArrayNode) defs.get("common__ItemType").get("enum")).add("App");
    ((ObjectNode) defs.get("admin__Item").get("properties").get("lastUpdatedDate"))
        .remove("format");
    ((ObjectNode) defs.get("admin__TenantSettings").get("properties"))
        .set("tenantSettings", arrayOf("admin__TenantSetting"));
    ((ObjectNode) defs.get("admin__CapacityTenantSettingOverrides").get("properties"))
        .set("overrides", arrayOf("admin__CapacityTenantSettingOverride"));
  }

  private static ObjectNode arrayOf(String definition) {
    ObjectNode array = MAPPER.createObjectNode().put("type", "array");
    array.putObject("items").put("$ref", "#/definitions/" + definition);
    return array;
  }

  /**
   * A copy of a schema node of {@code file} with references into this namespace and without
   * swagger-only keys.
   */
  private JsonNode rewrite(JsonNode node, Path file) {
    JsonNode copy = node.deepCopy();
    rewriteInPlace(copy, file.normalize());
    return copy;
  }

  private void rewriteInPlace(JsonNode node, Path file) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> drop = new ArrayList<>();
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String n = names.next();
        if (n.startsWith("x-")
            || n.equals("example")
            || n.equals("readOnly")
            || n.equals("discriminator")) {
          drop.add(n);
        }
      }
      object.remove(drop);
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        String target = target(ref.asText(), file);
        if (target == null) {
          object.remove("$ref");
        } else {
          object.put("$ref", "#/definitions/" + target);
        }
      }
      object.forEach(child -> rewriteInPlace(child, file));
    } else if (node.isArray()) {
      node.forEach(child -> rewriteInPlace(child, file));
    }
  }

  /**
   * {@code ../common/definitions.json#/definitions/Principal} seen from {@code from} → {@code
   * common__Principal}.
   */
  private String target(String ref, Path from) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    Path resolved = file.isEmpty() ? from : from.getParent().resolve(file).normalize();
    String prefix = prefixes.get(resolved);
    if (prefix == null) {
      unresolved.add(root.relativize(resolved) + "#/definitions/" + name);
      return null;
    }
    return prefix + "__" + name;
  }

  /**
   * The definition with its allOf merged and nothing undeclared allowed; a discriminator base (a
   * definition others extend through allOf) also allows its subtypes' properties.
   */
  private ObjectNode closed(String name, Map<String, JsonNode> defs) {
    JsonNode original = defs.get(name);
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collect(original, defs, properties, required, 0);
    if (properties.isEmpty() && !original.has("allOf")) {
      return original.deepCopy();
    }
    for (Map.Entry<String, JsonNode> def : defs.entrySet()) {
      for (JsonNode part : def.getValue().path("allOf")) {
        if (("#/definitions/" + name).equals(part.path("$ref").asText())) {
          def.getValue()
              .path("properties")
              .properties()
              .forEach(e -> properties.putIfAbsent(e.getKey(), e.getValue()));
        }
      }
    }
    ObjectNode out = MAPPER.createObjectNode();
    ObjectNode props = out.putObject("properties");
    properties.forEach(props::set);
    if (!required.isEmpty()) {
      ArrayNode req = out.putArray("required");
      required.forEach(req::add);
    }
    out.put("additionalProperties", false);
    return out;
  }

  private void collect(
      JsonNode def,
      Map<String, JsonNode> defs,
      Map<String, JsonNode> properties,
      Set<String> required,
      int depth) {
    if (depth > 20) {
      throw new IllegalStateException("allOf nesting too deep");
    }
    if (def.has("$ref")) {
      String ref = def.get("$ref").asText();
      collect(
          defs.get(ref.substring(ref.lastIndexOf('/') + 1)), defs, properties, required, depth + 1);
      return;
    }
    for (JsonNode part : def.path("allOf")) {
      collect(part, defs, properties, required, depth + 1);
    }
    def.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    def.path("required").forEach(r -> required.add(r.asText()));
  }

  private static JsonNode read(Path path) {
    try {
      return MAPPER.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
