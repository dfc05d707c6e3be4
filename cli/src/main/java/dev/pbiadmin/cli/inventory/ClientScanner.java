package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.ModifiedWorkspacesOptions;
import dev.pbiadmin.client.PowerBiAdminClient;
import dev.pbiadmin.client.ScanOptions;
import dev.pbiadmin.client.models.ScanRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link ScannerApi} over the client library, counting calls in a {@link Meter}. A scan result is
 * downloaded as raw bytes to a temporary file, outside the store's transaction, and parsed exactly
 * once when the batch is stored.
 */
final class ClientScanner implements ScannerApi {
  private final PowerBiAdminClient client;
  private final Meter meter;

  ClientScanner(PowerBiAdminClient client, Meter meter) {
    this.client = client;
    this.meter = meter;
  }

  @Override
  public void listWorkspaceIds(
      Instant modifiedSince,
      boolean excludePersonal,
      boolean excludeInactive,
      Consumer<String> sink) {
    meter.call(Meter.MODIFIED);
    client.streamModifiedWorkspaces(
        new ModifiedWorkspacesOptions(modifiedSince, excludePersonal, excludeInactive),
        w -> sink.accept(w.id()));
  }

  @Override
  public ScanRequest beginScan(List<String> workspaceIds, ScanOptions options) {
    meter.call(Meter.GET_INFO);
    return client.beginWorkspaceScan(workspaceIds, options).latest();
  }

  @Override
  public ScanRequest scanStatus(String scanId) {
    meter.call(Meter.SCAN_STATUS);
    return client.getScanStatus(scanId);
  }

  @Override
  public Path downloadResult(String scanId) throws IOException {
    meter.call(Meter.SCAN_RESULT);
    Path file = Files.createTempFile("pbiadmin-inventory-", ".json");
    try {
      // raw bytes to disk, no parsing: the store parses the result once, in its transaction
      client.downloadScanResult(scanId, file);
    } catch (RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }
}
