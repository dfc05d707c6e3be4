package dev.pbiadmin.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import dev.pbiadmin.cli.common.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a running emulator says about itself in {@code DIR/emulator.json}: where its token endpoint,
 * Power BI API, Fabric API and Graph are, the CA that signed its TLS certificate, the demo service
 * principal, and how much faster than real time its clock runs (so clients shrink their hourly
 * budgets to match).
 */
public record EmulatorDescriptor(
    String baseUrl,
    String authorityHost,
    String powerBiApiUrl,
    String fabricApiUrl,
    String graphUrl,
    double timeScale,
    Path caCert,
    String tenantId,
    Optional<String> demoClientId,
    Optional<String> demoClientSecret) {

  public static final String FILE_NAME = "emulator.json";

  /** Reads {@code dir/emulator.json}; fails with a sentence that says how to start the emulator. */
  public static EmulatorDescriptor read(Path dir) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "No emulator found: "
              + file
              + " does not exist. Start one with 'pbiadmin emulator --data-dir "
              + dir
              + "' and try again.");
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          file + " is not valid JSON; restart the emulator to rewrite it.",
          e);
    }
    String baseUrl = required(json, "baseUrl", file);
    String caCert = required(json, "caCert", file);
    JsonNode demo = json.path("demo");
    return new EmulatorDescriptor(
        baseUrl,
        text(json, "authorityHost").orElse(baseUrl),
        text(json, "powerBiApiUrl").orElse(baseUrl),
        text(json, "fabricApiUrl").orElse(baseUrl),
        text(json, "graphUrl").orElse(baseUrl),
        json.path("timeScale").isNumber() && json.path("timeScale").asDouble() > 0
            ? json.path("timeScale").asDouble()
            : 1,
        dir.resolve(caCert),
        required(json, "tenantId", file),
        text(demo, "clientId"),
        text(demo, "clientSecret").map(Secrets::register));
  }

  private static String required(JsonNode json, String field, Path file) {
    return text(json, field)
        .orElseThrow(
            () ->
                new CliException(
                    ExitCode.NOT_FOUND_OR_IO,
                    file + " has no '" + field + "'; restart the emulator to rewrite it."));
  }

  private static Optional<String> text(JsonNode json, String field) {
    JsonNode node = json.path(field);
    return node.isTextual() && !node.asText().isBlank()
        ? Optional.of(node.asText())
        : Optional.empty();
  }
}
