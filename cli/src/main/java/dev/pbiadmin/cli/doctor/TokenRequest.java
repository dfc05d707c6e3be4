package dev.pbiadmin.cli.doctor;

import dev.pbiadmin.cli.auth.CredentialSource;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A raw token request with the configured credential, as azure-identity would send it: the
 * client-credentials grant with the secret or a freshly signed assertion, or the password grant of
 * a public client (no client credential) for a master account.
 */
final class TokenRequest {
  private TokenRequest() {}

  /**
   * @param version {@code v1} ({@code /oauth2/token}) or {@code v2} ({@code /oauth2/v2.0/token})
   * @param targetName {@code scope} or {@code resource}
   */
  static Observed send(DoctorContext context, String version, String targetName, String target) {
    DoctorSettings s = context.settings();
    URI endpoint = context.tokenEndpoint(version);
    Map<String, String> form = new LinkedHashMap<>();
    CredentialSource source = s.connection().credential();
    if (source instanceof CredentialSource.UserPassword user) {
      form.put("grant_type", "password");
      form.put("client_id", s.clientId());
      form.put("username", user.username());
      form.put("password", user.password());
      form.put(targetName, target);
      return context.http().postForm(endpoint, form);
    }
    form.put("grant_type", "client_credentials");
    form.put("client_id", s.clientId());
    form.put(targetName, target);
    Optional<CertificateCredential> certificate = context.certificate();
    if (certificate.isPresent()) {
      try {
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put(
            "client_assertion",
            certificate.get().signAssertion(endpoint, s.clientId(), context.clock().instant()));
      } catch (Exception e) {
        return Observed.failed(
            "POST", endpoint, "cannot sign the client assertion: " + e.getMessage());
      }
    } else if (source instanceof CredentialSource.ClientSecret secret) {
      form.put("client_secret", secret.value());
    }
    return context.http().postForm(endpoint, form);
  }
}
