package dev.pbiadmin.emulator.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.contract.FabricSchemas;
import dev.pbiadmin.emulator.contract.SwaggerSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The emulator's operation table against the swagger's paths, Limitations, scopes and identity
 * texts.
 */
class FabricOperationsTest {
  private static final Pattern PER_MINUTE = Pattern.compile("Maximum (\\d+) requests per minute");
  private static final Pattern PER_HOUR = Pattern.compile("Maximum (\\d+) requests per hour");
  private final FabricSchemas schemas = FabricSchemas.load();

  @Test
  void everyOperation_hasTheSwaggersMethodAndPath() {
    for (FabricOperation op : FabricOperations.ALL) {
      assertThat(op.method() + " " + op.path())
          .as(op.operationId())
          .isEqualTo(schemas.methodAndPath(op.operationId()));
    }
  }

  @Test
  void everyOperation_hasTheLimitOfItsLimitationsText() {
    for (FabricOperation op : FabricOperations.ALL) {
      String text = description(op);
      assertThat(op.perMinute()).as(op.operationId()).isEqualTo(number(PER_MINUTE, text));
      assertThat(op.perHour()).as(op.operationId()).isEqualTo(number(PER_HOUR, text));
    }
  }

  @Test
  void everyOperation_admitsTheDelegatedScopesAndIdentitiesItsTextNames() {
    for (FabricOperation op : FabricOperations.ALL) {
      String text = description(op);
      String scopes =
          text.substring(
              text.indexOf("## Required Delegated Scopes"), text.indexOf("## Limitations"));
      Set<String> named = new TreeSet<>();
      Matcher m = Pattern.compile("Tenant\\.Read(Write)?\\.All").matcher(scopes);
      while (m.find()) {
        named.add(m.group());
      }
      assertThat(op.rule().delegatedScopes())
          .as(op.operationId())
          .containsExactlyInAnyOrderElementsOf(named);
      boolean servicePrincipals =
          text.matches("(?s).*\\| \\[Service principal\\][^\\n]*\\| Yes \\|.*");
      assertThat(op.rule().servicePrincipalSetting() != null)
          .as(op.operationId())
          .isEqualTo(servicePrincipals);
    }
  }

  @Test
  void everyOperation_deniesWithACodeItsCommonErrorCodesName() {
    for (FabricOperation op : FabricOperations.ALL) {
      String documented =
          schemas
              .operation(op.operationId())
              .path("responses")
              .path("default")
              .path("description")
              .asText();
      boolean namesIt = documented.contains("* " + op.deniedCode() + " - ");
      boolean namesNone =
          !documented.contains("Forbidden") && !documented.contains("InsufficientPrivileges");
      assertThat(namesIt || namesNone).as(op.operationId() + ": " + documented).isTrue();
    }
  }

  @Test
  void itemTypes_areTheSwaggersItemTypeAndApp() {
    List<String> expected = new ArrayList<>(commonItemTypes());
    expected.add("App");
    assertThat(ItemsApi.ITEM_TYPES).containsExactlyElementsOf(expected);
  }

  private static List<String> commonItemTypes() {
    try {
      JsonNode common =
          new ObjectMapper()
              .readTree(
                  SwaggerSchemas.contractPath()
                      .getParent()
                      .resolve("fabric/common/definitions.json")
                      .toFile());
      List<String> out = new ArrayList<>();
      common.path("definitions").path("ItemType").path("enum").forEach(v -> out.add(v.asText()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String description(FabricOperation op) {
    return schemas.operation(op.operationId()).path("description").asText();
  }

  private static int number(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
