package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built observations for the checks' unit tests. */
final class Fixtures {
  private Fixtures() {}

  static final String TENANT = "11111111-2222-3333-4444-555555555555";
  static final String CLIENT = "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb";
  static final String OID = "cccccccc-3333-4444-5555-dddddddddddd";
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  static DoctorSettings.Builder settings() {
    return DoctorSettings.builder().tenant(TENANT).clientId(CLIENT).clientSecret("abc~defghijklmnopqrstuvwxyz0123456789ABC");
  }

  static DoctorContext context(DoctorSettings settings) {
    return new DoctorContext(settings, Clock.fixed(NOW, ZoneOffset.UTC), new Http(HttpClient.newHttpClient()));
  }

  /** A token with the given claims merged over a healthy v1 app-only Power BI token. */
  static Token token(Map<String, Object> overrides) {
    Map<String, Object> claims = new java.util.LinkedHashMap<>(Map.of(
        "aud", DoctorSettings.POWER_BI_RESOURCE,
        "iss", "https://sts.windows.net/" + TENANT + "/",
        "tid", TENANT, "appid", CLIENT, "appidacr", "1", "oid", OID, "sub", OID, "ver", "1.0",
        "iat", NOW.getEpochSecond() - 60, "exp", NOW.getEpochSecond() + 3540));
    claims.putAll(overrides);
    claims.values().removeIf(v -> v == null);
    return new Token("not-a-real-token", JSON.valueToTree(claims), NOW, Optional.empty());
  }

  static Observed response(String method, String url, int status, Map<String, List<String>> headers, String body) {
    return new Observed(method, URI.create(url), status, headers, body, null);
  }
}
