package dev.pbiadmin.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * A scripted HTTP peer on 127.0.0.1 for unit tests of the transport: it answers each request with
 * the next scripted reply (or a fallback) and records what it received. Not one of our components,
 * so the client's real HTTP code runs against real sockets.
 */
final class ScriptedServer implements AutoCloseable {
  record Received(String method, String pathAndQuery, Map<String, List<String>> headers) {}

  /** One scripted answer. */
  interface Reply {
    void send(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private volatile Function<Received, Reply> fallback =
      r -> json(404, "{\"error\":{\"code\":\"NotFound\"}}");

  ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  ScriptedServer then(Reply reply) {
    script.addLast(reply);
    return this;
  }

  ScriptedServer otherwise(Function<Received, Reply> f) {
    this.fallback = f;
    return this;
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  static Reply json(int status, String body, String... headerPairs) {
    return ex -> {
      for (int i = 0; i < headerPairs.length; i += 2) {
        ex.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
      }
      ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(b);
      }
    };
  }

  /** Announces a body, sends only part of it and drops the connection. */
  static Reply droppedMidBody() {
    return ex -> {
      ex.sendResponseHeaders(200, 10_000);
      OutputStream os = ex.getResponseBody();
      os.write("{\"value\":[".getBytes(StandardCharsets.UTF_8));
      os.flush();
      ex.getHttpContext().getServer();
      ex.close();
    };
  }

  private void handle(HttpExchange ex) throws IOException {
    Received r =
        new Received(
            ex.getRequestMethod(),
            ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null
                    ? ""
                    : "?" + ex.getRequestURI().getRawQuery()),
            Map.copyOf(ex.getRequestHeaders()));
    received.add(r);
    ex.getRequestBody().readAllBytes();
    Reply reply = script.pollFirst();
    try {
      (reply != null ? reply : fallback.apply(r)).send(ex);
    } catch (IOException dropped) {
      // a reply that drops the connection ends here
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
