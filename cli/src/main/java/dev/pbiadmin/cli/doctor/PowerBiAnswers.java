package dev.pbiadmin.cli.doctor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explanations for the Power BI answers every probe can meet whatever it asked: no answer, 403
 * {@code TokenExpired}, 429 with {@code Retry-After} (naming the operation's documented limit).
 */
final class PowerBiAnswers {
  private PowerBiAnswers() {}

  /** Documented limits, from each operation's "Limitations" in the Power BI REST reference. */
  private static final Map<String, String> LIMITS =
      Map.of(
          "/admin/capacities", "GetCapacitiesAsAdmin allows 200 requests per hour",
          "/admin/groups",
              "GetGroupsAsAdmin allows 50 requests per hour or 15 requests per minute, per tenant",
          "/admin/workspaces/modified", "GetModifiedWorkspaces allows 30 requests per hour",
          "/admin/workspaces/getInfo",
              "PostWorkspaceInfo allows 500 requests per hour and 16 simultaneous requests",
          "/admin/workspaces/scanStatus", "GetScanStatus allows 10,000 requests per hour",
          "/admin/workspaces/scanResult", "GetScanResult allows 500 requests per hour");

  /** A diagnosis for an answer that means the same for every probe, or empty. */
  static Optional<Diagnosis> common(Observed r, Instant now) {
    if (!r.answered()) {
      return Optional.of(
          Diagnosis.of(
              "ApiUnreachable",
              "No answer from the Power BI API: network, proxy, DNS or TLS trouble.",
              List.of(r.describe()),
              List.of(
                  "Check that this machine can open "
                      + r.url().getScheme()
                      + "://"
                      + r.url().getAuthority()
                      + "."),
              null));
    }
    if (r.status() == 403 && "TokenExpired".equals(r.powerBiErrorCode())) {
      return Optional.of(
          Diagnosis.of(
              "TokenExpired",
              "Power BI says the token has expired, though it was acquired moments ago: the token"
                  + " lifetime is very short or this computer's clock is far off.",
              List.of(r.describe(), r.json().path("error").path("message").asText("")),
              List.of(
                  "Compare the lifetime and clock findings of the Token contents check.",
                  "Synchronise the system clock (NTP); check for a token lifetime policy on the app"
                      + " in Microsoft Entra ID."),
              Portal.DOCS_TROUBLESHOOT_REST));
    }
    if (r.status() == 429) {
      return Optional.of(throttled(r, now));
    }
    return Optional.empty();
  }

  static Diagnosis throttled(Observed r, Instant now) {
    String path = r.url().getPath();
    String limit =
        LIMITS.entrySet().stream()
            .filter(e -> path.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(
                "this operation's limit is in its Limitations section of the Power BI REST"
                    + " reference");
    Optional<Long> retryAfter = r.header("Retry-After").flatMap(PowerBiAnswers::seconds);
    List<String> evidence = new ArrayList<>(List.of(r.describe()));
    r.header("Retry-After").ifPresent(v -> evidence.add("Retry-After: " + v));
    String message = r.json().path("message").asText("");
    if (!message.isEmpty()) {
      evidence.add(message);
    }
    String frees =
        retryAfter
            .map(s -> "It frees in " + s + " s, at " + now.plusSeconds(s) + ".")
            .orElse("Power BI did not say when it frees (no Retry-After).");
    return Diagnosis.of(
        DoctorReport.THROTTLED_CODE,
        "Power BI is throttling this tenant: "
            + limit
            + ". "
            + frees
            + " The budget is shared with every other tool using the admin APIs in this tenant.",
        evidence,
        List.of(
            retryAfter
                .map(s -> "Wait until " + now.plusSeconds(s) + " and run the doctor again.")
                .orElse("Wait, then run the doctor again."),
            "If a scheduled inventory or another tool runs at the same time, move one of them."),
        Portal.DOCS_THROTTLING);
  }

  private static Optional<Long> seconds(String value) {
    try {
      return Optional.of(Long.parseLong(value.trim()));
    } catch (NumberFormatException notSeconds) {
      return Optional.empty();
    }
  }
}
