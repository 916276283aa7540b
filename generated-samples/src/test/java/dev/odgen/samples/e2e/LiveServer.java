package dev.odgen.samples.e2e;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.samples.app.ApiKeys;
import dev.odgen.samples.app.AppConfig;
import dev.odgen.samples.app.DemoDataMode;
import dev.odgen.samples.app.EventsMode;
import dev.odgen.samples.app.OpenDentalApp;
import dev.odgen.samples.app.StartupException;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The sample application (the generated Open Dental server with the application's actions) over its own empty
 * database on the chosen {@link Backend}, on an ephemeral loopback port, accepting the demo key pair. One per test
 * class; {@link #close} stops it and drops the database. On MariaDB, starting aborts the calling test class (a
 * skip, with the reason printed) when no MariaDB answers.
 */
final class LiveServer implements AutoCloseable {
  /** The credentials the server accepts. */
  static final String DEVELOPER_KEY = ApiKeys.DEMO_DEVELOPER_KEY;
  static final String CUSTOMER_KEY = ApiKeys.DEMO_CUSTOMER_KEY;

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final OpenDentalApp app;
  /** A second pool on the same database, for rows of resources the API cannot create. */
  private final HikariDataSource database;
  /** The MariaDB database to drop on close; null on H2. */
  private final ScratchDatabase scratch;

  private LiveServer(OpenDentalApp app, HikariDataSource database, ScratchDatabase scratch) {
    this.app = app;
    this.database = database;
    this.scratch = scratch;
  }

  static LiveServer start() {
    return start(Clock.systemDefaultZone());
  }

  static LiveServer start(Clock clock) {
    if (Backend.chosen() == Backend.H2) {
      String url = "jdbc:h2:mem:e2e-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
      return start(clock, url, "sa", "", null);
    }
    ScratchDatabase scratch = ScratchDatabase.create("e2e");
    try {
      return start(clock, scratch.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD, scratch);
    } catch (RuntimeException e) {
      scratch.close();
      throw e;
    }
  }

  private static LiveServer start(Clock clock, String url, String user, String password, ScratchDatabase scratch) {
    // no Database Events: the suite's subscriptions point at made-up endpoints, and a poll would move DateTimeStart
    AppConfig config = new AppConfig("127.0.0.1", 0, url, user, password, null, DemoDataMode.OFF, clock,
        EventsMode.OFF, null, null);
    OpenDentalApp app;
    try {
      app = OpenDentalApp.start(config);
    } catch (StartupException e) {
      throw new IllegalStateException("the sample application did not start on " + url + ": " + e.getMessage(), e);
    }
    HikariDataSource database = DataSources.forUrl(url, user, password);
    LiveServer server = new LiveServer(app, database, scratch);
    try {
      requireProduct(database, scratch == null ? "H2" : "MariaDB");
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** Fails unless the database really is the chosen backend: a run that says MariaDB must not quietly test H2. */
  private static void requireProduct(DataSource database, String product) {
    try (Connection connection = database.getConnection()) {
      String actual = connection.getMetaData().getDatabaseProductName();
      if (!actual.equalsIgnoreCase(product)) {
        throw new IllegalStateException("the suite runs on " + product + " but the database is " + actual);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot ask the database what it is: " + e.getMessage(), e);
    }
  }

  /** {@code http://127.0.0.1:<port>/api/v1}. */
  String baseUrl() {
    return app.server().baseUrl();
  }

  /** The running server, for its DAOs: how the application hooks' tests set up rows the API cannot write. */
  OpenDentalServer server() {
    return app.server();
  }

  /** The server's database. */
  DataSource database() {
    return database;
  }

  /** An HTTP caller of this server with the accepted key. */
  Api api() {
    return new Api(baseUrl(), "ODFHIR " + DEVELOPER_KEY + "/" + CUSTOMER_KEY);
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      if (scratch == null) {
        shutDownH2();
      }
      database.close();
      if (scratch != null) {
        scratch.close();
      }
    }
  }

  /** Drops the in-memory H2 database, which would otherwise outlive its pools (DB_CLOSE_DELAY=-1). */
  private void shutDownH2() {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      // already gone
    }
  }
}
