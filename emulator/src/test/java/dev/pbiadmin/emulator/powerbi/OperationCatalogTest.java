package dev.pbiadmin.emulator.powerbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.contract.SwaggerSchemas;
import dev.pbiadmin.emulator.powerbi.Operation.Kind;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the operation table against the swagger's own Permissions and Limitations texts. */
class OperationCatalogTest {

  private static final Pattern PER_HOUR = Pattern.compile("Maximum ([\\d,]+) requests per hour");
  private static final Pattern PER_MINUTE = Pattern.compile("([\\d,]+) requests per minute");
  private static final Pattern SIMULTANEOUS =
      Pattern.compile("Maximum ([\\d,]+) simultaneous requests");

  /** "METHOD /v1.0/myorg/path" → the operation's swagger node. */
  private static final Map<String, JsonNode> SWAGGER_OPS = new HashMap<>();

  @BeforeAll
  static void loadSwagger() throws IOException {
    JsonNode paths =
        new ObjectMapper().readTree(SwaggerSchemas.contractPath().toFile()).get("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      path.getValue()
          .fields()
          .forEachRemaining(
              op -> {
                if (op.getValue().has("operationId")) {
                  SWAGGER_OPS.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
              });
    }
  }

  @Test
  void servicePrincipalOperations_matchSwaggerPermissionsText() {
    Set<String> fromSwagger =
        SWAGGER_OPS.entrySet().stream()
            .filter(e -> e.getKey().contains(" /v1.0/myorg/admin/"))
            .filter(
                e ->
                    permissions(e.getValue()).contains("or authenticate using a service principal"))
            .map(e -> e.getKey() + " " + e.getValue().get("operationId").asText())
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> fromCatalog = keys(Kind.ADMIN_SERVICE_PRINCIPAL);

    assertThat(fromCatalog).isEqualTo(fromSwagger);
    assertThat(fromCatalog).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyAdminOperationOfTheSwagger_isInTheCatalog() {
    Set<String> fromSwagger =
        SWAGGER_OPS.entrySet().stream()
            .filter(e -> e.getKey().contains(" /v1.0/myorg/admin/"))
            .map(e -> e.getKey() + " " + e.getValue().get("operationId").asText())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> fromCatalog = keys(Kind.ADMIN_SERVICE_PRINCIPAL);
    fromCatalog.addAll(keys(Kind.ADMIN_USER_ONLY));

    assertThat(fromCatalog).isEqualTo(fromSwagger);
  }

  @Test
  void capacityUsers_followsSwaggerNotArticle_userOnly() {
    assertThat(OperationCatalog.get("Capacities_GetCapacityUsersAsAdmin").kind())
        .isEqualTo(Kind.ADMIN_USER_ONLY);
  }

  @Test
  void limits_matchSwaggerLimitationsText() {
    for (Operation op : OperationCatalog.all()) {
      JsonNode node = SWAGGER_OPS.get(op.method() + " " + op.fullPath());
      assertThat(node).as(op.operationId()).isNotNull();
      assertThat(node.get("operationId").asText()).isEqualTo(op.operationId());
      String limitations = section(node.path("description").asText(), "## Limitations");
      Limits expected =
          new Limits(
              number(PER_HOUR, limitations),
              number(PER_MINUTE, limitations),
              number(SIMULTANEOUS, limitations));
      assertThat(op.limits()).as(op.operationId()).isEqualTo(expected);
    }
  }

  @Test
  void userOperations_requireTheSwaggersScopes() {
    for (Operation op : OperationCatalog.ofKind(Kind.USER)) {
      String scopes =
          section(
              SWAGGER_OPS.get("GET " + op.fullPath()).get("description").asText(),
              "## Required Scope");
      assertThat(op.delegatedScopes()).as(op.operationId()).allMatch(scopes::contains);
    }
  }

  private static Set<String> keys(Kind kind) {
    return OperationCatalog.ofKind(kind).stream()
        .map(op -> op.method() + " " + op.fullPath() + " " + op.operationId())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String permissions(JsonNode op) {
    return section(op.path("description").asText(), "## Permissions");
  }

  private static String section(String description, String heading) {
    int start = description.indexOf(heading);
    if (start < 0) {
      return "";
    }
    int end = description.indexOf("\n## ", start + heading.length());
    return description.substring(start, end < 0 ? description.length() : end);
  }

  private static int number(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : 0;
  }
}
