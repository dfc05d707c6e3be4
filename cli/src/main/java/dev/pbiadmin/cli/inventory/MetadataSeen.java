package dev.pbiadmin.cli.inventory;

/**
 * What the scan results held: about semantic-model metadata, so a run can say why schema or
 * expressions came back empty (the tenant settings gate them; the API does not say so), and what
 * pbiadmin did not recognise, so a run can say what it kept without a typed place for it.
 */
final class MetadataSeen {
  long models;
  long modelsWithSchema;
  long modelsWithExpressions;
  long schemaErrors;
  final Unrecognised unrecognised = new Unrecognised();

  synchronized void add(MetadataSeen other) {
    models += other.models;
    modelsWithSchema += other.modelsWithSchema;
    modelsWithExpressions += other.modelsWithExpressions;
    schemaErrors += other.schemaErrors;
    unrecognised.add(other.unrecognised);
  }
}
