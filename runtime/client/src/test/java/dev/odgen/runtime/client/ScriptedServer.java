package dev.odgen.runtime.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A local HTTP server that answers from a script and records what it received. */
final class ScriptedServer implements AutoCloseable {
  /** One scripted answer. */
  record Answer(int status, Map<String, String> headers, String body) {}

  /** One request as received. */
  record Received(String method, String rawPathAndQuery, Map<String, List<String>> headers, String body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();

  ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  synchronized ScriptedServer then(int status, String body) {
    return then(status, Map.of(), body);
  }

  synchronized ScriptedServer then(int status, Map<String, String> headers, String body) {
    script.add(new Answer(status, headers, body));
    return this;
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange ex) throws IOException {
    Answer a;
    synchronized (this) {
      received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()),
          Map.copyOf(ex.getRequestHeaders()), new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
      a = script.isEmpty() ? new Answer(500, Map.of(), "script ran out") : script.poll();
    }
    a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
