package dev.pbiadmin.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pbiadmin.cli.common.CliException;
import dev.pbiadmin.cli.common.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --format} and {@code --output}, shared by every command that writes data. Flat formats
 * write one main table plus one sibling table per expanded child (to files named {@code
 * base_child.ext}); json and jsonl keep the nested shape.
 */
public final class OutputOptions {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE instead of stdout; child tables go to sibling files FILE_<child>.<ext>.")
  Path output;

  public Format format() {
    return format;
  }

  /** The {@code --output} file, or null for stdout. */
  public Path file() {
    return output;
  }

  /**
   * Checks the combination before any work is done, so a long listing never ends in a usage error.
   */
  public void validate(boolean hasChildren) {
    if (output != null) {
      return;
    }
    if (format == Format.PARQUET) {
      throw new CliException(
          ExitCode.USAGE, "Parquet is a binary file format: add --output FILE.parquet.");
    }
    if (format == Format.CSV && hasChildren) {
      throw new CliException(
          ExitCode.USAGE,
          "CSV with --expand writes one file per table: add --output FILE.csv (or use --format"
              + " json).");
    }
  }

  /** Writes {@code items}, flattened by {@code flattener} unless the format is nested. */
  public List<Path> write(
      String name, List<ObjectNode> items, Flattener flattener, PrintWriter out) {
    validate(flattener.hasChildren());
    try {
      if (format.nested()) {
        writeNested(items, out);
        return output == null ? List.of() : List.of(output);
      }
      List<Table> tables = flattener.flatten(name, items);
      return output == null ? writeToStdout(tables, out) : writeFiles(name, tables);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new CliException(
          ExitCode.NOT_FOUND_OR_IO, "Cannot write " + output + ": " + e.getMessage() + ".", e);
    }
  }

  private void writeNested(List<ObjectNode> items, PrintWriter stdout) throws IOException {
    try (ItemWriter writer = openNested(stdout)) {
      for (ObjectNode item : items) {
        writer.write(item);
      }
    }
  }

  /** True when items are written as they come (json, jsonl), so nothing need be held in memory. */
  public boolean streams() {
    return format.nested();
  }

  /** Takes the items of a nested document one at a time; closing finishes the document. */
  public interface ItemWriter extends AutoCloseable {
    void write(ObjectNode item) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** Opens {@code --output} (or stdout) for json or jsonl items written one at a time. */
  public ItemWriter openNested(PrintWriter stdout) throws IOException {
    if (!format.nested()) {
      throw new IllegalStateException(format + " is not a nested format");
    }
    ObjectMapper json = new ObjectMapper();
    Writer target = output == null ? null : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    Writer writer = target == null ? stdout : target;
    SequenceWriter array =
        format != Format.JSON
            ? null
            : json.writer()
                .with(SerializationFeature.INDENT_OUTPUT)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValuesAsArray(writer);
    return new ItemWriter() {
      @Override
      public void write(ObjectNode item) throws IOException {
        if (array != null) {
          array.write(item);
        } else {
          writer.write(json.writeValueAsString(item));
          writer.write('\n');
        }
      }

      @Override
      public void close() throws IOException {
        if (array != null) {
          array.close();
          writer.write(System.lineSeparator());
        }
        writer.flush();
        if (target != null) {
          target.close();
        }
      }
    };
  }

  private List<Path> writeToStdout(List<Table> tables, PrintWriter out) throws IOException {
    for (int i = 0; i < tables.size(); i++) {
      Table table = tables.get(i);
      if (tables.size() > 1) {
        out.println(
            (i > 0 ? System.lineSeparator() : "")
                + "# "
                + table.name()
                + " ("
                + table.rows().size()
                + " rows)");
      }
      if (format == Format.CSV) {
        CsvWriter.write(table, out);
      } else {
        TextTable.write(table, out);
      }
    }
    out.flush();
    return List.of();
  }

  private List<Path> writeFiles(String name, List<Table> tables) throws IOException, SQLException {
    List<Path> written = new ArrayList<>();
    for (Table table : tables) {
      Path file = sibling(output, table.name().substring(name.length()));
      if (format == Format.PARQUET) {
        Files.deleteIfExists(file);
        ParquetFile.write(table, file);
      } else {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            PrintWriter print = new PrintWriter(writer)) {
          if (format == Format.CSV) {
            CsvWriter.write(table, print);
          } else {
            TextTable.write(table, print);
          }
        }
      }
      written.add(file);
    }
    return written;
  }

  /** {@code ws.csv} + {@code _users} → {@code ws_users.csv}. */
  static Path sibling(Path file, String suffix) {
    if (suffix.isEmpty()) {
      return file;
    }
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String ext = dot > 0 ? fileName.substring(dot) : "";
    return file.resolveSibling(stem + suffix + ext);
  }

  /** Reads the lower-case format names shown in the help. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }
}
