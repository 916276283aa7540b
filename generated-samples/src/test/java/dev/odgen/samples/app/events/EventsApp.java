package dev.odgen.samples.app.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.app.ApiKeys;
import dev.odgen.samples.app.AppConfig;
import dev.odgen.samples.app.DemoDataMode;
import dev.odgen.samples.app.EventsMode;
import dev.odgen.samples.app.OpenDentalApp;
import dev.odgen.samples.app.StartupException;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The application over an empty database of its own (in-memory H2, or a MariaDB scratch database; one per test:
 * what a test changes is all there is), with Database Events either as the application starts them or with a test's own {@link PollSettings}; and
 * the API calls the tests make, with the demo key pair.
 */
final class EventsApp implements AutoCloseable {
  static final DateTimeFormatter WIRE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final OpenDentalApp app;
  private final DatabaseEvents ownEvents;
  private final Runnable dropDatabase;

  private EventsApp(OpenDentalApp app, DatabaseEvents ownEvents, Runnable dropDatabase) {
    this.app = app;
    this.ownEvents = ownEvents;
    this.dropDatabase = dropDatabase;
  }

  /** The application with its events as configured by {@code mode}. */
  static EventsApp started(EventsMode mode) {
    String url = h2Url();
    return new EventsApp(startApp(mode, url, "sa", ""), null, () -> shutDownH2(url));
  }

  /** The application with its own events off, and events polled with {@code settings} instead. */
  static EventsApp polledWith(PollSettings settings) {
    String url = h2Url();
    OpenDentalApp app = startApp(EventsMode.OFF, url, "sa", "");
    return new EventsApp(app, DatabaseEvents.start(app.server(), settings), () -> shutDownH2(url));
  }

  /** As {@link #polledWith(PollSettings)}, over a MariaDB scratch database, dropped on close. */
  static EventsApp polledWith(PollSettings settings, ScratchDatabase scratch) {
    OpenDentalApp app = startApp(EventsMode.OFF, scratch.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD);
    return new EventsApp(app, DatabaseEvents.start(app.server(), settings), scratch::close);
  }

  private static String h2Url() {
    return "jdbc:h2:mem:events-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  }

  /** The in-memory database outlives the pool (DB_CLOSE_DELAY=-1): drop it. */
  private static void shutDownH2(String url) {
    try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
        var statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot shut the test database down: " + e.getMessage(), e);
    }
  }

  /** Quick settings for tests: ticks of 100 ms, answers within 2 s, {@code batchSize} rows per POST. */
  static PollSettings quick(int batchSize) {
    return new PollSettings(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(2), batchSize, 4,
        Workstation.localName());
  }

  private static OpenDentalApp startApp(EventsMode mode, String url, String user, String password) {
    AppConfig config = AppConfig.defaults()
        .withHost("127.0.0.1")
        .withPort(0)
        .withDatabase(url, user, password)
        .withDemoData(DemoDataMode.OFF)
        .withEvents(mode);
    try {
      return OpenDentalApp.start(config);
    } catch (StartupException e) {
      throw new IllegalStateException("the application did not start: " + e.getMessage(), e);
    }
  }

  OpenDentalApp app() {
    return app;
  }

  Db db() {
    return app.server().daos().db();
  }

  // ---- API calls

  JsonNode get(String path) {
    return call("GET", path, null, 200);
  }

  JsonNode post(String path, String json) {
    return call("POST", path, json, 201);
  }

  JsonNode put(String path, String json) {
    return call("PUT", path, json, 200);
  }

  long createPatient(String lName) {
    return post("/patients", "{\"LName\": \"" + lName + "\", \"FName\": \"Event\"}").get("PatNum").asLong();
  }

  /** Changes the patient (a new Address), so its DateTStamp moves. */
  void changePatient(long patNum, String address) {
    put("/patients/" + patNum, "{\"Address\": \"" + address + "\"}");
  }

  /** Sets a row's change stamp straight in the table, to place a change in the past. */
  void stamp(String table, String idColumn, long id, String stampColumn, LocalDateTime when) {
    var q = db().dialect();
    int rows = db().update("UPDATE " + q.quote(table) + " SET " + q.quote(stampColumn) + " = ? WHERE "
        + q.quote(idColumn) + " = ?", List.of(when, id));
    assertEquals(1, rows, table + " " + id);
  }

  /**
   * Creates a Database Event subscription through the API and returns its SubscriptionNum. The server stores the
   * customer key of the Authorization header in it (the demo pair's).
   *
   * @param more further fields, e.g. {@code "DateTimeStop": "..."}; may be empty
   */
  long subscribe(String watchTable, String endPointUrl, int pollingSeconds, String more) {
    String body = "{\"EndPointUrl\": \"" + endPointUrl + "\", \"WatchTable\": \"" + watchTable
        + "\", \"PollingSeconds\": " + pollingSeconds + (more.isEmpty() ? "" : ", " + more) + "}";
    JsonNode created = post("/subscriptions", body);
    assertEquals(ApiKeys.DEMO_CUSTOMER_KEY, created.path("CustomerKey").asText(), created.toString());
    return created.get("SubscriptionNum").asLong();
  }

  /** The subscription as GET /subscriptions lists it. */
  JsonNode subscription(long num) {
    for (JsonNode row : get("/subscriptions")) {
      if (row.get("SubscriptionNum").asLong() == num) {
        return row;
      }
    }
    throw new AssertionError("no subscription " + num);
  }

  LocalDateTime dateTimeStart(long num) {
    return LocalDateTime.parse(subscription(num).get("DateTimeStart").asText(), WIRE_DATE_TIME);
  }

  /**
   * Waits until subscription {@code num} has been polled (with success) after this moment: its DateTimeStart moves
   * past the current second. Every subscription with PollingSeconds 1 was due in that time too.
   */
  void awaitNextPoll(long num, Duration timeout) {
    LocalDateTime now = databaseNow();
    waitUntil("a poll of subscription " + num + " after " + now, timeout, () -> dateTimeStart(num).isAfter(now));
  }

  /** The database's time, to the second (what the poller compares stamps with). */
  LocalDateTime databaseNow() {
    return DatabaseTime.now(db());
  }

  static String wire(LocalDateTime dateTime) {
    return WIRE_DATE_TIME.format(dateTime);
  }

  private JsonNode call(String method, String path, String json, int expected) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "ODFHIR " + ApiKeys.DEMO_DEVELOPER_KEY + "/" + ApiKeys.DEMO_CUSTOMER_KEY);
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(expected, response.statusCode(), () -> method + " " + path + ": " + response.body());
      return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The element of a JSON array whose {@code idField} is {@code id}. */
  static Optional<JsonNode> element(JsonNode array, String idField, long id) {
    for (JsonNode row : array) {
      if (row.path(idField).asLong() == id) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /**
   * The rows of {@code json} (an object or an array of them) without {@code serverDateTime}: Patients carry the time
   * of the answer, so an event and a later GET differ there and nowhere else.
   */
  static JsonNode withoutServerTime(JsonNode json) {
    JsonNode copy = json.deepCopy();
    if (copy.isArray()) {
      copy.forEach(row -> ((ObjectNode) row).remove("serverDateTime"));
    } else {
      ((ObjectNode) copy).remove("serverDateTime");
    }
    return copy;
  }

  /** Waits (checking every 50 ms) until {@code condition} holds; fails with {@code what} after {@code timeout}. */
  static void waitUntil(String what, Duration timeout, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout.toMillis() + " ms: " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public void close() {
    try {
      if (ownEvents != null) {
        ownEvents.stop();
      }
      app.stop();
    } finally {
      dropDatabase.run();
    }
  }
}
