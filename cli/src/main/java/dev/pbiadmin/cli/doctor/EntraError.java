package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error body from the Entra ID token endpoint: the OAuth {@code error}, the first AADSTS code
 * and the first line of {@code error_description} (the rest is trace boilerplate, kept as ids).
 */
record EntraError(
    String error, int aadsts, String description, String traceId, String correlationId) {

  /** Parses an Entra error body; {@code null} when the body is not one. */
  static EntraError parse(JsonNode body) {
    if (!body.hasNonNull("error")) {
      return null;
    }
    String description = body.path("error_description").asText("");
    int firstBreak =
        description.indexOf('\r') >= 0 ? description.indexOf('\r') : description.indexOf('\n');
    String firstLine = firstBreak >= 0 ? description.substring(0, firstBreak) : description;
    int code = body.path("error_codes").path(0).asInt(0);
    if (code == 0 && firstLine.startsWith("AADSTS")) {
      String digits = firstLine.substring(6).replaceAll("^(\\d+).*", "$1");
      code = digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }
    return new EntraError(
        body.path("error").asText(),
        code,
        firstLine.strip(),
        body.path("trace_id").asText(""),
        body.path("correlation_id").asText(""));
  }

  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");
  private static final Pattern TRACE = Pattern.compile("Trace ID: ([0-9a-fA-F-]+)");
  private static final Pattern CORRELATION = Pattern.compile("Correlation ID: ([0-9a-fA-F-]+)");

  /**
   * The Entra error inside a library's message (MSAL and azure-identity quote the description);
   * {@code null} when the message names no AADSTS code. The OAuth {@code error} is not in it.
   */
  static EntraError fromMessage(String message) {
    Matcher code = AADSTS.matcher(message);
    if (!code.find()) {
      return null;
    }
    String from = message.substring(code.start());
    String firstLine = from.lines().findFirst().orElse(from);
    int trace = firstLine.indexOf(" Trace ID:");
    Matcher traceId = TRACE.matcher(from);
    Matcher correlationId = CORRELATION.matcher(from);
    return new EntraError(
        "",
        Integer.parseInt(code.group(1)),
        (trace > 0 ? firstLine.substring(0, trace) : firstLine).strip(),
        traceId.find() ? traceId.group(1) : "",
        correlationId.find() ? correlationId.group(1) : "");
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
