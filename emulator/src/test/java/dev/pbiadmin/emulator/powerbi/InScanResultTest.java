package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.pbiadmin.emulator.content.FabricItem;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.TenantFileContent;
import dev.pbiadmin.emulator.content.Workspace;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A tenant file's {@code inScanResult: false}: Fabric lists the item, the scanner does not. */
class InScanResultTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

  @Test
  void inScanResultFalse_itemStaysInTheContentButNotInScanResultsOrTheirCounts() throws Exception {
    TenantFileContent spec =
        YAML.readValue(
            """
            workspaces:
              - name: Lake
                items:
                  - {type: Lakehouse, name: sales_lake}
                  - {type: GraphQLApi, name: Orders API, inScanResult: false}
            """,
            TenantFileContent.class);
    TenantContent t = new TenantContent(spec.toContentSet(NOW, "contoso.com"));
    Workspace lake = t.workspaces().get(0);

    StringWriter out = new StringWriter();
    try (var g = new JsonFactory().createGenerator(out)) {
      new ScanResultWriter(t).write(g, t.workspaces(), ScanOptions.all());
    }

    assertThat(lake.fabricItems())
        .extracting(FabricItem::inScanResult)
        .containsExactly(true, false);
    assertThat(out.toString())
        .contains(lake.fabricItems().get(0).id())
        .contains("\"Lakehouse\"")
        .doesNotContain(lake.fabricItems().get(1).id())
        .doesNotContain("GraphQLApi");
    assertThat(t.counts().fabricItems()).isEqualTo(1);
    assertThat(t.counts().fabricItemsByKey()).containsOnlyKeys("Lakehouse");
  }
}
