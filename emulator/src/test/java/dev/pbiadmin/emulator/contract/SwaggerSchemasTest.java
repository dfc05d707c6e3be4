package dev.pbiadmin.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SwaggerSchemasTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final SwaggerSchemas schemas = SwaggerSchemas.load();

  @Test
  void validateResponse_documentedExample_isValid() throws Exception {
    JsonNode body =
        MAPPER.readTree(
            """
            {"value":[{"displayName":"John Nick","emailAddress":"john@contoso.com","groupUserAccessRight":"Admin",
            "identifier":"john@contoso.com","graphId":"3fadb6e4-130c-4a8f-aeac-416e38b66756","principalType":"User"}]}\
            """);

    assertThat(schemas.validateResponse("Groups_GetGroupUsersAsAdmin", 200, body, true)).isEmpty();
  }

  @Test
  void validateResponse_missingRequiredOrBadEnum_isReported() throws Exception {
    JsonNode noRight =
        MAPPER.readTree("{\"value\":[{\"identifier\":\"a\",\"principalType\":\"User\"}]}");
    JsonNode badEnum =
        MAPPER.readTree(
            "{\"value\":[{\"identifier\":\"a\",\"principalType\":\"Robot\",\"groupUserAccessRight\":\"Admin\"}]}");

    assertThat(schemas.validateResponse("Groups_GetGroupUsersAsAdmin", 200, noRight, false))
        .isNotEmpty();
    assertThat(schemas.validateResponse("Groups_GetGroupUsersAsAdmin", 200, badEnum, false))
        .isNotEmpty();
  }

  @Test
  void strict_undeclaredField_isReportedButOdataAnnotationsPass() throws Exception {
    JsonNode extra =
        MAPPER.readTree(
            "{\"value\":[{\"id\":\"e380d1d0-1fa6-460b-9a90-1a5c6b02414c\",\"colour\":\"red\"}]}");
    JsonNode annotated =
        MAPPER.readTree(
            "{\"@odata.context\":\"x\",\"@odata.count\":1,\"value\":[{\"id\":\"e380d1d0-1fa6-460b-9a90-1a5c6b02414c\"}]}");

    assertThat(schemas.validateResponse("Groups_GetGroupsAsAdmin", 200, extra, false)).isEmpty();
    assertThat(schemas.validateResponse("Groups_GetGroupsAsAdmin", 200, extra, true))
        .anyMatch(m -> m.contains("colour"));
    assertThat(schemas.validateResponse("Groups_GetGroupsAsAdmin", 200, annotated, true)).isEmpty();
  }

  @Test
  void validateDefinition_arrayResponseOperation_andUnknownNames() throws Exception {
    JsonNode modified = MAPPER.readTree("[{\"id\":\"3740504d-1f93-42f9-8e9d-c8ba9b787a3b\"},{}]");

    assertThat(schemas.validateResponse("WorkspaceInfo_GetModifiedWorkspaces", 200, modified, true))
        .isNotEmpty();
    assertThatThrownBy(() -> schemas.validateResponse("No_Such_Operation", 200, modified, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> schemas.validateDefinition("NoSuchDefinition", modified, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(schemas.validateDefinition("ModifiedWorkspace", modified.get(0), true)).isEmpty();
  }
}
