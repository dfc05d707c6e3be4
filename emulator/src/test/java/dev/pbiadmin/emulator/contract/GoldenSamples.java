package dev.pbiadmin.emulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden samples in {@code contract/golden/powerbi/<operationId>/<example>.json}: Microsoft's
 * example responses, one per file, with the request they answer (contract/golden/README.md).
 */
public final class GoldenSamples {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One golden file. */
  public record Sample(
      Path file,
      String operationId,
      String method,
      String path,
      String example,
      int status,
      JsonNode parameters,
      JsonNode body) {}

  private GoldenSamples() {}

  /** The folder, beside the swagger that {@link SwaggerSchemas#contractPath()} finds. */
  public static Path folder() {
    return SwaggerSchemas.contractPath().getParent().resolve("golden/powerbi");
  }

  /** Every sample, in file order. */
  public static List<Sample> all() {
    try (Stream<Path> files = Files.walk(folder())) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(GoldenSamples::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sample read(Path file) {
    try {
      JsonNode j = MAPPER.readTree(file.toFile());
      return new Sample(
          file,
          j.get("operationId").asText(),
          j.get("method").asText(),
          j.get("path").asText(),
          j.get("example").asText(),
          j.get("status").asInt(),
          j.get("parameters"),
          j.get("body"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden sample " + file, e);
    }
  }
}
