package dev.pbiadmin.emulator.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.security.KeyStore;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the emulator's one Javalin server on 127.0.0.1: an HTTPS connector (or plain HTTP), a
 * {@code RequestId} header on every response, a request-size cap, JSON for unmatched routes and
 * wrong methods, and a JSON fallback for exceptions no module rendered, so no HTML error page ever
 * escapes and every error body is exactly one JSON document.
 */
public final class HttpServer {
  /** Largest request body accepted; larger bodies get 413. */
  public static final long MAX_REQUEST_BYTES = 1_000_000;

  private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
  private static final String HOST = "127.0.0.1";

  private HttpServer() {}

  /**
   * Creates (does not start) the server.
   *
   * @param port port to bind, 0 for any free one
   * @param keyStore server key and chain, or {@code null} for plain HTTP
   * @param keyStorePassword password of {@code keyStore}
   */
  public static Javalin create(int port, KeyStore keyStore, String keyStorePassword) {
    JettyLogGuard.install();
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.http.prefer405over404 = true;
              // Jetty answers unparseable requests itself; without these it sends an HTML page.
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.jetty.modifyServletContextHandler(
                  context -> context.setErrorHandler(new JsonErrorHandler()));
              config.jetty.addConnector(
                  (server, httpConfig) -> {
                    ServerConnector connector =
                        keyStore == null
                            ? new ServerConnector(server, new HttpConnectionFactory(httpConfig))
                            : httpsConnector(server, httpConfig, keyStore, keyStorePassword);
                    connector.setHost(HOST);
                    connector.setPort(port);
                    return connector;
                  });
            });
    app.before(ctx -> ctx.header(RequestIds.HEADER, RequestIds.of(ctx)));
    app.before(
        ctx -> {
          // The management API checks its key first; refuse a declared oversize body before that,
          // as a
          // front end would. Entra and Power BI routes refuse theirs with their own error
          // envelopes.
          if (ctx.req().getContentLengthLong() > MAX_REQUEST_BYTES
              && ctx.path().startsWith("/emulator/")) {
            throw new HttpResponseException(413, ServerError.of(413).message());
          }
        });
    // No status-based error handler (app.error): modules stream their error bodies straight to the
    // response, which such a handler cannot see, so it would append a second document to theirs.
    // Unmatched routes arrive as Javalin's EndpointNotFound, an HttpResponseException, below.
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          ctx.status(e.getStatus());
          ServerError error = ServerError.of(e.getStatus());
          String message =
              switch (e.getStatus()) {
                case 404 -> "No resource at " + ctx.method() + " " + ctx.path() + ".";
                case 405, 413 -> error.message();
                default -> e.getMessage();
              };
          ctx.json(errorBody(error.code(), message));
        });
    app.exception(
        Exception.class,
        (e, ctx) -> {
          if (ClientGone.is(e)) {
            log.debug("client went away during {} {}", ctx.method(), ctx.path());
            return;
          }
          // A fault in the emulator itself; the message may quote input, so only the type is
          // logged.
          log.error("unhandled {} on {} {}", e.getClass().getName(), ctx.method(), ctx.path());
          ctx.status(500);
          ctx.json(
              errorBody(
                  "InternalError", "The emulator failed to handle the request; see its log."));
        });
    return app;
  }

  /** The port the server actually bound. */
  public static int boundPort(Javalin app) {
    for (var connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector sc && sc.getLocalPort() > 0) {
        return sc.getLocalPort();
      }
    }
    throw new IllegalStateException("the server has no bound connector");
  }

  /** The generic JSON error shape for answers no module claims. */
  public static Map<String, Object> errorBody(String code, String message) {
    return Map.of("error", Map.of("code", code, "message", message));
  }

  private static ServerConnector httpsConnector(
      org.eclipse.jetty.server.Server server,
      HttpConfiguration httpConfig,
      KeyStore keyStore,
      String password) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(keyStore);
    ssl.setKeyStorePassword(password);
    ssl.setKeyManagerPassword(password);
    HttpConfiguration https = new HttpConfiguration(httpConfig);
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    // Clients connect by IP (no SNI) or as localhost; both are in the certificate.
    secure.setSniHostCheck(false);
    https.addCustomizer(secure);
    return new ServerConnector(
        server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
  }
}
