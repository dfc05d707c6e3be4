package dev.pbiadmin.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void write_specialCharacters_quotedPerRfc4180() throws Exception {
    Table table =
        new Table(
            "t",
            List.of("name", "note", "n", "empty"),
            List.of(
                Arrays.asList("Sales, EMEA", "say \"hi\"", 3L, null),
                Arrays.asList("two\nlines", "plain", true, "")));
    StringWriter out = new StringWriter();

    CsvWriter.write(table, out);

    assertThat(out.toString())
        .isEqualTo(
            "name,note,n,empty\r\n"
                + "\"Sales, EMEA\",\"say \"\"hi\"\"\",3,\r\n"
                + "\"two\n"
                + "lines\",plain,true,\r\n");
  }
}
