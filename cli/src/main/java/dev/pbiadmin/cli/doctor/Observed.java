package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange as the doctor saw it: the status, headers and body, or the transport error when
 * no response came back. The URL never carries a secret (secrets travel in form bodies).
 */
record Observed(
    String method,
    URI url,
    int status,
    Map<String, List<String>> headers,
    String body,
    String transportError) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Observed failed(String method, URI url, String transportError) {
    return new Observed(method, url, 0, Map.of(), "", transportError);
  }

  boolean answered() {
    return transportError == null;
  }

  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst();
  }

  /** The body as JSON, or a missing node when it is not JSON. */
  JsonNode json() {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (Exception notJson) {
      return MissingNode.getInstance();
    }
  }

  /** Power BI's {@code error.code}, or {@code ""}. */
  String powerBiErrorCode() {
    return json().path("error").path("code").asText("");
  }

  /**
   * "GET https://…/groups → 401 PowerBINotAuthorizedException (RequestId …)" for evidence lists.
   */
  String describe() {
    if (!answered()) {
      return method + " " + url + " → no response: " + transportError;
    }
    StringBuilder line = new StringBuilder(method + " " + url + " → " + status);
    String code = powerBiErrorCode();
    if (!code.isEmpty()) {
      line.append(' ').append(code);
    }
    header("RequestId").ifPresent(id -> line.append(" (RequestId ").append(id).append(')'));
    return line.toString();
  }
}
