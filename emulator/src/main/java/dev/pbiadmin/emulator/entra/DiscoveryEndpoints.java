package dev.pbiadmin.emulator.entra;

import dev.pbiadmin.emulator.spi.EmulatorContext;
import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenID discovery (v1 and v2), the JWKS they name, and the instance-discovery document MSAL
 * libraries ask for (reference §1.7). {@code common}/{@code organizations} documents carry the
 * literal {@code {tenantid}} placeholder in {@code issuer}, as Entra's do.
 */
final class DiscoveryEndpoints {
  private final EmulatorContext context;
  private final SigningKeys keys;

  DiscoveryEndpoints(EmulatorContext context, SigningKeys keys) {
    this.context = context;
    this.keys = keys;
  }

  void v2Configuration(Context ctx) {
    String tenant = tenantSegment(ctx);
    String base = context.baseUrl() + "/" + tenant;
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("token_endpoint", base + "/oauth2/v2.0/token");
    doc.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_post", "private_key_jwt", "client_secret_basic"));
    doc.put("jwks_uri", base + "/discovery/v2.0/keys");
    doc.put("response_modes_supported", List.of("query", "fragment", "form_post"));
    doc.put("subject_types_supported", List.of("pairwise"));
    doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
    doc.put(
        "response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
    doc.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
    doc.put("issuer", context.baseUrl() + "/" + issuerTenant(tenant) + "/v2.0");
    doc.put("request_uri_parameter_supported", false);
    doc.put("authorization_endpoint", base + "/oauth2/v2.0/authorize");
    doc.put("device_authorization_endpoint", base + "/oauth2/v2.0/devicecode");
    doc.put("end_session_endpoint", base + "/oauth2/v2.0/logout");
    doc.put("tenant_region_scope", "NA");
    doc.put("cloud_instance_name", "microsoftonline.com");
    doc.put("msgraph_host", "graph.microsoft.com");
    ctx.json(doc);
  }

  void v1Configuration(Context ctx) {
    String tenant = tenantSegment(ctx);
    String base = context.baseUrl() + "/" + tenant;
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("token_endpoint", base + "/oauth2/token");
    doc.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_post", "private_key_jwt", "client_secret_basic"));
    doc.put("jwks_uri", context.baseUrl() + "/common/discovery/keys");
    doc.put("response_modes_supported", List.of("query", "fragment", "form_post"));
    doc.put("subject_types_supported", List.of("pairwise"));
    doc.put("id_token_signing_alg_values_supported", List.of("RS256"));
    doc.put(
        "response_types_supported",
        List.of("code", "id_token", "code id_token", "token id_token", "token"));
    doc.put("scopes_supported", List.of("openid"));
    doc.put("issuer", "https://sts.windows.net/" + issuerTenant(tenant) + "/");
    doc.put("authorization_endpoint", base + "/oauth2/authorize");
    doc.put("tenant_region_scope", "NA");
    doc.put("cloud_instance_name", "microsoftonline.com");
    ctx.json(doc);
  }

  void keys(Context ctx) {
    tenantSegment(ctx);
    ctx.json(keys.publicJwks().toJSONObject(true));
  }

  /**
   * {@code GET /common/discovery/instance?api-version=1.1&authorization_endpoint=...}: this server
   * is its own (only) alias, so clients keep talking to it.
   */
  void instance(Context ctx) {
    String authorize = ctx.queryParam("authorization_endpoint");
    URI uri;
    try {
      uri = authorize == null ? null : URI.create(authorize);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    String[] segments =
        uri == null || uri.getPath() == null ? new String[0] : uri.getPath().split("/");
    if (uri == null || uri.getHost() == null || segments.length < 2 || !isOurHost(uri)) {
      throw new EntraError(400, "invalid_instance", 50049, "Unknown or invalid instance.");
    }
    String host = uri.getHost();
    String tenant = segments[1];
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(
        "tenant_discovery_endpoint",
        context.baseUrl() + "/" + tenant + "/v2.0/.well-known/openid-configuration");
    doc.put("api-version", "1.1");
    doc.put(
        "metadata",
        List.of(
            Map.of(
                "preferred_network", host,
                "preferred_cache", host,
                "aliases", List.of(host))));
    ctx.json(doc);
  }

  private boolean isOurHost(URI uri) {
    return uri.getPort() == context.baseUrl().getPort()
        && (uri.getHost().equals("127.0.0.1") || uri.getHost().equalsIgnoreCase("localhost"));
  }

  private String tenantSegment(Context ctx) {
    String tenant = ctx.pathParam("tenant");
    boolean multi =
        tenant.equalsIgnoreCase("common")
            || tenant.equalsIgnoreCase("organizations")
            || tenant.equalsIgnoreCase("consumers");
    if (!multi && !context.directory().isThisTenant(tenant)) {
      throw new EntraError(
          400, "invalid_tenant", 90002, EntraError.tenantNotFound(tenant).getMessage());
    }
    return tenant;
  }

  private String issuerTenant(String tenant) {
    return context.directory().isThisTenant(tenant) ? context.directory().tenantId() : "{tenantid}";
  }
}
