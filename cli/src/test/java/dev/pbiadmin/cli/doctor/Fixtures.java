package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pbiadmin.cli.auth.Connections;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built observations for the checks' unit tests. */
final class Fixtures {
  private Fixtures() {}

  static final String TENANT = "11111111-2222-3333-4444-555555555555";
  static final String CLIENT = "aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb";
  static final String OID = "cccccccc-3333-4444-5555-dddddddddddd";
  static final String SECRET = "abc~defghijklmnopqrstuvwxyz0123456789ABC";
  static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Doctor settings resolved exactly as the command line resolves them: tenant, client id and a
   * client secret in AZURE_CLIENT_SECRET, plus {@code more} options (a later option wins).
   */
  static DoctorSettings settings(String... more) {
    return settings(Map.of("AZURE_CLIENT_SECRET", SECRET), more);
  }

  static DoctorSettings settings(Map<String, String> env, String... more) {
    List<String> args = new ArrayList<>(List.of("--tenant", TENANT, "--client-id", CLIENT));
    args.addAll(List.of(more));
    return DoctorSettings.of(Connections.resolve(env, args.toArray(String[]::new)));
  }

  static DoctorContext context(DoctorSettings settings) {
    return new DoctorContext(
        settings,
        Clock.fixed(NOW, ZoneOffset.UTC),
        new Http(HttpClient.newHttpClient()),
        new PrintWriter(Writer.nullWriter()));
  }

  /** A token with the given claims merged over a healthy v1 app-only Power BI token. */
  static Token token(Map<String, Object> overrides) {
    Map<String, Object> claims =
        new java.util.LinkedHashMap<>(
            Map.of(
                "aud",
                "https://analysis.windows.net/powerbi/api",
                "iss",
                "https://sts.windows.net/" + TENANT + "/",
                "tid",
                TENANT,
                "appid",
                CLIENT,
                "appidacr",
                "1",
                "oid",
                OID,
                "sub",
                OID,
                "ver",
                "1.0",
                "iat",
                NOW.getEpochSecond() - 60,
                "exp",
                NOW.getEpochSecond() + 3540));
    claims.putAll(overrides);
    claims.values().removeIf(v -> v == null);
    return new Token("not-a-real-token", JSON.valueToTree(claims), NOW, Optional.empty());
  }

  /** A healthy delegated Power BI token of user {@code upn} with {@code scp}. */
  static Token userToken(String upn, String scp) {
    return token(Map.of("scp", scp, "upn", upn, "idtyp", "user", "appidacr", "0"));
  }

  static Observed response(
      String method, String url, int status, Map<String, List<String>> headers, String body) {
    return new Observed(method, URI.create(url), status, headers, body, null);
  }
}
