package dev.pbiadmin.emulator.powerbi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.emulator.content.ActivityLog;
import dev.pbiadmin.emulator.content.ContentGenerator;
import dev.pbiadmin.emulator.content.ContentSet;
import dev.pbiadmin.emulator.content.Principal;
import dev.pbiadmin.emulator.content.TenantContent;
import dev.pbiadmin.emulator.content.TenantFileContent;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.entra.AccessTokenValidator;
import dev.pbiadmin.emulator.entra.TokenRejectedException;
import dev.pbiadmin.emulator.entra.ValidatedToken;
import dev.pbiadmin.emulator.spi.EmulatorContext;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The Power BI service: the admin and non-admin REST APIs under {@code /v1.0/myorg}, with Power
 * BI's authorization decision, quotas and error shapes. Generates the tenant's content from the
 * configured seed when it registers.
 */
public final class PowerBiModule implements EmulatorModule {
  private final PowerBiState state;
  private final AccessTokenValidator tokens;

  public PowerBiModule(PowerBiState state, AccessTokenValidator tokens) {
    this.state = state;
    this.tokens = tokens;
  }

  @Override
  public void register(Javalin app, EmulatorContext context) {
    Directory directory = context.directory();
    ContentSet generated =
        ContentGenerator.generate(
            new ContentGenerator.Options(
                context.config().demoWorkspaces(),
                context.config().seed(),
                context.clock().instant(),
                directory.domains().get(0),
                knownPrincipals(directory)));
    // the tenant file's content: section, stored when the data directory was seeded
    TenantContent content =
        new TenantContent(
            context
                .database()
                .setting("tenant.content")
                .map(
                    json ->
                        generated.mergedWith(
                            TenantFileContent.parse(json)
                                .toContentSet(
                                    context.clock().instant(), directory.domains().get(0))))
                .orElse(generated));
    state.useContent(content);
    int workspaces = content.workspaces().size();
    ActivityLog activity =
        new ActivityLog(
            content,
            context.config().seed(),
            state.activityEventsPerDay(workspaces),
            context.clock(),
            directory.tenantId());
    state.useActivityLog(activity);

    Authorizer authorizer = new Authorizer(directory, context.settings());
    ObjectMapper mapper = new ObjectMapper();
    JsonWriter json = new JsonWriter(mapper);
    Service service =
        new Service(
            content,
            directory,
            authorizer,
            state,
            context.clock(),
            () -> context.baseUrl().toString(),
            new ODataList(mapper.getFactory()),
            json);
    Pipeline pipeline =
        new Pipeline(
            new PipelineParts(
                context.clock(),
                authorizer,
                state.rateLimiter(),
                state.faults(),
                state.requestLog()),
            tokens(tokens),
            json);
    new Routes(app, pipeline).register(service, activity, activityTokenKey(context));
  }

  /**
   * The key that signs GetActivityEvents continuation tokens, kept in the data directory so a token
   * handed out before a restart is still honoured after it.
   */
  private static byte[] activityTokenKey(EmulatorContext context) {
    String key =
        context
            .database()
            .settingOrCreate(
                "powerbi.activityTokenKey",
                () -> {
                  byte[] fresh = new byte[32];
                  new SecureRandom().nextBytes(fresh);
                  return Base64.getEncoder().encodeToString(fresh);
                });
    return Base64.getDecoder().decode(key);
  }

  /** The directory's apps and users, so the generator can give them roles in a few workspaces. */
  private static List<Principal> knownPrincipals(Directory directory) {
    List<Principal> known = new ArrayList<>();
    directory
        .apps()
        .forEach(a -> known.add(Principal.app(a.servicePrincipalId(), a.displayName())));
    directory
        .users()
        .forEach(
            u ->
                known.add(
                    Principal.user(u.userPrincipalName(), u.displayName(), u.objectId(), false)));
    return known;
  }

  /** Adapts the Entra module's validator: expired → 403 TokenExpired, anything else → 401. */
  static TokenReader tokens(AccessTokenValidator validator) {
    return header -> {
      try {
        ValidatedToken token = validator.validate(header);
        return Caller.of(token);
      } catch (TokenRejectedException e) {
        if (e.isExpired()) {
          throw PowerBiException.tokenExpired();
        }
        throw PowerBiException.notAuthorized(
            "TOKEN_" + e.reason().name(), "bearer token rejected: " + e.getMessage());
      }
    };
  }
}
