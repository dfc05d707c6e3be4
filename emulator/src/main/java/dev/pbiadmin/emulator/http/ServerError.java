package dev.pbiadmin.emulator.http;

/** The error code and fixed message for each status the HTTP layer itself answers with. */
record ServerError(String code, String message) {
  static ServerError of(int status) {
    return switch (status) {
      case 400 ->
          new ServerError("BadRequest", "The request is not valid HTTP or its URI is malformed.");
      case 404 -> new ServerError("NotFound", "No resource at this path.");
      case 405 ->
          new ServerError("MethodNotAllowed", "This resource does not support the request method.");
      case 408 -> new ServerError("RequestTimeout", "The request was not received in time.");
      case 411 -> new ServerError("LengthRequired", "The request needs a Content-Length header.");
      case 413 ->
          new ServerError(
              "RequestTooLarge",
              "The request body is larger than " + HttpServer.MAX_REQUEST_BYTES + " bytes.");
      case 414 -> new ServerError("UriTooLong", "The request URI is too long.");
      case 415 ->
          new ServerError("UnsupportedMediaType", "The request content type is not supported.");
      case 431 ->
          new ServerError("RequestHeaderFieldsTooLarge", "The request headers are too large.");
      case 501 ->
          new ServerError("NotImplemented", "The request method or feature is not implemented.");
      case 505 ->
          new ServerError("HttpVersionNotSupported", "Only HTTP/1.0 and HTTP/1.1 are supported.");
      default ->
          status >= 500
              ? new ServerError(
                  "InternalError", "The emulator failed to handle the request; see its log.")
              : new ServerError("BadRequest", "The request was refused (HTTP " + status + ").");
    };
  }
}
