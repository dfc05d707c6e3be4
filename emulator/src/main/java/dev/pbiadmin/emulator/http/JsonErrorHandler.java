package dev.pbiadmin.emulator.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Replaces Jetty's HTML error page with the emulator's JSON envelope, for the errors Jetty raises
 * before any route runs: unparseable requests (400), over-long URIs (414), oversized headers (431),
 * ambiguous paths. Messages are fixed per status and never quote the request, which may carry a
 * token or secret.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final String JSON = "application/json; charset=utf-8";

  JsonErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
  }

  /** Called by the HTTP parser for requests that never became a request object. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
  }

  /** Called for errors raised on a parsed request outside Javalin's own handling. */
  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    if (response.isCommitted()) {
      return;
    }
    int status = response.getStatus() < 400 ? 500 : response.getStatus();
    response.setStatus(status);
    response.setContentType(JSON);
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(body(status).getBytes(StandardCharsets.UTF_8));
  }

  static String body(int status) {
    ServerError error = ServerError.of(status);
    return "{\"error\":{\"code\":\""
        + error.code()
        + "\",\"message\":\""
        + error.message()
        + "\"}}";
  }
}
