package dev.pbiadmin.cli.auth;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * Everything a command needs to talk to Power BI: a credential, the scope to ask it for, the API's
 * base URL and, for an emulator, the TLS context that trusts its CA.
 *
 * @param who a human description of the identity, never containing a secret
 * @param timeScale how much faster than real time the service's clock runs: 1 for Power BI, an
 *     emulator's {@code --time-scale} otherwise; hourly budgets and poll intervals shrink by it
 * @param fabricApiUrl the Fabric REST API's base URL, empty for a cloud whose Fabric endpoint is
 *     not known (then {@code --fabric-api-url} names it)
 * @param graphUrl Microsoft Graph's base URL, empty for a cloud pbiadmin does not know it for
 */
public record Connection(
    TokenCredential credential,
    String scope,
    String apiUrl,
    Optional<SSLContext> sslContext,
    String who,
    double timeScale,
    Optional<String> fabricApiUrl,
    Optional<String> graphUrl) {

  public TokenRequestContext tokenRequest() {
    return new TokenRequestContext().addScopes(scope);
  }
}
