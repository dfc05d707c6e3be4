package dev.pbiadmin.cli.doctor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Directory role templates that administer Fabric: Fabric Administrator, Global Administrator and
   * Power Platform Administrator (Microsoft Entra built-in roles reference).
   */
  static final Set<String> FABRIC_ADMIN_ROLES =
      Set.of(
          "a9ea8996-122f-4c74-9520-8edcd192826c",
          "62e90394-69f5-4237-9190-012177145e10",
          "11648597-926c-4cf3-9c36-bcebb0ba8dcc");

  /** A signed-in user's token: it carries {@code scp}, or says {@code idtyp user}. */
  boolean delegated() {
    return !claim("scp").isEmpty() || "user".equals(claim("idtyp"));
  }

  /** The delegated permissions in {@code scp}, space-separated in the token. */
  List<String> scopes() {
    String scp = claim("scp").strip();
    return scp.isEmpty() ? List.of() : List.of(scp.split("\\s+"));
  }

  /** The user's name as the token gives it, or its object id. */
  String userName() {
    for (String name : List.of("upn", "unique_name", "preferred_username")) {
      if (!claim(name).isEmpty()) {
        return claim(name);
      }
    }
    return "user " + claim("oid");
  }

  /**
   * Whether {@code wids} (the user's directory roles, present only when the resource asks for it)
   * lists a role that administers Fabric; empty when the token has no {@code wids}.
   */
  Optional<Boolean> fabricAdministrator() {
    JsonNode wids = claims.path("wids");
    if (!wids.isArray()) {
      return Optional.empty();
    }
    for (JsonNode role : wids) {
      if (FABRIC_ADMIN_ROLES.contains(role.asText().toLowerCase(Locale.ROOT))) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  List<String> roles() {
    List<String> roles = new ArrayList<>();
    claims.path("roles").forEach(r -> roles.add(r.asText()));
    return roles;
  }

  Optional<Instant> instant(String claim) {
    JsonNode node = claims.path(claim);
    return node.canConvertToLong()
        ? Optional.of(Instant.ofEpochSecond(node.asLong()))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "Token[***]";
  }
}
