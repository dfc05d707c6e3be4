package dev.pbiadmin.emulator.graph;

import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import dev.pbiadmin.emulator.http.RequestIds;
import dev.pbiadmin.emulator.spi.EmulatorContext;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal Microsoft Graph on the emulator's server, at Graph's own paths ({@code
 * /v1.0/servicePrincipals/...}; Power BI's are all under {@code /v1.0/myorg}), so the emulator's
 * base URL stands for {@code https://graph.microsoft.com}: a service principal's {@code memberOf}
 * and {@code transitiveMemberOf}, addressed by object id or {@code (appId='...')}, optionally cast
 * to {@code microsoft.graph.group}; and one group by id ({@code /v1.0/groups/{id}}), which {@code
 * pbiadmin settings} uses to name the groups of tenant settings. Tokens must be for Graph's
 * audience; permissions come only from Graph application permissions with admin consent. Must
 * register before the Power BI module, whose {@code /v1.0/*} catch-all would otherwise answer
 * first.
 */
public final class GraphModule implements EmulatorModule {
  /** Graph's resource (the {@code aud} of its tokens). */
  public static final String AUDIENCE = "https://graph.microsoft.com";

  private final AccessTokenValidator tokens;

  public GraphModule(AccessTokenValidator tokens) {
    this.tokens = tokens;
  }

  @Override
  public void register(Javalin app, EmulatorContext context) {
    MemberOf memberOf = new MemberOf(context.directory(), tokens);
    GroupLookup groups = new GroupLookup(context.directory(), tokens);
    app.get(
        "/v1.0/groups/{id}",
        ctx ->
            serve(
                ctx,
                () ->
                    groups.get(
                        ctx.header("Authorization"),
                        ctx.pathParam("id"),
                        ctx.queryParam("$select"))));
    for (String relation : new String[] {"memberOf", "transitiveMemberOf"}) {
      boolean transitive = relation.startsWith("transitive");
      for (String cast : new String[] {"", "/microsoft.graph.group"}) {
        app.get(
            "/v1.0/servicePrincipals/{id}/" + relation + cast,
            ctx -> serve(ctx, () -> memberOf.list(ctx, ctx.pathParam("id"), false, transitive)));
        // GET /servicePrincipals(appId='{appId}')/memberOf: one path segment, so a parameter of its
        // own
        app.get(
            "/v1.0/{key}/" + relation + cast,
            ctx ->
                serve(
                    ctx,
                    () -> memberOf.list(ctx, appIdOf(ctx.pathParam("key")), true, transitive)));
      }
    }
  }

  private static String appIdOf(String segment) {
    String prefix = "servicePrincipals(appId='";
    if (!segment.startsWith(prefix) || !segment.endsWith("')")) {
      throw new GraphError(
          400, "BadRequest", "Resource not found for the segment '" + segment + "'.");
    }
    return segment.substring(prefix.length(), segment.length() - 2);
  }

  private static void serve(Context ctx, java.util.function.Supplier<Map<String, Object>> work) {
    try {
      ctx.status(200).json(work.get());
    } catch (GraphError e) {
      Map<String, Object> inner = new LinkedHashMap<>();
      inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
      inner.put("request-id", RequestIds.of(ctx));
      inner.put(
          "client-request-id",
          ctx.header("client-request-id") == null
              ? RequestIds.of(ctx)
              : ctx.header("client-request-id"));
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", e.code);
      error.put("message", e.getMessage());
      error.put("innerError", inner);
      ctx.status(e.status).json(Map.of("error", error));
    }
  }
}
