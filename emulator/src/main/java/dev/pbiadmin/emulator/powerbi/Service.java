package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.Workspace;
import dev.pbiadmin.emulator.directory.Directory;
import java.util.function.Supplier;

/** What the endpoint handlers share: the tenant's content and directory, state, and output. */
record Service(
    TenantContent content,
    Directory directory,
    Authorizer authorizer,
    PowerBiState state,
    ScaledClock clock,
    Supplier<String> baseUrl,
    ODataList out,
    JsonWriter json) {

  /**
   * The {@code @odata.context} URL of an admin collection, e.g. {@code …/admin/$metadata#groups}.
   */
  String adminContext(String entitySet) {
    return baseUrl.get() + "/v1.0/myorg/admin/$metadata#" + entitySet;
  }

  String myorgContext(String entitySet) {
    return baseUrl.get() + "/v1.0/myorg/$metadata#" + entitySet;
  }

  /** The workspace named by path parameter {@code groupId}: 400 if not a GUID, 404 if unknown. */
  Workspace workspace(Call call) {
    String id = Ids.guid("groupId", call.pathParam("groupId"));
    return content.workspace(id).orElseThrow(() -> PowerBiException.notFound("no workspace " + id));
  }
}
