package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.ScanOptions;
import dev.pbiadmin.client.models.ScanRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Counts calls into a {@link Meter} as {@link ClientScanner} does, around a test scanner. */
record CountingScanner(ScannerApi api, Meter meter) implements ScannerApi {
  @Override
  public void listWorkspaceIds(
      Instant since, boolean excludePersonal, boolean excludeInactive, Consumer<String> sink) {
    meter.call(Meter.MODIFIED);
    api.listWorkspaceIds(since, excludePersonal, excludeInactive, sink);
  }

  @Override
  public ScanRequest beginScan(List<String> ids, ScanOptions options) {
    meter.call(Meter.GET_INFO);
    return api.beginScan(ids, options);
  }

  @Override
  public ScanRequest scanStatus(String scanId) {
    meter.call(Meter.SCAN_STATUS);
    return api.scanStatus(scanId);
  }

  @Override
  public Path downloadResult(String scanId) throws IOException {
    meter.call(Meter.SCAN_RESULT);
    return api.downloadResult(scanId);
  }
}
