package dev.pbiadmin.cli.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of an access token, decoded for display only: the signature is not checked (Power BI
 * checks it; we only show the admin what the token says).
 */
public record JwtClaims(ObjectNode payload) {
  /** The claims an admin needs to see to understand a token, in display order. */
  public static final List<String> SHOWN =
      List.of("aud", "iss", "tid", "appid", "azp", "oid", "idtyp", "roles", "scp", "upn", "ver");

  public static JwtClaims decode(String token) {
    String[] parts = token.split("\\.");
    if (parts.length < 2) {
      throw new IllegalArgumentException(
          "the token is not a JWT (expected header.payload.signature)");
    }
    try {
      JsonNode node = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
      if (!(node instanceof ObjectNode object)) {
        throw new IllegalArgumentException("the token's payload is not a JSON object");
      }
      return new JwtClaims(object);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the token's payload cannot be decoded: " + e.getMessage(), e);
    }
  }

  public Optional<Instant> expiresAt() {
    JsonNode exp = payload.path("exp");
    return exp.canConvertToLong()
        ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
        : Optional.empty();
  }

  /** The shown claims that are present, as display strings (arrays joined by commas). */
  public Map<String, String> shown() {
    Map<String, String> result = new LinkedHashMap<>();
    for (String name : SHOWN) {
      JsonNode value = payload.get(name);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isArray()) {
        List<String> items = new java.util.ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        result.put(name, String.join(",", items));
      } else {
        result.put(name, value.asText());
      }
    }
    return result;
  }

  /** Human "expires in 59m 58s" relative to {@code now}. */
  public static String describe(Duration left) {
    if (left.isNegative()) {
      return "expired " + describe(left.negated()) + " ago";
    }
    long minutes = left.toMinutes();
    return (minutes > 0 ? minutes + "m " : "") + left.toSecondsPart() + "s";
  }
}
