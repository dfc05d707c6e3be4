package dev.pbiadmin.cli.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenant-settings snapshots in the inventory's DuckDB file ({@link SettingsSchema}). A snapshot,
 * its changes and its drift are stored in one transaction, so a run killed half way leaves the
 * previous snapshot whole and the next run compares with it.
 */
final class SettingsStore implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Connection connection;

  private SettingsStore(Connection connection) {
    this.connection = connection;
  }

  static SettingsStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        for (String ddl : SettingsSchema.DDL) {
          s.execute(ddl);
        }
      }
      c.setAutoCommit(false);
      return new SettingsStore(c);
    } catch (SQLException | IOException e) {
      String why = String.valueOf(e.getMessage());
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO,
          "Cannot open the DuckDB file "
              + file
              + ": "
              + why.lines().findFirst().orElse(why)
              + (why.toLowerCase().contains("lock")
                  ? "; is another pbiadmin process writing it?"
                  : ""),
          e);
    }
  }

  /** The latest stored snapshot, if there is one. */
  Optional<Snapshot> last() throws SQLException {
    Instant takenAt;
    String groupNames;
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT epoch_ms(taken_at), group_names FROM tenant_settings_snapshots"
                    + " ORDER BY snapshot_id DESC LIMIT 1")) {
      if (!r.next()) {
        return Optional.empty();
      }
      takenAt = Instant.ofEpochMilli(r.getLong(1));
      groupNames = r.getString(2);
    }
    Map<String, List<GroupRef>> groups = groups();
    List<SettingState> states = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT 'Tenant', '', setting_name, title, tenant_setting_group, enabled,"
                    + " can_specify_security_groups, delegate_to_capacity, delegate_to_domain,"
                    + " delegate_to_workspace, NULL, CAST(properties AS VARCHAR), CAST(raw AS"
                    + " VARCHAR), position FROM tenant_settings UNION ALL SELECT scope_type,"
                    + " scope_id, setting_name, title, tenant_setting_group, enabled,"
                    + " can_specify_security_groups, NULL, NULL, delegate_to_workspace,"
                    + " delegated_from, CAST(properties AS VARCHAR), CAST(raw AS VARCHAR), 100000 +"
                    + " position FROM tenant_setting_overrides ORDER BY 14")) {
      while (r.next()) {
        String key = r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3);
        states.add(
            new SettingState(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getBoolean(6),
                bool(r, 7),
                groups.getOrDefault(key + "|enabled", List.of()),
                groups.getOrDefault(key + "|excluded", List.of()),
                bool(r, 8),
                bool(r, 9),
                bool(r, 10),
                r.getString(11),
                properties(r.getString(12)),
                r.getString(13)));
      }
    }
    return Optional.of(new Snapshot(takenAt, states, groupNames));
  }

  private Map<String, List<GroupRef>> groups() throws SQLException {
    Map<String, List<GroupRef>> out = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT scope_type, scope_id, setting_name, list, graph_id, name,"
                    + " graph_display_name, in_graph FROM tenant_setting_groups ORDER BY rowid")) {
      while (r.next()) {
        String key =
            r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4);
        out.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new GroupRef(r.getString(5), r.getString(6), r.getString(7), bool(r, 8)));
      }
    }
    return out;
  }

  /**
   * Stores a snapshot as the current state, its changes in the history and its drift, in one
   * transaction; returns the snapshot's id.
   */
  int save(
      Snapshot snapshot,
      Optional<Instant> previousAt,
      List<Finding> changes,
      String baseline,
      List<Finding> drift)
      throws SQLException {
    try {
      int id;
      try (Statement s = connection.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT coalesce(max(snapshot_id), 0) + 1 FROM tenant_settings_snapshots")) {
        r.next();
        id = r.getInt(1);
      }
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO tenant_settings_snapshots VALUES (?, to_timestamp(? / 1000.0), ?, ?, ?,"
                  + " ?, ?, ?)")) {
        p.setInt(1, id);
        p.setLong(2, snapshot.takenAt().toEpochMilli());
        p.setInt(3, snapshot.tenantSettings().size());
        p.setInt(4, snapshot.overrides().size());
        p.setInt(5, changes.size());
        p.setString(6, snapshot.groupNames());
        p.setString(7, baseline);
        if (baseline == null) {
          p.setNull(8, Types.INTEGER);
        } else {
          p.setInt(8, drift.size());
        }
        p.executeUpdate();
      }
      try (Statement s = connection.createStatement()) {
        for (String table : SettingsSchema.CURRENT) {
          s.execute("DELETE FROM " + table);
        }
      }
      insertStates(id, snapshot.states());
      insertHistory(id, snapshot.takenAt(), previousAt, changes);
      insertDrift(id, baseline, drift);
      connection.commit();
      return id;
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  private void insertStates(int id, List<SettingState> states) throws SQLException {
    try (PreparedStatement tenant =
            connection.prepareStatement(
                "INSERT INTO tenant_settings VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSON), CAST(? AS JSON))");
        PreparedStatement override =
            connection.prepareStatement(
                "INSERT INTO tenant_setting_overrides VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSON), CAST(? AS JSON))");
        PreparedStatement group =
            connection.prepareStatement(
                "INSERT INTO tenant_setting_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (SettingState s : states) {
        position++;
        if (s.isTenantLevel()) {
          int i = 0;
          tenant.setString(++i, s.settingName());
          tenant.setInt(++i, position);
          tenant.setInt(++i, id);
          tenant.setString(++i, s.title());
          tenant.setString(++i, s.tenantSettingGroup());
          tenant.setBoolean(++i, s.enabled());
          tenant.setString(++i, s.scope());
          setBool(tenant, ++i, s.canSpecifySecurityGroups());
          setBool(tenant, ++i, s.delegateToCapacity());
          setBool(tenant, ++i, s.delegateToDomain());
          setBool(tenant, ++i, s.delegateToWorkspace());
          tenant.setString(++i, json(s.properties()));
          tenant.setString(++i, s.raw());
          tenant.addBatch();
        } else {
          int i = 0;
          override.setString(++i, s.scopeType());
          override.setString(++i, s.scopeId());
          override.setString(++i, s.settingName());
          override.setInt(++i, position);
          override.setInt(++i, id);
          override.setString(++i, s.title());
          override.setString(++i, s.tenantSettingGroup());
          override.setBoolean(++i, s.enabled());
          override.setString(++i, s.scope());
          setBool(override, ++i, s.canSpecifySecurityGroups());
          setBool(override, ++i, s.delegateToWorkspace());
          override.setString(++i, s.delegatedFrom());
          override.setString(++i, json(s.properties()));
          override.setString(++i, s.raw());
          override.addBatch();
        }
        addGroups(group, id, s, "enabled", s.enabledSecurityGroups());
        addGroups(group, id, s, "excluded", s.excludedSecurityGroups());
      }
      tenant.executeBatch();
      override.executeBatch();
      group.executeBatch();
    }
  }

  private static void addGroups(
      PreparedStatement p, int id, SettingState s, String list, List<GroupRef> groups)
      throws SQLException {
    for (GroupRef g : groups) {
      p.setString(1, s.scopeType());
      p.setString(2, s.scopeId());
      p.setString(3, s.settingName());
      p.setString(4, list);
      p.setString(5, g.graphId());
      p.setString(6, g.name());
      p.setString(7, g.graphName());
      setBool(p, 8, g.inGraph());
      p.setInt(9, id);
      p.addBatch();
    }
  }

  private void insertHistory(
      int id, Instant takenAt, Optional<Instant> previousAt, List<Finding> changes)
      throws SQLException {
    if (changes.isEmpty()) {
      return;
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO tenant_settings_history VALUES (?, to_timestamp(? / 1000.0),"
                + " to_timestamp(? / 1000.0), ?, ?, ?, ?, ?, ?, ?)")) {
      for (Finding c : changes) {
        String[] where = c.where().split(" ", 2);
        p.setInt(1, id);
        p.setLong(2, takenAt.toEpochMilli());
        p.setLong(3, previousAt.orElseThrow().toEpochMilli());
        p.setString(4, where[0]);
        p.setString(5, where.length > 1 ? where[1] : "");
        p.setString(6, c.settingName());
        p.setString(7, c.title());
        p.setString(8, c.aspect());
        p.setString(9, c.expected());
        p.setString(10, c.actual());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void insertDrift(int id, String baseline, List<Finding> drift) throws SQLException {
    if (baseline == null || drift.isEmpty()) {
      return;
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO tenant_settings_drift VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Finding d : drift) {
        p.setInt(1, id);
        p.setString(2, baseline);
        p.setString(3, d.settingName());
        p.setString(4, d.title());
        p.setString(5, d.aspect());
        p.setString(6, d.expected());
        p.setString(7, d.actual());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static String json(Map<String, String> properties) {
    try {
      return properties.isEmpty() ? null : JSON.writeValueAsString(properties);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> properties(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (IOException e) {
      throw new IllegalStateException(
          "a stored properties value is not JSON: " + e.getMessage(), e);
    }
  }

  private static Boolean bool(ResultSet r, int column) throws SQLException {
    boolean v = r.getBoolean(column);
    return r.wasNull() ? null : v;
  }

  private static void setBool(PreparedStatement p, int index, Boolean value) throws SQLException {
    if (value == null) {
      p.setNull(index, Types.BOOLEAN);
    } else {
      p.setBoolean(index, value);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing a read or a committed write loses nothing
    }
  }
}
