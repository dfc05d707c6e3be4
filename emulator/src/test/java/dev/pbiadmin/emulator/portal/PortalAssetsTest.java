package dev.pbiadmin.emulator.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortalAssetsTest {

  @Test
  void escape_htmlMetacharacters_entities() {
    assertThat(PortalAssets.escape("<img src=x onerror='a(\"b\")'>&"))
        .isEqualTo("&lt;img src=x onerror=&#39;a(&quot;b&quot;)&#39;&gt;&amp;");
  }

  @Test
  void scripts_neverParseHtml() throws IOException {
    // Tenant strings must reach the page as text: no HTML-parsing sinks anywhere in the scripts.
    for (String name :
        List.of(
            "portal.js", "settings.js", "apps.js", "groups.js", "workspaces.js", "requests.js")) {
      try (InputStream in = PortalAssets.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(js)
            .as(name)
            .doesNotContain(
                "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
      }
    }
  }

  @Test
  void pages_loadNothingFromOutside() throws IOException {
    for (String name : List.of("app.html", "login.html", "portal.css")) {
      try (InputStream in = PortalAssets.class.getResourceAsStream(name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).as(name).doesNotContain("http://", "https://", "//cdn");
      }
    }
  }
}
