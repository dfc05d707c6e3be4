package dev.pbiadmin.emulator.manage;

/** A management API error: rendered as {@code {"error":{"code":…,"message":…}}} with its status. */
final class ManagementException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String code;

  ManagementException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static ManagementException badRequest(String message) {
    return new ManagementException(400, "BadRequest", message);
  }

  static ManagementException notFound(String message) {
    return new ManagementException(404, "NotFound", message);
  }
}
