package dev.pbiadmin.emulator.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pbiadmin.emulator.contract.SwaggerSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The emulator's catalogue against the table it copies: docs/reference/tenant-settings-catalogue.md
 * §7, every row seen in the newest real dump (source B).
 */
class TenantSettingCatalogueTest {
  private final TenantSettingCatalogue catalogue = TenantSettingCatalogue.get();

  @Test
  void defaults_holdEverySettingOfTheNewestRealDump_withItsTitleGroupAndCapabilities()
      throws IOException {
    Map<String, List<String>> reference = referenceRows();
    List<String> newest =
        reference.entrySet().stream()
            .filter(e -> e.getValue().get(5).contains("B"))
            .map(Map.Entry::getKey)
            .toList();

    assertThat(newest).hasSize(149);
    for (String name : newest) {
      List<String> row = reference.get(name);
      TenantSetting s =
          catalogue.find(name).orElseThrow(() -> new AssertionError(name + " is missing"));
      assertThat(s.title().strip()).as(name).isEqualTo(row.get(0));
      assertThat(s.tenantSettingGroup()).as(name).isEqualTo(row.get(1));
      assertThat(s.canSpecifySecurityGroups() ? "Y" : "N").as(name).isEqualTo(row.get(2));
      assertThat(delegation(s)).as(name).isEqualTo(row.get(3));
      assertThat(s.enabled()).as(name).isEqualTo(row.get(4).equals("on"));
    }
    assertThat(catalogue.defaults())
        .extracting(TenantSetting::settingName)
        .containsExactlyInAnyOrderElementsOf(
            concat(newest, TenantSetting.SERVICE_PRINCIPAL_ACCESS));
  }

  @Test
  void defaults_keepTheRealForms_trailingSpacesAndFreetext() {
    assertThat(catalogue.find("FabricThirdPartyWorkloads").orElseThrow().title()).endsWith(" ");
    assertThat(catalogue.find("AdminCustomDisclaimer").orElseThrow().properties())
        .containsExactly(new TenantSetting.Property("AdminCustomDisclaimer", "", "Freetext"));
    assertThat(catalogue.find("PublishToWeb").orElseThrow().properties())
        .containsExactly(new TenantSetting.Property("CreateP2w", "false", "Boolean"));
  }

  @Test
  void find_ignoresCase_andTitleOfUnknownIsItsName() {
    assertThat(catalogue.find("publishtoweb")).isPresent();
    assertThat(catalogue.titleOf("NoSuchSetting")).isEqualTo("NoSuchSetting");
  }

  private static String delegation(TenantSetting s) {
    List<String> keys = new ArrayList<>();
    add(keys, "C", s.delegateToCapacity());
    add(keys, "D", s.delegateToDomain());
    add(keys, "W", s.delegateToWorkspace());
    return String.join(" ", keys);
  }

  private static void add(List<String> keys, String scope, Boolean value) {
    if (value != null) {
      keys.add(scope + (value ? "✓" : "✗"));
    }
  }

  private static List<String> concat(List<String> names, String extra) {
    List<String> all = new ArrayList<>(names);
    all.add(extra);
    return all;
  }

  /** settingName → [title, group, SG, deleg., default, src] from §7. */
  private static Map<String, List<String>> referenceRows() throws IOException {
    Path doc =
        SwaggerSchemas.contractPath()
            .getParent()
            .getParent()
            .resolve("docs/reference/tenant-settings-catalogue.md");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(doc)) {
      if (line.startsWith("| settingName | title | group")) {
        inTable = true;
        continue;
      }
      if (inTable && !line.startsWith("|")) {
        break;
      }
      if (inTable && !line.startsWith("|---")) {
        String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
        List<String> values = new ArrayList<>();
        for (int i = 1; i < cells.length; i++) {
          values.add(cells[i].strip());
        }
        rows.put(cells[0].strip().replace("`", ""), values);
      }
    }
    return rows;
  }
}
