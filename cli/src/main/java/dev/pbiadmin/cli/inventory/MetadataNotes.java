package dev.pbiadmin.cli.inventory;

import java.util.ArrayList;
import java.util.List;

/**
 * Says why parts of the inventory are empty. The scanner returns no schema or expressions when the
 * tenant's metadata-scanning settings are off, without any error, so the run infers it from what
 * came back.
 */
final class MetadataNotes {
  private MetadataNotes() {}

  static List<String> explain(InventoryOptions o, MetadataSeen seen) {
    List<String> notes = new ArrayList<>();
    if (!o.datasetSchema()) {
      notes.add("tables, columns and measures were not requested (--no-schema)");
    } else if (seen.models > 0 && seen.modelsWithSchema == 0) {
      notes.add(
          "none of the "
              + seen.models
              + " semantic models scanned came back with tables,"
              + " columns or measures although datasetSchema was requested: the tenant setting"
              + " 'Enhance admin APIs responses with detailed metadata' is probably off");
    }
    if (!o.datasetExpressions()) {
      notes.add("DAX and M expressions were not requested (--no-expressions)");
    } else if (seen.models > 0 && seen.modelsWithExpressions == 0) {
      notes.add(
          "none of the "
              + seen.models
              + " semantic models scanned came back with"
              + " expressions although datasetExpressions was requested: the tenant setting"
              + " 'Enhance admin APIs responses with DAX and mashup expressions' is probably off");
    }
    if (seen.schemaErrors > 0) {
      notes.add(
          seen.schemaErrors
              + " semantic model(s) reported a schema retrieval error"
              + " (see semantic_models.schema_retrieval_error)");
    }
    if (!o.lineage()) {
      notes.add(
          "lineage was not requested (--no-lineage): lineage_edges and the *_datasources"
              + " links are empty");
    }
    if (!o.datasourceDetails()) {
      notes.add(
          "datasource details were not requested (--no-datasource-details): datasources"
              + " is empty");
    }
    if (!o.artifactUsers()) {
      notes.add(
          "item users were not requested (--no-artifact-users): the *_users tables of"
              + " items are empty");
    }
    return notes;
  }
}
