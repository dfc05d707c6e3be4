package dev.pbiadmin.emulator.entra;

/**
 * An Entra ID error answer: HTTP status, OAuth {@code error}, AADSTS code and its text. Thrown by
 * the token service's handlers and rendered in one place ({@link EntraErrorRenderer}).
 */
final class EntraError extends RuntimeException {
  private final int status;
  private final String error;
  private final int code;

  EntraError(int status, String error, int code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.error = error;
    this.code = code;
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  int code() {
    return code;
  }

  /** The description without the trace suffix, e.g. {@code AADSTS70011: The provided value...}. */
  String description() {
    return "AADSTS" + code + ": " + getMessage();
  }

  // Status and error per the reference, §1.6 (observed bodies); the texts are Entra's.

  static EntraError tenantNotFound(String tenant) {
    return new EntraError(
        400,
        "invalid_request",
        90002,
        "Tenant '"
            + tenant
            + "' not found. Check to make sure you have the correct tenant ID and are signing into"
            + " the correct cloud. Check with your subscription administrator, this may happen if"
            + " there are no active subscriptions for the tenant.");
  }

  static EntraError appNotFound(String clientId, String tenant) {
    return new EntraError(
        400,
        "unauthorized_client",
        700016,
        "Application with identifier '"
            + clientId
            + "' was not found in the directory '"
            + tenant
            + "'. This can happen if the application has not been installed by the administrator of"
            + " the tenant or consented to by any user in the tenant. You may have sent your"
            + " authentication request to the wrong tenant.");
  }

  static EntraError invalidSecret(String clientId) {
    return new EntraError(
        401,
        "invalid_client",
        7000215,
        "Invalid client secret provided. Ensure the secret being sent in the request is the client"
            + " secret value, not the client secret ID, for a secret added to app '"
            + clientId
            + "'.");
  }

  static EntraError expiredSecret(String clientId) {
    return new EntraError(
        401,
        "invalid_client",
        7000222,
        "The provided client secret keys for app '"
            + clientId
            + "' are expired. Visit the Azure portal to create new keys for your app:"
            + " https://aka.ms/NewClientSecret, or consider using certificate credentials for added"
            + " security: https://aka.ms/certCreds.");
  }

  static EntraError scopeWithoutDefault(String scope) {
    return new EntraError(
        400,
        "invalid_scope",
        1002012,
        "The provided value for scope "
            + scope
            + " is not valid. Client credential flows must have a scope value with /.default"
            + " suffixed to the resource identifier (application ID URI).");
  }

  static EntraError invalidScope(String scope) {
    return new EntraError(
        400,
        "invalid_scope",
        70011,
        "The provided value for the input parameter 'scope' is"
            + " not valid. The scope "
            + scope
            + " is not valid.");
  }

  static EntraError multipleResources(String scope) {
    return new EntraError(
        400,
        "invalid_scope",
        700022,
        "The provided value for the input parameter scope is"
            + " not valid because it contains more than one resource. Scope "
            + scope
            + " is not valid.");
  }

  static EntraError resourceNotFound(String resource, String tenant) {
    return new EntraError(
        400,
        "invalid_resource",
        500011,
        "The resource principal named "
            + resource
            + " was not found in the tenant named "
            + tenant
            + ". This can happen if the application has not been installed by the administrator of"
            + " the tenant or consented to by any user in the tenant. You might have sent your"
            + " authentication request to the wrong tenant.");
  }

  static EntraError resourceParameterOnV2() {
    return new EntraError(
        400, "invalid_request", 901002, "The 'resource' request parameter is not supported.");
  }

  static EntraError missingCredential() {
    return new EntraError(
        401,
        "invalid_client",
        7000218,
        "The request body must contain the following"
            + " parameter: 'client_assertion' or 'client_secret'.");
  }

  static EntraError assertionSignature(String reason) {
    return new EntraError(
        401,
        "invalid_client",
        700027,
        "Client assertion failed signature validation." + " [Reason - " + reason + "]");
  }

  static EntraError assertionMalformed(String reason) {
    return new EntraError(
        401,
        "invalid_client",
        50027,
        "JWT token is invalid or malformed. [Reason - " + reason + "]");
  }

  static EntraError assertionTime(String detail) {
    return new EntraError(
        401,
        "invalid_client",
        700024,
        "Client assertion is not within its valid time" + " range. " + detail);
  }

  static EntraError assertionClientMismatch() {
    return new EntraError(
        401,
        "invalid_client",
        700021,
        "Client assertion application identifier doesn't match 'client_id' parameter. Review the"
            + " documentation at https://aka.ms/certCreds .");
  }

  static EntraError grantOverCommon() {
    return new EntraError(
        400,
        "invalid_request",
        9001023,
        "The grant type isn't supported over the /common or /consumers endpoints. Please use the"
            + " /organizations or tenant-specific endpoint.");
  }

  static EntraError badPassword() {
    return new EntraError(
        400,
        "invalid_grant",
        50126,
        "Error validating credentials due to invalid username" + " or password.");
  }

  static EntraError userNotFound(String tenant) {
    return new EntraError(
        400,
        "invalid_grant",
        50034,
        "The user account {EUII Hidden} does not exist in the "
            + tenant
            + " directory. To sign into this application, the account must be added to the"
            + " directory.");
  }

  static EntraError consentMissing(String clientId) {
    return new EntraError(
        400,
        "invalid_grant",
        65001,
        "The user or administrator has not consented to use"
            + " the application with ID '"
            + clientId
            + "'. Send an interactive authorization request for this"
            + " user and resource.");
  }

  static EntraError missingParameter(String name) {
    return new EntraError(
        400,
        "invalid_request",
        900144,
        "The request body must contain the following" + " parameter: '" + name + "'.");
  }

  static EntraError unsupportedGrant(String grantType) {
    return new EntraError(
        400,
        "unsupported_grant_type",
        70003,
        "The app requested an unsupported grant type '" + grantType + "'.");
  }

  static EntraError malformedRequest(int status) {
    return new EntraError(
        status, "invalid_request", 9002313, "Invalid request. Request is malformed or invalid.");
  }
}
