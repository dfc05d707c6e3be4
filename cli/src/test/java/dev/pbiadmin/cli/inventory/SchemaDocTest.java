package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaDocTest {
  @Test
  void schemaDoc_everyTable_isDocumentedWithItsKeyAndColumns() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "schema.md"));
    for (Table t : Tables.ALL) {
      int at = doc.indexOf("### `" + t.name() + "`");
      assertThat(at).as(t.name()).isNotNegative();
      int end = doc.indexOf("###", at + 4);
      String section = doc.substring(at, end < 0 ? doc.length() : end);
      assertThat(section)
          .as(t.name())
          .contains("Key: " + String.join(", ", t.key().stream().map(k -> "`" + k + "`").toList()));
      for (Table.Column c : t.columns()) {
        assertThat(section).as(t.name()).contains("| `" + c.name() + "` | " + c.type() + " |");
      }
    }
  }
}
