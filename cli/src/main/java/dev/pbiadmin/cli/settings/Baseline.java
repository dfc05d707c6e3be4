package dev.pbiadmin.cli.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A baseline of tenant settings (YAML): setting name → expected state, either a word or a map.
 *
 * <pre>
 * PublishToWeb: disabled
 * ExportToExcelSetting: entire-organization
 * AllowServicePrincipalsUseReadAdminAPIs:
 *   state: specific-groups          # disabled | enabled | entire-organization | specific-groups
 *   groups: [Power BI admin API readers]   # names or object ids; exactly these
 *   excludedGroups: []
 *   delegateToCapacity: false
 *   properties: {CreateP2w: "false"}
 * </pre>
 *
 * A YAML boolean ({@code on}, {@code off}, {@code true}, {@code false}) reads as {@code enabled} or
 * {@code disabled}. Only what a setting's entry names is checked. A mistake in the file is a usage
 * error naming the setting and the key, before anything is compared.
 */
final class Baseline {
  static final List<String> STATES =
      List.of("disabled", "enabled", "entire-organization", "specific-groups");
  private static final Set<String> KEYS =
      Set.of(
          "state",
          "groups",
          "excludedGroups",
          "delegateToCapacity",
          "delegateToDomain",
          "delegateToWorkspace",
          "properties");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** What one setting should be; {@code null} means "not checked". */
  record Expectation(
      String settingName,
      String state,
      List<String> groups,
      List<String> excludedGroups,
      Map<String, Boolean> delegation,
      Map<String, String> properties) {}

  private final Path file;
  private final List<Expectation> expectations;

  private Baseline(Path file, List<Expectation> expectations) {
    this.file = file;
    this.expectations = List.copyOf(expectations);
  }

  List<Expectation> expectations() {
    return expectations;
  }

  Path file() {
    return file;
  }

  static Baseline read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "The baseline " + file + " does not exist; check the path.");
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw invalid(
          file, "it is not valid YAML: " + e.getMessage().lines().findFirst().orElse("unreadable"));
    }
    if (root == null || !root.isObject()) {
      throw invalid(file, "write one 'SettingName: state' entry per line (a YAML mapping)");
    }
    List<Expectation> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      out.add(expectation(file, e.getKey(), e.getValue()));
    }
    return new Baseline(file, out);
  }

  private static Expectation expectation(Path file, String name, JsonNode value) {
    if (value.isTextual()) {
      return new Expectation(
          name, state(file, name, value.asText()), null, null, Map.of(), Map.of());
    }
    if (value.isBoolean()) {
      // YAML reads on/off, yes/no and true/false as booleans
      return new Expectation(
          name, value.asBoolean() ? "enabled" : "disabled", null, null, Map.of(), Map.of());
    }
    if (!value.isObject()) {
      throw invalid(
          file,
          name
              + ": give a state ("
              + String.join(", ", STATES)
              + ") or a map with state, groups and"
              + " the other keys");
    }
    for (String key : (Iterable<String>) value::fieldNames) {
      if (!KEYS.contains(key)) {
        throw invalid(
            file,
            name
                + ": unknown key '"
                + key
                + "'; use "
                + String.join(", ", KEYS.stream().sorted().toList()));
      }
    }
    List<String> groups = strings(file, name, value, "groups");
    String state =
        value.has("state")
            ? state(file, name, value.get("state").asText())
            : groups != null && !groups.isEmpty() ? "specific-groups" : null;
    Map<String, Boolean> delegation = new LinkedHashMap<>();
    for (String key : List.of("delegateToCapacity", "delegateToDomain", "delegateToWorkspace")) {
      if (value.has(key)) {
        if (!value.get(key).isBoolean()) {
          throw invalid(file, name + ": " + key + " must be true or false");
        }
        delegation.put(key, value.get(key).asBoolean());
      }
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (value.has("properties")) {
      if (!value.get("properties").isObject()) {
        throw invalid(file, name + ": properties must be a map of property name to value");
      }
      value
          .get("properties")
          .properties()
          .forEach(p -> properties.put(p.getKey(), p.getValue().asText()));
    }
    return new Expectation(
        name, state, groups, strings(file, name, value, "excludedGroups"), delegation, properties);
  }

  private static String state(Path file, String name, String raw) {
    String state = raw.strip().toLowerCase(Locale.ROOT);
    if (!STATES.contains(state)) {
      throw invalid(
          file, name + ": state '" + raw + "' is not one of " + String.join(", ", STATES));
    }
    return state;
  }

  private static List<String> strings(Path file, String name, JsonNode value, String key) {
    JsonNode list = value.get(key);
    if (list == null || list.isNull()) {
      return null;
    }
    if (!list.isArray()) {
      throw invalid(file, name + ": " + key + " must be a list of group names or object ids");
    }
    List<String> out = new ArrayList<>();
    list.forEach(item -> out.add(item.asText()));
    return out;
  }

  private static CliException invalid(Path file, String why) {
    return new CliException(ExitCode.USAGE, "The baseline " + file + " is not valid: " + why + ".");
  }
}
