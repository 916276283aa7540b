package dev.odgen.codegen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A local HTTP server on an ephemeral port standing in for an API: it records every request exactly as it
 * arrived and answers with scripted replies, in order, then with a fallback (404 unless set).
 */
public final class FakeApi implements AutoCloseable {

  /** A request as it arrived: the raw target (path and query, still encoded), headers (lower-case names), body. */
  public record Received(String method, String target, Map<String, String> headers, String body) {
    /** {@code GET /api/v1/patients?LName=Sm}. */
    public String line() {
      return method + " " + target;
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A reply: status, body (JSON or plain text) and extra headers. */
  public record Reply(int status, String body, Map<String, String> headers) {
    public static Reply of(int status, String body) {
      return new Reply(status, body, Map.of());
    }
  }

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final Deque<Function<Received, Reply>> script = new ArrayDeque<>();
  private Function<Received, Reply> fallback = request -> Reply.of(404, "nothing scripted for " + request.line());

  public FakeApi() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL a client should use, base path included. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  /** The next request gets this reply. */
  public synchronized FakeApi then(int status, String body) {
    return then(request -> Reply.of(status, body));
  }

  public synchronized FakeApi then(int status, String body, Map<String, String> headers) {
    return then(request -> new Reply(status, body, headers));
  }

  /** The next request gets what {@code answer} makes of it. */
  public synchronized FakeApi then(Function<Received, Reply> answer) {
    script.add(answer);
    return this;
  }

  /** Every request after the script gets what {@code answer} makes of it. */
  public synchronized FakeApi otherwise(Function<Received, Reply> answer) {
    fallback = answer;
    return this;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** The request lines received, in order. */
  public synchronized List<String> lines() {
    return received.stream().map(Received::line).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      Map<String, String> headers = new TreeMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
          + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
          headers, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Reply reply;
      synchronized (this) {
        received.add(request);
        reply = (script.isEmpty() ? fallback : script.poll()).apply(request);
      }
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      boolean json = reply.body().startsWith("{") || reply.body().startsWith("[");
      exchange.getResponseHeaders().set("Content-Type", json ? "application/json" : "text/plain; charset=utf-8");
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }
}
