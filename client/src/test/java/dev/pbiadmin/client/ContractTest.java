package dev.pbiadmin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.client.RateBudgets.Limit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ties the client to Microsoft's swagger so the two cannot drift: every operationId the client
 * names exists, and the documented budgets equal each operation's Limitations text.
 */
class ContractTest {
  private static final Pattern LIMITS =
      Pattern.compile("Maximum ([\\d,]+) requests per hour(?: or ([\\d,]+) requests per minute)?");
  private static final Map<String, String> DESCRIPTIONS = new HashMap<>();

  /** The read-only admin operations: every GET under /admin, plus the scanner's POST getInfo. */
  private static final Map<String, String> READ_ONLY_ADMIN = new HashMap<>();

  @BeforeAll
  static void loadSwagger() throws Exception {
    Path swagger = locateSwagger();
    JsonNode root = new ObjectMapper().readTree(swagger.toFile());
    root.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          if (op.getValue().has("operationId")) {
                            String id = op.getValue().get("operationId").asText();
                            String description = op.getValue().path("description").asText();
                            DESCRIPTIONS.put(id, description);
                            if (path.getKey().contains("/admin/")
                                && (op.getKey().equals("get")
                                    || id.equals("WorkspaceInfo_PostWorkspaceInfo"))) {
                              READ_ONLY_ADMIN.put(id, description);
                            }
                          }
                        }));
  }

  /** The build's {@code pbiadmin.contract} property, else the repository's contract/ folder. */
  private static Path locateSwagger() {
    String configured = System.getProperty("pbiadmin.contract");
    if (configured != null && Files.isRegularFile(Path.of(configured))) {
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
        "the swagger contract was not found; set -Dpbiadmin.contract=<path>");
  }

  @Test
  void clientOperationIds_allExistInSwagger() throws Exception {
    String source =
        Files.readString(Path.of("src/main/java/dev/pbiadmin/client/PowerBiAdminClient.java"));
    Matcher m = Pattern.compile("\"([A-Z][A-Za-z]+_[A-Za-z]+)\"").matcher(source);
    List<String> used = new ArrayList<>();
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(used).hasSizeGreaterThan(25);
    assertThat(DESCRIPTIONS.keySet()).containsAll(used);
  }

  @Test
  void documentedBudgets_matchEveryAdminOperationsLimitations() {
    RateBudgets documented = RateBudgets.documented();
    int checked = 0;
    for (var e : READ_ONLY_ADMIN.entrySet()) {
      String text = e.getValue();
      int at = text.indexOf("Limitations");
      List<Limit> expected = new ArrayList<>();
      if (at >= 0) {
        String limitations = text.substring(at, Math.min(text.length(), at + 200));
        Matcher h = LIMITS.matcher(limitations);
        if (h.find()) {
          expected.add(Limit.perHour(Integer.parseInt(h.group(1).replace(",", ""))));
          if (h.group(2) != null) {
            expected.add(Limit.perMinute(Integer.parseInt(h.group(2).replace(",", ""))));
          }
        }
      }
      if (at < 0 || !expected.isEmpty()) {
        assertThat(documented.limitsFor(e.getKey()))
            .as(e.getKey())
            .containsExactlyInAnyOrderElementsOf(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
  }
}
