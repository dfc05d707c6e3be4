package dev.pbiadmin.emulator.entra;

import dev.pbiadmin.emulator.spi.EmulatorContext;
import dev.pbiadmin.emulator.spi.EmulatorModule;
import io.javalin.Javalin;
import java.time.Clock;

/** The emulated Entra ID token service: token endpoints, discovery, keys. */
public final class EntraModule implements EmulatorModule {
  private final SigningKeys keys;

  public EntraModule(SigningKeys keys) {
    this.keys = keys;
  }

  @Override
  public void register(Javalin app, EmulatorContext context) {
    TokenMinter minter = new TokenMinter(keys, context.clock(), context.config().tokenLifetime());
    TokenEndpoint token =
        new TokenEndpoint(context, minter, new ClientAssertionVerifier(Clock.systemUTC()));
    DiscoveryEndpoints discovery = new DiscoveryEndpoints(context, keys);
    EntraErrorRenderer renderer = new EntraErrorRenderer(context.clock());

    app.post("/{tenant}/oauth2/v2.0/token", token::v2);
    app.post("/{tenant}/oauth2/token", token::v1);
    app.get("/{tenant}/v2.0/.well-known/openid-configuration", discovery::v2Configuration);
    app.get("/{tenant}/.well-known/openid-configuration", discovery::v1Configuration);
    app.get("/{tenant}/discovery/v2.0/keys", discovery::keys);
    app.get("/{tenant}/discovery/keys", discovery::keys);
    app.get("/common/discovery/instance", discovery::instance);
    app.get("/common/userrealm/{username}", new UserRealmEndpoint(context::directory)::realm);
    app.exception(EntraError.class, renderer::render);
  }
}
