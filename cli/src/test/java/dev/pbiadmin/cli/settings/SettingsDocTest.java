package dev.pbiadmin.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/settings.md stays true: every table and column as DuckDB creates them, and its baseline
 * example reads.
 */
class SettingsDocTest {
  private static final Path DOC = Path.of("..", "docs", "settings.md");

  @Test
  void doc_everyTableAndColumn_withItsType() throws Exception {
    String doc = Files.readString(DOC);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String ddl : SettingsSchema.DDL) {
        s.execute(ddl);
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE"
                  + " table_name LIKE 'tenant_setting%' ORDER BY table_name, ordinal_position")) {
        int columns = 0;
        while (r.next()) {
          String table = r.getString(1);
          int at = doc.indexOf("### `" + table + "`");
          assertThat(at).as(table).isNotNegative();
          int end = doc.indexOf("###", at + 4);
          String section = doc.substring(at, end < 0 ? doc.length() : end);
          assertThat(section)
              .as(table)
              .contains("| `" + r.getString(2) + "` | " + r.getString(3) + " |");
          columns++;
        }
        assertThat(columns).isGreaterThan(50);
      }
    }
  }

  @Test
  void doc_baselineExample_isAValidBaseline(@TempDir Path dir) throws Exception {
    Matcher yaml =
        Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    assertThat(yaml.find()).isTrue();
    Path file = dir.resolve("baseline.yaml");
    Files.writeString(file, yaml.group(1));

    assertThat(Baseline.read(file).expectations()).hasSize(4);
  }
}
