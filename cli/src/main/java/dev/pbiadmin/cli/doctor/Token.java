package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * An access token the doctor acquired, with its decoded claims. The raw value is only ever sent as
 * a bearer header; {@link #toString()} hides it.
 *
 * @param value the raw JWT
 * @param claims the decoded payload (not signature-checked: the doctor reads, Power BI validates)
 * @param receivedAt local time the token endpoint answered
 * @param serverDate the token endpoint's {@code Date} header, if any
 */
record Token(String value, JsonNode claims, Instant receivedAt, Optional<Instant> serverDate) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Decodes the payload of a JWT; a missing node when it is not one. */
  static JsonNode decodeClaims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return MissingNode.getInstance();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
    } catch (Exception notAJwt) {
      return MissingNode.getInstance();
    }
  }

  String claim(String name) {
    JsonNode node = claims.path(name);
    return node.isMissingNode() || node.isNull() ? "" : node.asText();
  }

  List<String> roles() {
    List<String> roles = new ArrayList<>();
    claims.path("roles").forEach(r -> roles.add(r.asText()));
    return roles;
  }

  Optional<Instant> instant(String claim) {
    JsonNode node = claims.path(claim);
    return node.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(node.asLong())) : Optional.empty();
  }

  @Override
  public String toString() {
    return "Token[***]";
  }
}
