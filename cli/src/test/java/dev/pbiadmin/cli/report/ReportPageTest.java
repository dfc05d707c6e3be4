package dev.pbiadmin.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportPageTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode data(String name) {
    ObjectNode data = MAPPER.createObjectNode();
    data.putObject("meta").put("database", name);
    data.putArray("names")
        .add(TinyInventory.EVIL)
        .add(TinyInventory.QUOTES)
        .add("<!-- x")
        .add("a\u2029b");
    return data;
  }

  @Test
  void json_scriptEndingNames_cannotCloseTheScriptElement() {
    String json = ReportPage.json(data(TinyInventory.EVIL));
    assertThat(json).doesNotContain("<", ">", "&", "'").contains("\\u003C/script\\u003E");
    assertThat(json).doesNotContain("\u2028", "\u2029");
  }

  @Test
  void json_escapedNames_readBackUnchanged() throws Exception {
    JsonNode back = MAPPER.readTree(ReportPage.json(data("x")));
    assertThat(back.at("/names/0").asText()).isEqualTo(TinyInventory.EVIL);
    assertThat(back.at("/names/1").asText()).isEqualTo(TinyInventory.QUOTES);
    assertThat(back.at("/names/3").asText()).isEqualTo("a\u2029b");
  }

  @Test
  void html_markupAndQuotes_becomeEntities() {
    assertThat(ReportPage.html("<b a=\"1\" b='2'>&</b>"))
        .isEqualTo("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;&lt;/b&gt;");
    assertThat(ReportPage.html("Café 東京")).isEqualTo("Café 東京");
  }

  @Test
  void render_hostileTenantText_leavesOnlyThePagesOwnScripts() throws Exception {
    String page = ReportPage.render(data(TinyInventory.EVIL));
    // the data, Chart.js, the page script and the tenant-settings section's script
    assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(4);
    assertThat(page)
        .doesNotContain("onerror=\"")
        .contains("<title>Power BI inventory report: &lt;/script&gt;");
    Matcher m =
        Pattern.compile(
                "<script type=\"application/json\" id=\"report-data\">(.*?)</script>",
                Pattern.DOTALL)
            .matcher(page);
    assertThat(m.find()).isTrue();
    assertThat(MAPPER.readTree(m.group(1)).at("/meta/database").asText())
        .isEqualTo(TinyInventory.EVIL);
  }

  @Test
  void render_anyData_inlinesEveryAssetAndLinksNothingRemote() {
    String page = ReportPage.render(data("x"));
    assertThat(page)
        .contains("Chart.js v4.6.1", "Released under the MIT License", "function DataTable");
    assertThat(page).doesNotContain("/*@", "{{");
    assertThat(page).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//");
  }
}
