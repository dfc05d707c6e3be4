package dev.pbiadmin.emulator.manage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.pbiadmin.emulator.clock.ScaledClock;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.SettingStore;
import dev.pbiadmin.emulator.powerbi.PowerBiState;
import dev.pbiadmin.emulator.store.Database;
import dev.pbiadmin.emulator.throttle.SignInLimiter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management API under {@code /emulator}: change the tenant at runtime and inspect what the
 * Power BI service decided. Every route but {@code /emulator/health} needs the management key (in
 * {@code <dataDir>/emulator.json}) in the {@code X-Emulator-Key} header. See
 * docs/management-api.md.
 */
public final class ManagementApi {
  public static final String KEY_HEADER = "X-Emulator-Key";

  /**
   * Request attribute a module sets to {@code Boolean.TRUE} in a before-handler once it has
   * authenticated the caller another way (the portal's session cookie); server-side only, so a
   * client cannot set it.
   */
  public static final String AUTHENTICATED_ATTRIBUTE = "dev.pbiadmin.emulator.manage.authenticated";

  private static final Logger LOG = LoggerFactory.getLogger(ManagementApi.class);

  private final DirectoryAdmin directory;
  private final SettingsAdmin settings;
  private final WorkspaceAdmin workspaces;
  private final WorkspaceSearch workspaceSearch;
  private final RuntimeAdmin runtime;
  private final Directory tenant;
  private final String key;
  private final SignInLimiter signInLimiter;
  private final ObjectMapper mapper;

  /**
   * @param database where acknowledged content changes are journaled; the journal is replayed over
   *     {@code content} here, before any route serves
   */
  public ManagementApi(
      Directory tenant,
      SettingStore settings,
      TenantContent content,
      Database database,
      ScaledClock clock,
      PowerBiState state,
      String key,
      SignInLimiter signInLimiter) {
    if (key == null || key.length() < 16) {
      throw new IllegalArgumentException("the management key must have at least 16 characters");
    }
    this.tenant = tenant;
    this.directory = new DirectoryAdmin(tenant);
    this.settings = new SettingsAdmin(settings, tenant);
    this.workspaces = new WorkspaceAdmin(content, new ContentJournal(database, content, clock));
    this.workspaceSearch = new WorkspaceSearch(content);
    int replayed = workspaces.replay();
    if (replayed > 0) {
      LOG.info("replayed {} journaled content changes", replayed);
    }
    this.runtime = new RuntimeAdmin(clock, state);
    this.key = key;
    this.signInLimiter = signInLimiter;
    this.mapper =
        new ObjectMapper()
            .registerModule(
                new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
  }

  public void register(Javalin app) {
    app.get(
        "/emulator/health", ctx -> ctx.json(Map.of("status", "ok", "tenantId", tenant.tenantId())));

    get(app, "/emulator/requests", ctx -> runtime.requests(ctx.queryParam("limit")));
    delete(
        app,
        "/emulator/requests",
        ctx -> {
          runtime.clearRequests();
          return null;
        });

    get(app, "/emulator/apps", ctx -> directory.apps());
    get(app, "/emulator/apps/{clientId}", ctx -> directory.app(ctx.pathParam("clientId")));
    put(
        app,
        "/emulator/apps/{clientId}",
        (ctx, b) -> directory.putApp(ctx.pathParam("clientId"), b));
    delete(
        app,
        "/emulator/apps/{clientId}",
        ctx -> {
          directory.deleteApp(ctx.pathParam("clientId"));
          return null;
        });
    post(
        app,
        "/emulator/apps/{clientId}/secrets",
        (ctx, b) -> directory.addSecret(ctx.pathParam("clientId"), b));
    delete(
        app,
        "/emulator/apps/{clientId}/secrets/{secretId}",
        ctx -> directory.removeSecret(ctx.pathParam("clientId"), ctx.pathParam("secretId")));
    put(
        app,
        "/emulator/apps/{clientId}/permissions",
        (ctx, b) -> directory.putPermissions(ctx.pathParam("clientId"), b));
    post(
        app,
        "/emulator/apps/{clientId}/adminConsent",
        (ctx, b) -> directory.adminConsent(ctx.pathParam("clientId"), b));

    get(app, "/emulator/users", ctx -> directory.users());
    put(
        app,
        "/emulator/users/{objectId}",
        (ctx, b) -> directory.putUser(ctx.pathParam("objectId"), b));
    delete(
        app,
        "/emulator/users/{objectId}",
        ctx -> {
          directory.deleteUser(ctx.pathParam("objectId"));
          return null;
        });

    get(app, "/emulator/groups", ctx -> directory.groups());
    put(
        app,
        "/emulator/groups/{groupId}",
        (ctx, b) -> directory.putGroup(ctx.pathParam("groupId"), b));
    delete(
        app,
        "/emulator/groups/{groupId}",
        ctx -> {
          directory.deleteGroup(ctx.pathParam("groupId"));
          return null;
        });
    post(
        app,
        "/emulator/groups/{groupId}/members",
        (ctx, b) -> directory.addMember(ctx.pathParam("groupId"), b));
    delete(
        app,
        "/emulator/groups/{groupId}/members/{memberId}",
        ctx -> directory.removeMember(ctx.pathParam("groupId"), ctx.pathParam("memberId")));

    get(app, "/emulator/settings", ctx -> settings.settings());
    get(app, "/emulator/settings/{name}", ctx -> settings.setting(ctx.pathParam("name")));
    put(
        app,
        "/emulator/settings/{name}",
        (ctx, b) -> settings.putSetting(ctx.pathParam("name"), b));
    get(app, "/emulator/setting-overrides", ctx -> settings.overrides());
    put(
        app,
        "/emulator/setting-overrides/{scope}/{scopeId}/{name}",
        (ctx, b) ->
            settings.putOverride(
                ctx.pathParam("scope"), ctx.pathParam("scopeId"), ctx.pathParam("name"), b));
    delete(
        app,
        "/emulator/setting-overrides/{scope}/{scopeId}/{name}",
        ctx ->
            settings.deleteOverride(
                ctx.pathParam("scope"), ctx.pathParam("scopeId"), ctx.pathParam("name")));

    get(
        app,
        "/emulator/workspaces",
        ctx ->
            workspaceSearch.summary(
                ctx.queryParam("search"), ctx.queryParam("skip"), ctx.queryParam("top")));
    get(app, "/emulator/workspaces/{id}", ctx -> workspaces.workspace(ctx.pathParam("id")));
    put(app, "/emulator/workspaces/{id}", (ctx, b) -> workspaces.put(ctx.pathParam("id"), b));
    delete(app, "/emulator/workspaces/{id}", ctx -> workspaces.delete(ctx.pathParam("id")));
    post(app, "/emulator/workspaces/{id}/touch", (ctx, b) -> workspaces.touch(ctx.pathParam("id")));
    post(
        app,
        "/emulator/workspaces/{id}/users",
        (ctx, b) -> workspaces.putUser(ctx.pathParam("id"), b));
    delete(
        app,
        "/emulator/workspaces/{id}/users/{identifier}",
        ctx -> workspaces.removeUser(ctx.pathParam("id"), ctx.pathParam("identifier")));

    get(app, "/emulator/faults", ctx -> runtime.faults());
    put(app, "/emulator/faults", (ctx, b) -> runtime.putFaults(b));
    delete(app, "/emulator/faults", ctx -> runtime.clearFaults());
    get(app, "/emulator/time", ctx -> runtime.time());
    post(app, "/emulator/time/advance", (ctx, b) -> runtime.advance(b));
    get(app, "/emulator/throttling", ctx -> runtime.throttling());
    put(app, "/emulator/throttling", (ctx, b) -> runtime.putThrottling(b));
    post(app, "/emulator/throttling/reset", (ctx, b) -> runtime.resetThrottling());
    delete(
        app,
        "/emulator/scans",
        ctx -> {
          runtime.clearScans();
          return null;
        });
  }

  private void get(Javalin app, String path, Function<Context, Object> handler) {
    app.get(path, guarded(handler));
  }

  private void delete(Javalin app, String path, Function<Context, Object> handler) {
    app.delete(path, guarded(handler));
  }

  private void put(Javalin app, String path, BodyHandler handler) {
    app.put(path, guarded(ctx -> handler.handle(ctx, Body.read(ctx, mapper))));
  }

  private void post(Javalin app, String path, BodyHandler handler) {
    app.post(path, guarded(ctx -> handler.handle(ctx, Body.read(ctx, mapper))));
  }

  private Handler guarded(Function<Context, Object> handler) {
    return ctx -> {
      try {
        if (!Boolean.TRUE.equals(ctx.attribute(AUTHENTICATED_ATTRIBUTE))) {
          requireKey(ctx.ip(), ctx.header(KEY_HEADER));
        }
        Object result = handler.apply(ctx);
        if (result == null) {
          ctx.status(204);
        } else {
          ctx.contentType("application/json; charset=utf-8")
              .result(mapper.writeValueAsBytes(result));
        }
      } catch (ManagementException e) {
        if (e.retryAfterSeconds > 0) {
          ctx.header("Retry-After", Long.toString(e.retryAfterSeconds));
        }
        ctx.status(e.status)
            .contentType("application/json; charset=utf-8")
            .result(
                mapper.writeValueAsBytes(
                    Map.of("error", Map.of("code", e.code, "message", e.getMessage()))));
      } catch (IllegalArgumentException e) {
        ctx.status(400)
            .contentType("application/json; charset=utf-8")
            .result(
                mapper.writeValueAsBytes(
                    Map.of(
                        "error",
                        Map.of("code", "BadRequest", "message", String.valueOf(e.getMessage())))));
      } catch (RuntimeException e) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500)
            .contentType("application/json; charset=utf-8")
            .result(
                mapper.writeValueAsBytes(
                    Map.of(
                        "error",
                        Map.of(
                            "code",
                            "InternalServerError",
                            "message",
                            "the emulator failed to apply the change; see its log"))));
      }
    };
  }

  private void requireKey(String address, String presented) {
    if (presented != null) {
      // refused before the comparison, so the answer while limited says nothing about the key
      java.time.Duration wait = signInLimiter.waitBeforeAttempt(address);
      if (!wait.isZero()) {
        throw new ManagementException(
            429,
            "TooManyRequests",
            "too many wrong management keys from this address;"
                + " try again in "
                + wait.toSeconds()
                + " seconds",
            wait.toSeconds());
      }
    }
    boolean ok =
        presented != null
            && MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      if (presented != null) {
        signInLimiter.failed(address);
      }
      throw new ManagementException(
          401,
          "Unauthorized",
          "the management API needs the key from emulator.json in the " + KEY_HEADER + " header");
    }
  }

  @FunctionalInterface
  private interface BodyHandler {
    Object handle(Context ctx, Body body);
  }
}
