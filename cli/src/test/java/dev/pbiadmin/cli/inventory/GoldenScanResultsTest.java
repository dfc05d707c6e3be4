package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scan-result document the repository holds, stored through the inventory into a real DuckDB
 * file: Microsoft's GetScanResult example (contract/golden/powerbi), the hand-written real-shaped
 * result and the older sample. Every id in a document must come out.
 */
class GoldenScanResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Scan-result bodies: name and document. */
  static Stream<Object[]> documents() throws IOException {
    List<Object[]> docs = new ArrayList<>();
    Path golden = goldenDir();
    try (Stream<Path> files = Files.walk(golden)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode body = JSON.readTree(f.toFile()).path("body");
        if (body.path("workspaces").isArray()) {
          docs.add(new Object[] {golden.relativize(f).toString(), body});
        }
      }
    }
    assertThat(docs).as("golden scan results in " + golden).isNotEmpty();
    for (String resource : List.of("scan-result-real-shapes.json", "scan-result-sample.json")) {
      try (InputStream in = GoldenScanResultsTest.class.getResourceAsStream(resource)) {
        docs.add(new Object[] {resource, JSON.readTree(in)});
      }
    }
    return docs.stream();
  }

  /** contract/golden/powerbi beside the swagger the build names, else from the module directory. */
  static Path goldenDir() {
    String swagger = System.getProperty("pbiadmin.contract");
    Path contract = swagger != null ? Path.of(swagger).getParent() : Path.of("..", "contract");
    return contract.resolve("golden").resolve("powerbi");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void storeBatch_scanResultDocument_everyIdComesOut(String name, JsonNode body) throws Exception {
    List<String> workspaceIds = new ArrayList<>();
    body.get("workspaces").forEach(w -> workspaceIds.add(w.path("id").asText()));
    try (InventoryStore store = InventoryStore.open(dir.resolve("golden.duckdb"))) {
      long run = store.runs().begin("full", Instant.EPOCH, null, "{}");
      store.runs().savePlan(run, false, (listed, modified) -> workspaceIds.forEach(listed));
      Batch batch = store.runs().openBatches(run).get(0).requested("scan", Instant.EPOCH);

      ScanResultIngest.Outcome o =
          store.storeBatch(batch, bytes(body), new MetadataSeen(), Instant.EPOCH);

      assertThat(o.workspacesStored()).isEqualTo(workspaceIds.size());
      assertThat(store.count("workspaces")).isEqualTo(workspaceIds.size());
      String stored = EveryId.stored(store);
      assertThat(EveryId.in(body))
          .isNotEmpty()
          .allSatisfy(id -> assertThat(stored).as(name + ": " + id).contains(id));
    }
  }

  private static InputStream bytes(JsonNode body) {
    try {
      return new ByteArrayInputStream(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
