package dev.odgen.samples.app.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook endpoint on an ephemeral loopback port: records every request per path and answers 200, or what a test
 * told it to answer next, or nothing for a while (a slow endpoint). Requests are served on threads of their own, so a
 * slow path does not hold up the others.
 */
final class Receiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request as received. */
  record Event(String method, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("the event's body is not JSON: " + body, e);
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, BlockingQueue<Event>> received = new ConcurrentHashMap<>();
  private final Map<String, Deque<Integer>> nextStatuses = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();

  private Receiver(HttpServer server) {
    this.server = server;
  }

  static Receiver start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      Receiver receiver = new Receiver(server);
      server.createContext("/", receiver::handle);
      server.setExecutor(receiver.threads);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL of {@code path} (e.g. {@code /patients}) on this receiver. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The next requests to {@code path} are answered with these statuses, in order; later ones with 200. */
  void answer(String path, int... statuses) {
    Deque<Integer> queue = nextStatuses.computeIfAbsent(path, p -> new ArrayDeque<>());
    synchronized (queue) {
      for (int status : statuses) {
        queue.add(status);
      }
    }
  }

  /** Requests to {@code path} are answered only after {@code delay}. */
  void delay(String path, Duration delay) {
    delays.put(path, delay);
  }

  /** The next request to {@code path}, waiting at most {@code timeout} for it; fails when none comes. */
  Event next(String path, Duration timeout) {
    try {
      Event event = queue(path).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      assertNotNull(event, "no event reached " + path + " within " + timeout.toMillis() + " ms");
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The requests to {@code path} received and not yet taken. */
  List<Event> drain(String path) {
    List<Event> events = new ArrayList<>();
    queue(path).drainTo(events);
    return events;
  }

  void assertNothingAt(String path) {
    assertEquals(List.of(), drain(path), "requests to " + path);
  }

  private BlockingQueue<Event> queue(String path) {
    return received.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Map<String, String> headers = new ConcurrentHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(java.util.Locale.ROOT), values.isEmpty() ? "" : values.get(0)));
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    queue(path).add(new Event(exchange.getRequestMethod(), Map.copyOf(headers), body));
    Duration delay = delays.get(path);
    if (delay != null) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    int status = 200;
    Deque<Integer> queue = nextStatuses.get(path);
    if (queue != null) {
      synchronized (queue) {
        if (!queue.isEmpty()) {
          status = queue.poll();
        }
      }
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
