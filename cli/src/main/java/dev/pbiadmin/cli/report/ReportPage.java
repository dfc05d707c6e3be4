package dev.pbiadmin.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The single self-contained HTML page: the template with its CSS, the charting library, the page
 * script and the data inlined. Tenant content (names, descriptions) only ever enters as JSON in a
 * {@code <script type="application/json">} block with every {@code <}, {@code >} and {@code &}
 * escaped, and the page script puts it into the DOM as text, so a workspace named {@code
 * </script><script>...} stays a name.
 */
final class ReportPage {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  private ReportPage() {}

  static String render(JsonNode data) {
    String template = resource("report.html");
    return template
        .replace("/*@CSS@*/", resource("report.css"))
        .replace("{{TITLE}}", html(data.path("meta").path("database").asText("inventory")))
        .replace("/*@CHARTJS@*/", resource("chart.umd.min.js"))
        .replace("/*@REPORTJS@*/", resource("report.js"))
        .replace("/*@SETTINGSJS@*/", resource("tenant-settings.js"))
        .replace("{{DATA}}", json(data));
    // the data goes in last so that nothing in it can look like a later placeholder
  }

  /** JSON that is safe inside an HTML script element: no character of it can end the element. */
  static String json(JsonNode data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize the report data", e);
    }
  }

  /** Text for an HTML element or a quoted attribute. */
  static String html(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Escapes the characters that could close a script element or start a comment in one. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        ascii[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // line and paragraph separators are legal in JSON but end a line in older JavaScript
      return ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
