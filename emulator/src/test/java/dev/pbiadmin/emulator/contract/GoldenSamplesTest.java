package dev.pbiadmin.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * contract/golden/powerbi cannot drift from the swagger: every file equals its {@code
 * x-ms-examples} entry (operation, method, path, parameters, status and body), and every example of
 * an admin or scanner operation that has a response body has its file. The emulator's shapes are
 * compared with these samples by {@code powerbi.GoldenShapesIT}, which needs a running emulator.
 */
class GoldenSamplesTest {
  private final JsonNode swagger = SwaggerSchemas.load().swagger();
  private final List<GoldenSamples.Sample> samples = GoldenSamples.all();

  /**
   * Examples the swagger gives without a {@code body} under their status, so there is no response
   * document to take: the write operations answer 200 with no content, and these five read
   * operations' examples put the response object straight under the status (a slip in the swagger).
   */
  private static final Set<String> BODYLESS_READ_EXAMPLES =
      Set.of(
          "Groups_GetGroupUsersAsAdmin/Example",
          "Groups_GetUnusedArtifactsAsAdmin/Example",
          "Apps_GetAppUsersAsAdmin/Example",
          "Pipelines_GetPipelinesAsAdmin/Get deployment pipelines example",
          "Pipelines_GetPipelineUsersAsAdmin/Get users of a deployment pipeline example");

  @Test
  void everyFile_equalsItsSwaggerExample() {
    assertThat(samples).hasSizeGreaterThan(60);
    for (GoldenSamples.Sample s : samples) {
      JsonNode op =
          swagger.path("paths").path(s.path()).path(s.method().toLowerCase(java.util.Locale.ROOT));
      assertThat(op.path("operationId").asText())
          .as(s.file() + ": operation at " + s.method() + " " + s.path())
          .isEqualTo(s.operationId());
      assertThat(s.file().getParent().getFileName().toString()).isEqualTo(s.operationId());
      JsonNode example = op.path("x-ms-examples").path(s.example());
      assertThat(example.isMissingNode())
          .as(s.file() + ": example '" + s.example() + "'")
          .isFalse();
      assertThat(s.parameters())
          .as(s.file() + ": parameters")
          .isEqualTo(example.path("parameters"));
      assertThat(s.body())
          .as(s.file() + ": body")
          .isEqualTo(example.path("responses").path(String.valueOf(s.status())).path("body"));
    }
  }

  @Test
  void everyAdminOrScannerExampleWithABody_hasItsFile() {
    Map<String, Integer> files = new HashMap<>();
    samples.forEach(s -> files.merge(s.operationId() + "/" + s.example(), 1, Integer::sum));
    Set<String> missing = new TreeSet<>();
    Set<String> bodyless = new TreeSet<>();
    swagger
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        method -> {
                          JsonNode op = method.getValue();
                          if (!path.getKey().contains("/admin/") || !op.has("operationId")) {
                            return;
                          }
                          boolean write =
                              !method.getKey().equals("get")
                                  && !op.path("operationId").asText().startsWith("WorkspaceInfo_");
                          op.path("x-ms-examples")
                              .properties()
                              .forEach(
                                  example -> {
                                    String key =
                                        op.get("operationId").asText() + "/" + example.getKey();
                                    boolean hasBody = false;
                                    for (JsonNode response : example.getValue().path("responses")) {
                                      hasBody |= response.has("body");
                                    }
                                    if (hasBody && files.get(key) == null) {
                                      missing.add(key);
                                    } else if (!hasBody && !write) {
                                      bodyless.add(key);
                                    }
                                  });
                        }));

    assertThat(missing).isEmpty();
    assertThat(files).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(bodyless).isEqualTo(BODYLESS_READ_EXAMPLES);
  }
}
