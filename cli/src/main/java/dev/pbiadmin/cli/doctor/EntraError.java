package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An error body from the Entra ID token endpoint: the OAuth {@code error}, the first AADSTS code and
 * the first line of {@code error_description} (the rest is trace boilerplate, kept as ids).
 */
record EntraError(String error, int aadsts, String description, String traceId, String correlationId) {

  /** Parses an Entra error body; {@code null} when the body is not one. */
  static EntraError parse(JsonNode body) {
    if (!body.hasNonNull("error")) {
      return null;
    }
    String description = body.path("error_description").asText("");
    int firstBreak = description.indexOf('\r') >= 0 ? description.indexOf('\r') : description.indexOf('\n');
    String firstLine = firstBreak >= 0 ? description.substring(0, firstBreak) : description;
    int code = body.path("error_codes").path(0).asInt(0);
    if (code == 0 && firstLine.startsWith("AADSTS")) {
      String digits = firstLine.substring(6).replaceAll("^(\\d+).*", "$1");
      code = digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }
    return new EntraError(body.path("error").asText(), code, firstLine.strip(),
        body.path("trace_id").asText(""), body.path("correlation_id").asText(""));
  }

  String codeName() {
    return aadsts == 0 ? error : "AADSTS" + aadsts;
  }

  List<String> evidence(Observed response) {
    List<String> lines = new ArrayList<>();
    lines.add(response.method() + " " + response.url() + " → " + response.status() + " " + error);
    lines.add(description);
    if (!traceId.isEmpty()) {
      lines.add("Trace ID " + traceId + ", Correlation ID " + correlationId);
    }
    return lines;
  }
}
