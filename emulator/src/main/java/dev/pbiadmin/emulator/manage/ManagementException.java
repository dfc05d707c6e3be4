package dev.pbiadmin.emulator.manage;

/** A management API error: rendered as {@code {"error":{"code":…,"message":…}}} with its status. */
final class ManagementException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int status;
  final String code;

  /** Seconds for a {@code Retry-After} header, or 0 for none. */
  final long retryAfterSeconds;

  ManagementException(int status, String code, String message) {
    this(status, code, message, 0);
  }

  ManagementException(int status, String code, String message, long retryAfterSeconds) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static ManagementException badRequest(String message) {
    return new ManagementException(400, "BadRequest", message);
  }

  static ManagementException notFound(String message) {
    return new ManagementException(404, "NotFound", message);
  }
}
