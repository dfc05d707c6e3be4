package dev.pbiadmin.client;

/**
 * The flags of {@code WorkspaceInfo_PostWorkspaceInfo}: what the scan result should contain. Schema
 * and expressions are returned only when the tenant's metadata-scanning settings allow it.
 */
public record ScanOptions(
    boolean lineage,
    boolean datasourceDetails,
    boolean datasetSchema,
    boolean datasetExpressions,
    boolean getArtifactUsers) {

  /** Everything. */
  public static ScanOptions full() {
    return new ScanOptions(true, true, true, true, true);
  }

  /** Only the items themselves. */
  public static ScanOptions basic() {
    return new ScanOptions(false, false, false, false, false);
  }
}
