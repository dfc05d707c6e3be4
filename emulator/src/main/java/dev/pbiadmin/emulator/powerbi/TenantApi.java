package dev.pbiadmin.emulator.powerbi;

import dev.pbiadmin.emulator.content.Access;
import dev.pbiadmin.emulator.content.App;
import dev.pbiadmin.emulator.content.Capacity;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.odata.QueryOptions;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Apps, capacities, encryption keys, pipelines, profiles and user subscriptions. The emulated
 * tenant has no BYOK keys, deployment pipelines, service principal profiles or e-mail
 * subscriptions, so those lists are empty and their ids unknown (404) — the answers a tenant
 * without them gets; {@code $filter} on those empty lists has nothing to select.
 */
final class TenantApi {
  private final Service s;

  TenantApi(Service service) {
    this.s = service;
  }

  /** Apps_GetAppsAsAdmin: {@code $top} is required. */
  void apps(Call call) throws IOException {
    Paging paging =
        new Paging(
            QueryOptions.top(call.query("$top"), true, Integer.MAX_VALUE, 0),
            QueryOptions.skip(call.query("$skip")));
    List<App> page = paging.page(s.content().snapshot().apps(), a -> true);
    s.out()
        .write(call.ctx(), s.adminContext("apps"), page, (g, a) -> ContentJson.writeAdminApp(g, a));
  }

  /** Apps_GetAppUsersAsAdmin. */
  void appUsers(Call call) throws IOException {
    String id = Ids.guid("appId", call.pathParam("appId"));
    App app = s.content().app(id).orElseThrow(() -> PowerBiException.notFound("no app " + id));
    s.out()
        .write(
            call.ctx(),
            s.adminContext("appUsers"),
            app.users(),
            (g, a) -> ContentJson.writeAppUser(g, a));
  }

  /** Admin_GetCapacitiesAsAdmin ({@code $expand=tenantKey}: the tenant has no keys to inline). */
  void capacities(Call call) throws IOException {
    Expands.of(call, Set.of("tenantkey"));
    List<Capacity> all = s.content().snapshot().capacities();
    s.out()
        .write(
            call.ctx(),
            s.adminContext("capacities"),
            all,
            (g, c) -> ContentJson.writeCapacity(g, c));
  }

  /** Capacities_GetCapacityUsersAsAdmin (Fabric administrators only): the capacity's admins. */
  void capacityUsers(Call call) throws IOException {
    Capacity c = capacity(call);
    s.out()
        .write(
            call.ctx(),
            s.adminContext("capacityUsers"),
            g -> {
              for (String upn : c.admins()) {
                Principal p =
                    s.content().principal(upn).orElse(Principal.user(upn, upn, null, false));
                ContentJson.writeUser(g, new Access(p, "Admin"), "capacityUserAccessRight");
              }
            });
  }

  /** Admin_GetPowerBIEncryptionKeys. */
  void tenantKeys(Call call) throws IOException {
    s.out().write(call.ctx(), s.adminContext("tenantKeys"), g -> {});
  }

  /** Pipelines_GetPipelinesAsAdmin ({@code $expand} users, stages). */
  void pipelines(Call call) throws IOException {
    Expands.of(call, Set.of("users", "stages"));
    Paging.optional(call);
    s.out().write(call.ctx(), s.adminContext("pipelines"), g -> {});
  }

  /** Pipelines_GetPipelineUsersAsAdmin. */
  void pipelineUsers(Call call) {
    String id = Ids.guid("pipelineId", call.pathParam("pipelineId"));
    throw PowerBiException.notFound("no pipeline " + id);
  }

  /** Profiles_GetProfilesAsAdmin. */
  void profiles(Call call) throws IOException {
    Paging.optional(call);
    s.out().write(call.ctx(), s.adminContext("profiles"), g -> {});
  }

  /** Users_GetUserSubscriptionsAsAdmin. */
  void userSubscriptions(Call call) throws IOException {
    String userId = call.pathParam("userId");
    s.content().principal(userId).orElseThrow(() -> PowerBiException.notFound("no user " + userId));
    String token = call.query("continuationToken");
    if (token != null && !token.isBlank()) {
      throw PowerBiException.badRequest("continuationToken", "The continuation token is not valid");
    }
    s.out().stream(
        call.ctx(),
        JsonWriter.JSON,
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("subscriptionEntities");
          g.writeEndArray();
          g.writeNullField("continuationUri");
          g.writeNullField("continuationToken");
          g.writeEndObject();
        });
  }

  Capacity capacity(Call call) {
    String id = Ids.guid("capacityId", call.pathParam("capacityId"));
    return s.content()
        .capacity(id)
        .orElseThrow(() -> PowerBiException.notFound("no capacity " + id));
  }
}
