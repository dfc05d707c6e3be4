package dev.pbiadmin.emulator.entra;

import dev.pbiadmin.emulator.directory.AppRegistration;
import dev.pbiadmin.emulator.directory.Directory;
import dev.pbiadmin.emulator.directory.User;
import dev.pbiadmin.emulator.spi.EmulatorContext;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token} and {@code POST /{tenant}/oauth2/token} (v1): the {@code
 * client_credentials} grant (secret in the form or HTTP Basic, or a certificate-signed assertion)
 * and the {@code password} grant. Checks run in the order that decides which AADSTS error a broken
 * request gets: tenant, grant, request shape, client, resource, credential.
 */
final class TokenEndpoint {
  private static final Set<String> OIDC_SCOPES =
      Set.of("openid", "profile", "offline_access", "email");

  private final EmulatorContext context;
  private final TokenMinter minter;
  private final ClientAssertionVerifier assertions;

  TokenEndpoint(EmulatorContext context, TokenMinter minter, ClientAssertionVerifier assertions) {
    this.context = context;
    this.minter = minter;
    this.assertions = assertions;
  }

  void v2(Context ctx) {
    handle(ctx, true);
  }

  void v1(Context ctx) {
    handle(ctx, false);
  }

  private void handle(Context ctx, boolean v2) {
    String tenant = ctx.pathParam("tenant");
    TokenForm form = TokenForm.read(ctx);
    String grantType = form.require("grant_type");
    boolean common =
        tenant.equalsIgnoreCase("common")
            || tenant.equalsIgnoreCase("consumers")
            || tenant.equalsIgnoreCase("organizations");
    Directory directory = context.directory();
    if (common && grantType.equals("client_credentials")) {
      throw EntraError.grantOverCommon();
    }
    if (!common && !directory.isThisTenant(tenant)) {
      throw EntraError.tenantNotFound(tenant);
    }
    TokenMinter.Minted minted;
    Resource resource;
    String grantedScope = null;
    Map<String, String> userExtras = Map.of();
    switch (grantType) {
      case "client_credentials" -> {
        resource = v2 ? resourceFromDefaultScope(form) : resourceParameter(form, tenant);
        AppRegistration app = findApp(form, tenant);
        String appidacr = authenticate(form, app, tenant, true);
        minted = minter.appOnly(directory.tenantId(), app, resource, appidacr);
      }
      case "password" -> {
        Requested requested =
            v2
                ? delegatedScope(form)
                : new Requested(resourceParameter(form, tenant), List.of(), false);
        resource = requested.resource();
        String username = form.require("username");
        String password = form.require("password");
        AppRegistration app = findApp(form, tenant);
        String appidacr = authenticate(form, app, tenant, false);
        User user =
            directory
                .findUserByPrincipalName(username)
                .orElseThrow(() -> EntraError.userNotFound(directory.tenantId()));
        if (!directory.checkPassword(user, password)) {
          throw EntraError.badPassword();
        }
        List<String> scopes = grantedScopes(app, resource, requested.explicitScopes());
        grantedScope =
            String.join(" ", scopes.stream().map(s -> resource.uri() + "/" + s).toList());
        minted = minter.delegated(directory.tenantId(), app, user, resource, scopes, appidacr);
        if (v2 && requested.openid()) {
          userExtras = userExtras(form, tenant, app, user);
        }
      }
      default -> throw EntraError.unsupportedGrant(grantType);
    }
    respond(ctx, v2, minted, resource, grantedScope, userExtras);
  }

  /**
   * {@code id_token}, and {@code client_info} when asked with {@code client_info=1}, as Entra adds
   * them.
   */
  private Map<String, String> userExtras(
      TokenForm form, String tenant, AppRegistration app, User user) {
    String tenantId = context.directory().tenantId();
    Map<String, String> extras = new LinkedHashMap<>();
    extras.put(
        "id_token",
        minter.idToken(context.baseUrl() + "/" + tenantId + "/v2.0", tenantId, app, user));
    if ("1".equals(form.get("client_info"))) {
      extras.put("client_info", TokenMinter.clientInfo(tenantId, user));
    }
    return extras;
  }

  private AppRegistration findApp(TokenForm form, String tenant) {
    String clientId = form.clientId();
    if (clientId == null) {
      throw EntraError.missingParameter("client_id");
    }
    String id = clientId;
    return context
        .directory()
        .findAppByClientId(id)
        .orElseThrow(() -> EntraError.appNotFound(id, tenant));
  }

  /**
   * Checks the client credential and returns {@code appidacr}: "0" public, "1" secret, "2"
   * certificate.
   */
  private String authenticate(
      TokenForm form, AppRegistration app, String tenant, boolean credentialRequired) {
    String secret = form.clientSecret();
    String assertion = form.get("client_assertion");
    if (secret != null) {
      switch (context.directory().checkSecret(app, secret)) {
        case VALID -> {
          return "1";
        }
        case EXPIRED -> throw EntraError.expiredSecret(app.clientId());
        default -> throw EntraError.invalidSecret(app.clientId());
      }
    }
    if (assertion != null) {
      String type = form.get("client_assertion_type");
      if (type == null) {
        throw EntraError.missingParameter("client_assertion_type");
      }
      if (!ClientAssertionVerifier.ASSERTION_TYPE.equals(type)) {
        throw EntraError.assertionMalformed(
            "client_assertion_type must be " + ClientAssertionVerifier.ASSERTION_TYPE + ".");
      }
      assertions.verify(
          app,
          assertion,
          aud ->
              ClientAssertionVerifier.isTokenEndpoint(
                  aud, context.baseUrl(), context.directory()::isThisTenant));
      return "2";
    }
    if (credentialRequired) {
      throw EntraError.missingCredential();
    }
    return "0";
  }

  /** v2 client credentials: exactly one resource, as {@code <resource>/.default}. */
  private static Resource resourceFromDefaultScope(TokenForm form) {
    if (form.get("resource") != null) {
      throw EntraError.resourceParameterOnV2();
    }
    String scope = form.require("scope");
    Set<String> resources = new LinkedHashSet<>();
    for (String item : scope.trim().split("\\s+")) {
      // MSAL always adds the OpenID scopes; Entra ignores them for client credentials.
      if (OIDC_SCOPES.contains(item.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!item.endsWith("/.default")) {
        throw EntraError.scopeWithoutDefault(scope);
      }
      resources.add(Resource.normalize(item.substring(0, item.length() - "/.default".length())));
    }
    if (resources.isEmpty()) {
      throw EntraError.scopeWithoutDefault(scope);
    }
    if (resources.size() > 1) {
      throw EntraError.multipleResources(scope);
    }
    return Resource.find(resources.iterator().next())
        .orElseThrow(() -> EntraError.invalidScope(scope));
  }

  private static Resource resourceParameter(TokenForm form, String tenant) {
    String resource = form.require("resource");
    return Resource.find(resource).orElseThrow(() -> EntraError.resourceNotFound(resource, tenant));
  }

  /**
   * v2 delegated: {@code <resource>/.default} or named scopes of one resource, plus OIDC scopes.
   */
  private static Requested delegatedScope(TokenForm form) {
    if (form.get("resource") != null) {
      throw EntraError.resourceParameterOnV2();
    }
    String scope = form.require("scope");
    Set<String> resources = new LinkedHashSet<>();
    List<String> named = new ArrayList<>();
    boolean openid = false;
    for (String item : scope.trim().split("\\s+")) {
      if (OIDC_SCOPES.contains(item.toLowerCase(Locale.ROOT))) {
        openid |= item.equalsIgnoreCase("openid");
        continue;
      }
      int slash = item.lastIndexOf('/');
      if (slash <= 0) {
        throw EntraError.invalidScope(scope);
      }
      resources.add(Resource.normalize(item.substring(0, slash)));
      String name = item.substring(slash + 1);
      if (!name.equals(".default")) {
        named.add(name);
      }
    }
    if (resources.isEmpty()) {
      throw EntraError.invalidScope(scope);
    }
    if (resources.size() > 1) {
      throw EntraError.multipleResources(scope);
    }
    Resource resource =
        Resource.find(resources.iterator().next())
            .orElseThrow(() -> EntraError.invalidScope(scope));
    return new Requested(resource, named, openid);
  }

  /** Delegated permissions the app holds with consent; named scopes must all be among them. */
  private static List<String> grantedScopes(
      AppRegistration app, Resource resource, List<String> requested) {
    List<String> consented =
        app.permissions().stream()
            .filter(
                p ->
                    !p.isApplication() && p.adminConsentGranted() && resource.matches(p.resource()))
            .map(p -> p.name())
            .distinct()
            .toList();
    if (consented.isEmpty()) {
      throw EntraError.consentMissing(app.clientId());
    }
    for (String name : requested) {
      if (consented.stream().noneMatch(c -> c.equalsIgnoreCase(name))) {
        throw EntraError.consentMissing(app.clientId());
      }
    }
    return consented;
  }

  private void respond(
      Context ctx,
      boolean v2,
      TokenMinter.Minted minted,
      Resource resource,
      String scope,
      Map<String, String> extras) {
    long expiresIn = minter.lifetime().getSeconds();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token_type", "Bearer");
    if (scope != null) {
      body.put("scope", scope);
    }
    if (v2) {
      body.put("expires_in", expiresIn);
      body.put("ext_expires_in", expiresIn);
    } else {
      // v1 sends its numbers as strings (reference §1.4)
      body.put("expires_in", Long.toString(expiresIn));
      body.put("ext_expires_in", Long.toString(expiresIn));
      body.put("expires_on", Long.toString(minted.expiresOn().getEpochSecond()));
      body.put("not_before", Long.toString(minted.notBefore().getEpochSecond()));
      body.put("resource", resource.uri());
    }
    body.put("access_token", minted.token());
    body.putAll(extras);
    TokenHeaders.apply(ctx);
    ctx.json(body);
  }

  private record Requested(Resource resource, List<String> explicitScopes, boolean openid) {}
}
