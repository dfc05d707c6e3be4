package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.Parts.labels;
import static dev.pbiadmin.cli.inventory.Parts.row;

import java.sql.SQLException;

/** Dataflows and datamarts, their datasource links, schedules and upstream lineage. */
final class FlowRows {
  private final Rows rows;
  private final Lineage lineage;

  FlowRows(Rows rows, Lineage lineage) {
    this.rows = rows;
    this.lineage = lineage;
  }

  void write(String ws, Fields w) throws SQLException {
    for (Fields f : w.rows("dataflows")) {
      String id = f.id("objectId", "id");
      lineage.item("dataflow", id);
      Parts.users(rows, Tables.DATAFLOW_USERS, f, id, ws);
      Parts.sources(rows, lineage, Tables.DATAFLOW_DATASOURCES, "dataflow", id, ws, f);
      Parts.schedules(rows, "dataflow", id, ws, f);
      lineage.relations(f, "dataflow", id);
      rows.add(
          Tables.DATAFLOWS,
          row(
              new Object[] {
                id,
                ws,
                f.text("name"),
                f.text("description"),
                f.text("modelUrl"),
                f.text("configuredBy"),
                f.text("modifiedBy"),
                f.time("modifiedDateTime")
              },
              labels(f),
              f.extra()));
    }
    for (Fields d : w.rows("datamarts")) {
      String id = d.id("id");
      lineage.item("datamart", id);
      Parts.users(rows, Tables.DATAMART_USERS, d, id, ws);
      Parts.sources(rows, lineage, Tables.DATAMART_DATASOURCES, "datamart", id, ws, d);
      Parts.schedules(rows, "datamart", id, ws, d);
      lineage.relations(d, "datamart", id);
      rows.add(
          Tables.DATAMARTS,
          row(
              new Object[] {
                id,
                ws,
                d.text("name"),
                d.text("description"),
                d.text("type"),
                d.text("status"),
                d.text("state"),
                d.text("configuredBy"),
                d.id("configuredById"),
                d.text("modifiedBy"),
                d.id("modifiedById"),
                d.time("modifiedDateTime")
              },
              labels(d),
              d.extra()));
    }
  }
}
