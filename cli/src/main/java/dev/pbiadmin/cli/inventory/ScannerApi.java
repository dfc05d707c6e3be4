package dev.pbiadmin.cli.inventory;

import dev.pbiadmin.client.ScanOptions;
import dev.pbiadmin.client.models.ScanRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The four scanner operations an inventory run needs. {@link ClientScanner} implements it over
 * {@code PowerBiAdminClient}, which keeps each operation inside its documented hourly budget and
 * retries 429/5xx; a run adds the 16-in-flight limit and the scheduling on top.
 */
interface ScannerApi {

  /**
   * {@code WorkspaceInfo_GetModifiedWorkspaces}; {@code modifiedSince} null lists every workspace.
   * Each id goes to {@code sink} as it is read, so a listing of any size takes no heap.
   */
  void listWorkspaceIds(
      Instant modifiedSince,
      boolean excludePersonal,
      boolean excludeInactive,
      Consumer<String> sink);

  /** {@code WorkspaceInfo_PostWorkspaceInfo}: starts a scan of 1 to 100 workspaces. */
  ScanRequest beginScan(List<String> workspaceIds, ScanOptions options);

  /** {@code WorkspaceInfo_GetScanStatus}. */
  ScanRequest scanStatus(String scanId);

  /**
   * {@code WorkspaceInfo_GetScanResult}, spooled to a temporary JSON file in the {@code
   * WorkspaceInfoResponse} shape, which the caller deletes.
   */
  Path downloadResult(String scanId) throws IOException;
}
