package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.Emulator;
import dev.pbiadmin.emulator.junit.EmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every SQL block of docs/schema.md runs against an inventory of the demo tenant. */
class SchemaQueriesIT {
  @RegisterExtension
  static final EmulatorExtension EMULATOR =
      EmulatorExtension.builder().demoWorkspaces(200).seed(3).timeScale(600).build();

  @TempDir Path dir;

  @Test
  void readyQueries_demoInventory_runAndAnswer() throws Exception {
    Emulator e = EMULATOR.get();
    List<String> queries = new ArrayList<>();
    Matcher m =
        Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("..", "docs", "schema.md")));
    while (m.find()) {
      queries.add(m.group(1));
    }
    assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
    try (InventoryStore store = InventoryStore.open(dir.resolve("demo.duckdb"))) {
      EmulatorRuns.run(e, store, InventoryOptions.defaults(), false);
      for (String q : queries) {
        assertThat(rows(store, q)).as(q).isPositive();
      }
      assertThat(rows(store, queries.get(0)))
          .isEqualTo(e.powerBi().content().counts().orphanedWorkspaces());
    }
  }

  private static int rows(InventoryStore store, String sql) throws Exception {
    try (Statement s = store.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }
}
