package dev.pbiadmin.emulator.entra;

import dev.pbiadmin.emulator.directory.Directory;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /common/userrealm/{username}?api-version=1.0}: the home-realm lookup MSAL (and so
 * azure-identity) makes before a username/password grant, to decide between a plain password grant
 * (managed account) and WS-Trust (federated). Entra answers by the username's domain alone, 200 in
 * both cases: {@code Managed} with the verified domain for its own tenants' domains, {@code
 * Unknown} for any other. The emulator has no federated domains.
 */
final class UserRealmEndpoint {
  private static final String CLOUD_INSTANCE = "microsoftonline.com";
  private static final String CLOUD_AUDIENCE = "urn:federation:MicrosoftOnline";

  private final Supplier<Directory> directory;

  UserRealmEndpoint(Supplier<Directory> directory) {
    this.directory = directory;
  }

  void realm(Context ctx) {
    String username = ctx.pathParam("username");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ver", "1.0");
    Optional<String> domain = verifiedDomain(username);
    if (domain.isPresent()) {
      body.put("account_type", "Managed");
      body.put("domain_name", domain.get());
      body.put("cloud_instance_name", CLOUD_INSTANCE);
      body.put("cloud_audience_urn", CLOUD_AUDIENCE);
    } else {
      body.put("account_type", "Unknown");
      body.put("cloud_instance_name", CLOUD_INSTANCE);
    }
    ctx.json(body);
  }

  private Optional<String> verifiedDomain(String username) {
    int at = username.lastIndexOf('@');
    if (at < 0 || at == username.length() - 1) {
      return Optional.empty();
    }
    String domain = username.substring(at + 1).toLowerCase(Locale.ROOT);
    return directory.get().domains().stream().filter(d -> d.equalsIgnoreCase(domain)).findFirst();
  }
}
