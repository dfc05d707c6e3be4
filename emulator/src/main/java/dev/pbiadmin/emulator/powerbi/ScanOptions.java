package dev.pbiadmin.emulator.powerbi;

/**
 * What a scan result contains: the query flags of PostWorkspaceInfo and the two tenant settings
 * that gate metadata. Without "Enhance admin APIs responses with detailed metadata" there are no
 * tables, columns or measures; without "… with DAX and mashup expressions" there are no dataset
 * expressions, measure expressions or table sources, whatever the flags ask.
 *
 * <p>Mapping (per-field mapping is not documented; this follows the parameter texts): lineage →
 * tiles, upstream links, datasource usages; datasourceDetails → {@code datasourceInstances};
 * datasetSchema → tables/columns/measures/roles; datasetExpressions → expressions; getArtifactUsers
 * → every {@code users} list.
 */
record ScanOptions(
    boolean lineage,
    boolean datasourceDetails,
    boolean datasetSchema,
    boolean datasetExpressions,
    boolean getArtifactUsers,
    boolean detailedMetadataEnabled,
    boolean expressionsEnabled) {

  /** Everything asked for and allowed. */
  static ScanOptions all() {
    return new ScanOptions(true, true, true, true, true, true, true);
  }

  boolean schema() {
    return datasetSchema && detailedMetadataEnabled;
  }

  /** Expressions need the schema setting too: the expressions setting can only be on with it. */
  boolean expressions() {
    return datasetExpressions && expressionsEnabled && detailedMetadataEnabled;
  }
}
