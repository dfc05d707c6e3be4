package dev.pbiadmin.emulator.graph;

/**
 * A Microsoft Graph error: status and Graph's error code, rendered as Graph's envelope {@code
 * {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}}.
 */
final class GraphError extends RuntimeException {
  final int status;
  final String code;

  GraphError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static GraphError invalidToken(String message) {
    return new GraphError(401, "InvalidAuthenticationToken", message);
  }

  static GraphError denied() {
    return new GraphError(
        403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
  }

  static GraphError notFound(String id) {
    return new GraphError(
        404,
        "Request_ResourceNotFound",
        "Resource '"
            + id
            + "' does not exist or one of its queried reference-property objects are not present.");
  }

  static GraphError badRequest(String message) {
    return new GraphError(400, "Request_BadRequest", message);
  }
}
