package dev.pbiadmin.cli.inventory;

import static dev.pbiadmin.cli.inventory.Parts.labels;
import static dev.pbiadmin.cli.inventory.Parts.row;

import java.sql.SQLException;
import java.util.List;

/**
 * Fabric items: every item array of a workspace that is not a Power BI kind, in one table with the
 * array's key as the service spelled it ({@code item_type}) and its normalized type. The
 * artifact-style kinds carry {@code createdDate}/{@code lastUpdatedDate}, warehouses and SQL
 * endpoints the datamart-style {@code configuredBy}/{@code modifiedDateTime} (reference §4, §5.7);
 * both sets are read from every item, and what neither names stays in extra.
 */
final class ItemRows {
  private final Rows rows;
  private final Lineage lineage;

  ItemRows(Rows rows, Lineage lineage) {
    this.rows = rows;
    this.lineage = lineage;
  }

  void write(String ws, String key, List<Fields> items) throws SQLException {
    String type = ItemTypes.normalized(key);
    boolean known = ItemTypes.isKnownFabric(key);
    for (Fields i : items) {
      String id = i.id("id", "objectId");
      if (!known) {
        i.tally().item(key);
      }
      lineage.item("fabric_item", id);
      Parts.users(rows, Tables.FABRIC_ITEM_USERS, i, id, ws);
      Parts.sources(rows, lineage, Tables.FABRIC_ITEM_DATASOURCES, "fabric_item", id, ws, i);
      Parts.schedules(rows, "fabric_item", id, ws, i);
      lineage.relations(i, "fabric_item", id);
      rows.add(
          Tables.FABRIC_ITEMS,
          row(
              new Object[] {
                id,
                ws,
                key,
                type,
                i.text("name"),
                i.text("description"),
                i.text("state"),
                i.text("createdBy"),
                i.id("createdById"),
                i.time("createdDate"),
                i.time("lastUpdatedDate"),
                i.text("modifiedBy"),
                i.id("modifiedById"),
                i.time("modifiedDateTime"),
                i.text("configuredBy"),
                i.id("configuredById"),
                i.json("extendedProperties")
              },
              labels(i),
              i.extra()));
    }
  }
}
