package dev.pbiadmin.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The map from scan-result keys to item types against the Fabric specification's ItemType enum. */
class ItemTypesTest {
  /** Keys seen in real scan results whose kind the enum does not name (reference §3). */
  private static final Set<String> NO_ITEM_TYPE =
      Set.of(
          "mounteddatabase",
          "dataexploration",
          "hlscohort",
          "healthdatamanager",
          "retaildatamanager",
          "microsoftsupplychaincenter",
          "homeone",
          "kustoeventhubdataconnection");

  @Test
  void everyKnownKey_mapsToAnItemTypeOfTheSpec_unlessTheSpecHasNone() throws Exception {
    Set<String> spec = itemTypes();

    for (var e : ItemTypes.FABRIC.entrySet()) {
      if (NO_ITEM_TYPE.contains(e.getKey())) {
        assertThat(spec).as(e.getKey()).doesNotContain(e.getValue());
      } else {
        assertThat(spec).as(e.getKey()).contains(e.getValue());
      }
    }
    assertThat(spec).containsAll(ItemTypes.POWER_BI_TYPES.values()).contains("PaginatedReport");
    assertThat(ItemTypes.normalized("warehouses")).isEqualTo("Warehouse");
    assertThat(ItemTypes.normalized("SQLAnalyticsEndpoint")).isEqualTo("SQLEndpoint");
    assertThat(ItemTypes.normalized("FunctionSet")).isEqualTo("UserDataFunction");
  }

  @Test
  void unknownKey_keepsItsOwnName() {
    assertThat(ItemTypes.normalized("DigitalTwinBuilderFlow2"))
        .isEqualTo("DigitalTwinBuilderFlow2");
    assertThat(ItemTypes.isKnownFabric("DigitalTwinBuilderFlow2")).isFalse();
  }

  private static Set<String> itemTypes() throws Exception {
    JsonNode defs =
        new ObjectMapper()
            .readTree(Path.of("..", "contract", "fabric", "common", "definitions.json").toFile());
    Set<String> out = new HashSet<>();
    defs.at("/definitions/ItemType/enum").forEach(v -> out.add(v.asText()));
    assertThat(out).isNotEmpty();
    return out;
  }
}
