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
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema validation against the contract's swagger, for tests: a definition ({@code
 * AdminGroup}) or an operation's response ({@code Groups_GetGroupsAsAdmin}, 200), with every {@code
 * #/definitions/...} reference resolved inside the swagger itself (never a hand-copied subset).
 *
 * <p>Two modes. <b>Lenient</b> is the swagger as written (extra properties allowed). <b>Strict</b>
 * also rejects properties the definition does not declare: each definition's {@code allOf} parts
 * are merged into one object and {@code additionalProperties} is set to false, so a misspelt or
 * invented field fails. Strict still allows {@code @odata.*} annotations, and names listed in
 * {@code required} but missing from {@code properties} (the swagger's {@code DataflowUser} requires
 * {@code dataflowUserAccessRight} while declaring {@code DataflowUserAccessRight}). Strict also
 * allows what the real service sends beyond the definitions, property by property, each listed with
 * its evidence in {@link RealShapes} (Fabric item arrays, camel-case spellings, …).
 *
 * <p>The swagger's path comes from the {@code pbiadmin.contract} system property (set by the
 * build), falling back to the repository's {@code contract/} folder. Thread-safe.
 */
public final class SwaggerSchemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static volatile SwaggerSchemas instance;

  private final JsonNode swagger;
  private final ObjectNode lenientDefinitions;
  private final ObjectNode strictDefinitions;
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
  private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

  private SwaggerSchemas(JsonNode swagger) {
    this.swagger = swagger;
    this.lenientDefinitions = (ObjectNode) clean(swagger.get("definitions"));
    this.strictDefinitions = MAPPER.createObjectNode();
    lenientDefinitions
        .fieldNames()
        .forEachRemaining(name -> strictDefinitions.set(name, strict(name)));
    RealShapes.definitions().forEach(strictDefinitions::set);
  }

  /** The shared instance, loaded once from the contract file. */
  public static SwaggerSchemas load() {
    if (instance == null) {
      synchronized (SwaggerSchemas.class) {
        if (instance == null) {
          instance = new SwaggerSchemas(read(contractPath()));
        }
      }
    }
    return instance;
  }

  public static Path contractPath() {
    String configured = System.getProperty("pbiadmin.contract");
    if (configured != null && Files.exists(Path.of(configured))) {
      return Path.of(configured);
    }
    // Run outside Maven (an IDE): the repository root is the nearest directory with the wrapper.
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn"))) {
        Path candidate = dir.resolve("contract/powerbi-rest-swagger.json");
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
        break;
      }
    }
    throw new IllegalStateException(
        "cannot find powerbi-rest-swagger.json; set -Dpbiadmin.contract=<path>");
  }

  public JsonNode swagger() {
    return swagger;
  }

  /** Problems of {@code instance} against definition {@code name}; empty when valid. */
  public List<String> validateDefinition(String name, JsonNode instance, boolean strict) {
    requireDefinition(name);
    return validate(
        "def:" + strict + ":" + name,
        MAPPER.createObjectNode().put("$ref", "#/definitions/" + name),
        instance,
        strict);
  }

  /**
   * Problems of a response body against the schema the operation declares for {@code status} (e.g.
   * {@code Groups_GetGroupsAsAdmin}, 200); empty when valid.
   */
  public List<String> validateResponse(
      String operationId, int status, JsonNode body, boolean strict) {
    JsonNode schema = responseSchema(operationId, status);
    return validate("op:" + strict + ":" + operationId + ":" + status, schema, body, strict);
  }

  /** The response schema node of an operation, as written in the swagger. */
  public JsonNode responseSchema(String operationId, int status) {
    for (JsonNode path : swagger.get("paths")) {
      for (JsonNode op : path) {
        if (operationId.equals(op.path("operationId").asText())) {
          JsonNode response = op.path("responses").path(String.valueOf(status));
          if (response.isMissingNode()) {
            throw new IllegalArgumentException(
                operationId + " declares no " + status + " response");
          }
          JsonNode schema = response.get("schema");
          return schema == null ? MAPPER.createObjectNode() : clean(schema);
        }
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in the swagger");
  }

  private List<String> validate(
      String key, JsonNode rootSchema, JsonNode instance, boolean strict) {
    JsonSchema schema =
        cache.computeIfAbsent(
            key,
            k -> {
              ObjectNode doc = rootSchema.deepCopy();
              if (!doc.isObject()) {
                throw new IllegalStateException("schema is not an object: " + rootSchema);
              }
              doc.set("definitions", strict ? strictDefinitions : lenientDefinitions);
              return factory.getSchema(doc);
            });
    Set<ValidationMessage> messages = schema.validate(instance);
    List<String> out = new ArrayList<>();
    for (ValidationMessage m : messages) {
      out.add(m.getMessage());
    }
    return out;
  }

  private void requireDefinition(String name) {
    if (!lenientDefinitions.has(name)) {
      throw new IllegalArgumentException("no definition " + name + " in the swagger");
    }
  }

  /** The definition with allOf merged and no undeclared properties allowed. */
  private ObjectNode strict(String name) {
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collect(lenientDefinitions.get(name), properties, required, 0);
    properties.putAll(RealShapes.properties().getOrDefault(name, Map.of()));
    ObjectNode out = MAPPER.createObjectNode();
    JsonNode original = lenientDefinitions.get(name);
    if (properties.isEmpty() && !original.has("allOf")) {
      return original.deepCopy();
    }
    ObjectNode props = out.putObject("properties");
    properties.forEach(props::set);
    for (String r : required) {
      if (!props.has(r)) {
        props.putObject(r);
      }
    }
    if (!required.isEmpty()) {
      ArrayNode req = out.putArray("required");
      required.forEach(req::add);
    }
    out.putObject("patternProperties").putObject("^@odata\\.");
    out.put("additionalProperties", false);
    return out;
  }

  private void collect(
      JsonNode def, Map<String, JsonNode> properties, Set<String> required, int depth) {
    if (depth > 20) {
      throw new IllegalStateException("allOf nesting too deep");
    }
    if (def.has("$ref")) {
      collect(
          lenientDefinitions.get(refName(def.get("$ref").asText())),
          properties,
          required,
          depth + 1);
      return;
    }
    for (JsonNode part : def.path("allOf")) {
      collect(part, properties, required, depth + 1);
    }
    def.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    def.path("required").forEach(r -> required.add(r.asText()));
  }

  private static String refName(String ref) {
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /**
   * Copies a swagger node without vendor extensions and examples, which JSON Schema does not know.
   */
  private static JsonNode clean(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      Iterator<String> names = node.fieldNames();
      List<String> drop = new ArrayList<>();
      while (names.hasNext()) {
        String n = names.next();
        if (n.startsWith("x-")
            || n.equals("example")
            || n.equals("discriminator")
            || n.equals("readOnly")) {
          drop.add(n);
        }
      }
      ((ObjectNode) node).remove(drop);
      node.forEach(SwaggerSchemas::strip);
    } else if (node.isArray()) {
      node.forEach(SwaggerSchemas::strip);
    }
  }

  private static JsonNode read(Path path) {
    try {
      return MAPPER.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
