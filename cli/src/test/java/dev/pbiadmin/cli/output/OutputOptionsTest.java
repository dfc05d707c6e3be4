package dev.pbiadmin.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.cli.common.CliException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputOptionsTest {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private final Flattener flattener = new Flattener("id", "workspaceId", Set.of("users"));

  @Test
  void write_parquet_roundTripsThroughDuckDbWithChildFile() throws Exception {
    OutputOptions options = options(Format.PARQUET, dir.resolve("ws.parquet"));

    List<Path> files =
        options.write("workspaces", items(), flattener, new PrintWriter(new StringWriter()));

    assertThat(files).containsExactly(dir.resolve("ws.parquet"), dir.resolve("ws_users.parquet"));
    try (var db = DriverManager.getConnection("jdbc:duckdb:");
        var statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, name, isReadOnly, typeof(isReadOnly) FROM '"
                    + files.get(0)
                    + "' ORDER BY id")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("w1");
      assertThat(rows.getString(2)).isEqualTo("Sales, EMEA");
      assertThat(rows.getBoolean(3)).isFalse();
      assertThat(rows.getString(4)).isEqualTo("BOOLEAN");
      assertThat(rows.next()).isTrue();
      assertThat(rows.next()).isFalse();
    }
    try (var db = DriverManager.getConnection("jdbc:duckdb:");
        var statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT workspaceId, identifier FROM '" + files.get(1) + "'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("w1");
      assertThat(rows.getString(2)).isEqualTo("u1");
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void write_json_keepsNestedShape() throws Exception {
    StringWriter out = new StringWriter();

    options(Format.JSON, null).write("workspaces", items(), flattener, new PrintWriter(out));

    assertThat(json.readTree(out.toString()).get(0).get("users").get(0).get("identifier").asText())
        .isEqualTo("u1");
  }

  @Test
  void write_jsonl_oneObjectPerLine() {
    StringWriter out = new StringWriter();

    options(Format.JSONL, null).write("workspaces", items(), flattener, new PrintWriter(out));

    assertThat(out.toString().lines()).hasSize(2).allMatch(line -> line.startsWith("{\"id\":"));
  }

  @Test
  void openNested_jsonItemByItemToFile_sameDocumentAsWritingTheList() throws Exception {
    StringWriter whole = new StringWriter();
    options(Format.JSON, null).write("workspaces", items(), flattener, new PrintWriter(whole));
    Path file = dir.resolve("ws.json");

    try (OutputOptions.ItemWriter writer =
        options(Format.JSON, file).openNested(new PrintWriter(new StringWriter()))) {
      for (ObjectNode item : items()) {
        writer.write(item);
      }
    }

    assertThat(Files.readString(file)).isEqualTo(whole.toString());
    assertThat(json.readTree(file.toFile())).hasSize(2);
  }

  @Test
  void openNested_noItems_writesAnEmptyArray() throws Exception {
    StringWriter out = new StringWriter();

    try (OutputOptions.ItemWriter writer =
        options(Format.JSON, null).openNested(new PrintWriter(out))) {
      assertThat(writer).isNotNull();
    }

    assertThat(json.readTree(out.toString()).isArray()).isTrue();
    assertThat(json.readTree(out.toString())).isEmpty();
  }

  @Test
  void write_csvWithChildrenToFile_writesSiblingFiles() throws Exception {
    options(Format.CSV, dir.resolve("ws.csv"))
        .write("workspaces", items(), flattener, new PrintWriter(new StringWriter()));

    assertThat(Files.readString(dir.resolve("ws.csv")))
        .startsWith("id,name,isReadOnly\r\nw1,\"Sales, EMEA\",false");
    assertThat(Files.readString(dir.resolve("ws_users.csv")))
        .isEqualTo("workspaceId,identifier\r\nw1,u1\r\n");
  }

  @Test
  void validate_parquetToStdout_usageError() {
    assertThatThrownBy(() -> options(Format.PARQUET, null).validate(false))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("--output");
  }

  @Test
  void validate_csvWithChildrenToStdout_usageError() {
    assertThatThrownBy(() -> options(Format.CSV, null).validate(true))
        .hasMessageContaining("--output FILE.csv");
  }

  private List<ObjectNode> items() {
    try {
      return List.of(
          (ObjectNode)
              json.readTree(
                  "{\"id\":\"w1\",\"name\":\"Sales,"
                      + " EMEA\",\"isReadOnly\":false,\"users\":[{\"identifier\":\"u1\"}]}"),
          (ObjectNode)
              json.readTree("{\"id\":\"w2\",\"name\":\"HR\",\"isReadOnly\":true,\"users\":[]}"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static OutputOptions options(Format format, Path output) {
    OutputOptions options = new OutputOptions();
    options.format = format;
    options.output = output;
    return options;
  }
}
