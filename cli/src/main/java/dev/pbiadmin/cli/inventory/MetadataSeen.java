package dev.pbiadmin.cli.inventory;

/**
 * What the scan results held about semantic-model metadata, so a run can say why schema or
 * expressions came back empty (the tenant settings gate them; the API does not say so).
 */
final class MetadataSeen {
  long models;
  long modelsWithSchema;
  long modelsWithExpressions;
  long schemaErrors;

  synchronized void add(MetadataSeen other) {
    models += other.models;
    modelsWithSchema += other.modelsWithSchema;
    modelsWithExpressions += other.modelsWithExpressions;
    schemaErrors += other.schemaErrors;
  }
}
