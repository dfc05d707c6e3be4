package dev.pbiadmin.cli.inventory;

import java.sql.SQLException;
import java.util.Arrays;

/**
 * What every item kind of a scan result shares: its users, endorsement and label, datasource links
 * and upstream lineage, and refresh schedules (reference §6, §12).
 */
final class Parts {
  private Parts() {}

  /**
   * Writes {@code item.users[]}, each row starting with {@code head}: the workspace id for the
   * workspace's own users, else the item's id (which a malformed result may leave null) and its
   * workspace id.
   */
  static void users(Rows rows, Table table, Fields item, Object... head) throws SQLException {
    for (Fields u : item.rows("users")) {
      rows.add(
          table,
          row(
              head,
              u.id("identifier"),
              u.text("displayName"),
              u.text("emailAddress"),
              u.id("graphId"),
              u.text("principalType"),
              u.text("userType"),
              u.accessRight(),
              u.extra()));
    }
  }

  /** {@code endorsement, certified_by, sensitivity_label_id} of an item. */
  static Object[] labels(Fields item) {
    Fields endorsement = item.object("endorsementDetails");
    return new Object[] {
      endorsement.text("endorsement"),
      endorsement.text("certifiedBy"),
      item.object("sensitivityLabel").id("labelId")
    };
  }

  /** The values of a row: {@code head}, then each part, an {@code Object[]} spliced in whole. */
  static Object[] row(Object[] head, Object... parts) {
    int n = head.length;
    for (Object p : parts) {
      n += p instanceof Object[] a ? a.length : 1;
    }
    Object[] out = Arrays.copyOf(head, n);
    int at = head.length;
    for (Object p : parts) {
      if (p instanceof Object[] a) {
        System.arraycopy(a, 0, out, at, a.length);
        at += a.length;
      } else {
        out[at++] = p;
      }
    }
    return out;
  }

  /**
   * The datasource links and upstream items of any item, shaped alike on every kind: {@code
   * datasourceUsages} (a paginated report's, a lakehouse's too), {@code
   * misconfiguredDatasourceUsages}, {@code upstreamDataflows}, {@code upstreamDatamarts}, {@code
   * upstreamDatasets}.
   */
  static void sources(
      Rows rows, Lineage lineage, Table links, String kind, String id, String ws, Fields item)
      throws SQLException {
    for (Fields u : item.each("datasourceUsages")) {
      String ds = u.id("datasourceInstanceId");
      if (ds != null) {
        rows.add(links, id, ds, ws, false);
        lineage.edge("datasource", ds, null, kind, id);
      }
    }
    for (Fields u : item.each("misconfiguredDatasourceUsages")) {
      String ds = u.id("datasourceInstanceId");
      if (ds != null) {
        rows.add(links, id, ds, ws, true);
      }
    }
    upstream(lineage, item, "upstreamDataflows", "targetDataflowId", "dataflow", kind, id);
    upstream(lineage, item, "upstreamDatamarts", "targetDatamartId", "datamart", kind, id);
    upstream(lineage, item, "upstreamDatasets", "targetDatasetId", "semantic_model", kind, id);
  }

  private static void upstream(
      Lineage lineage,
      Fields item,
      String field,
      String idField,
      String fromKind,
      String kind,
      String id) {
    for (Fields up : item.each(field)) {
      lineage.edge(fromKind, up.id(idField), up.id("groupId"), kind, id);
    }
  }

  /** {@code refreshSchedule} and {@code directQueryRefreshSchedule}, one row each. */
  static void schedules(Rows rows, String kind, String id, String ws, Fields item)
      throws SQLException {
    for (String type : new String[] {"refreshSchedule", "directQueryRefreshSchedule"}) {
      Fields s = item.rowOf(type);
      if (s.present()) {
        rows.add(
            Tables.REFRESH_SCHEDULES,
            kind,
            id,
            ws,
            type,
            s.bool("enabled"),
            s.joined("days"),
            s.joined("times"),
            s.number("frequency"),
            s.text("localTimeZoneId"),
            s.text("notifyOption"),
            s.extra());
      }
    }
  }
}
