package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.ScanOptions;
import dev.pbiadmin.client.models.ScanRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Counts calls into a {@link Meter} as {@link ClientScanner} does, around a test scanner. */
record CountingScanner(ScannerApi api, Meter meter) implements ScannerApi {
  @Override
  public List<String> listWorkspaceIds(Instant since, boolean excludePersonal,
      boolean excludeInactive) {
    meter.call(Meter.MODIFIED);
    return api.listWorkspaceIds(since, excludePersonal, excludeInactive);
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
