package dev.pbiadmin.cli.doctor;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A raw client-credentials request with the configured secret or a freshly signed assertion. */
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
    form.put("grant_type", "client_credentials");
    form.put("client_id", s.clientId().trim());
    form.put(targetName, target);
    Optional<CertificateCredential> certificate = context.certificate();
    if (certificate.isPresent()) {
      try {
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion",
            certificate.get().signAssertion(endpoint, s.clientId().trim(), context.clock().instant()));
      } catch (Exception e) {
        return Observed.failed("POST", endpoint, "cannot sign the client assertion: " + e.getMessage());
      }
    } else {
      form.put("client_secret", s.clientSecret());
    }
    return context.http().postForm(endpoint, form);
  }
}
