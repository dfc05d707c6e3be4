package dev.pbiadmin.cli.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.client.ModifiedWorkspacesOptions;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.ScanOptions;
import dev.pbiadmin.client.ScanResultVisitor;
import dev.pbiadmin.client.models.ModifiedWorkspace;
import dev.pbiadmin.client.models.ScanRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ScannerApi} over the client library, counting calls in a {@link Meter}. The client
 * streams a result one workspace at a time; this writes the pieces back to a temporary file so
 * the download happens outside the store's transaction and a batch is stored from local disk.
 */
final class ClientScanner implements ScannerApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final PowerBiAdminClient client;
  private final Meter meter;

  ClientScanner(PowerBiAdminClient client, Meter meter) {
    this.client = client;
    this.meter = meter;
  }

  @Override
  public List<String> listWorkspaceIds(Instant modifiedSince, boolean excludePersonal,
      boolean excludeInactive) {
    meter.call();
    return client
        .listModifiedWorkspaces(
            new ModifiedWorkspacesOptions(modifiedSince, excludePersonal, excludeInactive))
        .stream()
        .map(ModifiedWorkspace::id)
        .toList();
  }

  @Override
  public ScanRequest beginScan(List<String> workspaceIds, ScanOptions options) {
    meter.call();
    return client.beginWorkspaceScan(workspaceIds, options).latest();
  }

  @Override
  public ScanRequest scanStatus(String scanId) {
    meter.call();
    return client.getScanStatus(scanId);
  }

  @Override
  public Path downloadResult(String scanId) throws IOException {
    meter.call();
    Path file = Files.createTempFile("pbiadmin-inventory-", ".json");
    List<JsonNode> sources = new ArrayList<>();
    List<JsonNode> misconfigured = new ArrayList<>();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(file.toFile(),
        com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeArrayFieldStart("workspaces");
      client.streamScanResult(scanId, new ScanResultVisitor() {
        @Override
        public void workspace(JsonNode workspace) {
          try {
            MAPPER.writeTree(g, workspace);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void datasourceInstance(JsonNode datasource) {
          sources.add(datasource);
        }

        @Override
        public void misconfiguredDatasourceInstance(JsonNode datasource) {
          misconfigured.add(datasource);
        }
      });
      g.writeEndArray();
      writeArray(g, "datasourceInstances", sources);
      writeArray(g, "misconfiguredDatasourceInstances", misconfigured);
      g.writeEndObject();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  private static void writeArray(JsonGenerator g, String name, List<JsonNode> nodes)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (JsonNode n : nodes) {
      MAPPER.writeTree(g, n);
    }
    g.writeEndArray();
  }
}
