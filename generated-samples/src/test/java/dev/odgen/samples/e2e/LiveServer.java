package dev.odgen.samples.e2e;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.samples.app.ApiKeys;
import dev.odgen.samples.app.AppConfig;
import dev.odgen.samples.app.DemoDataMode;
import dev.odgen.samples.app.OpenDentalApp;
import dev.odgen.samples.app.StartupException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The sample application (the generated Open Dental server with the application's actions) over its own empty
 * in-memory H2 database, on an ephemeral loopback port, accepting the demo key pair. One per test class;
 * {@link #close} stops it and drops the database.
 */
final class LiveServer implements AutoCloseable {
  /** The credentials the server accepts. */
  static final String DEVELOPER_KEY = ApiKeys.DEMO_DEVELOPER_KEY;
  static final String CUSTOMER_KEY = ApiKeys.DEMO_CUSTOMER_KEY;

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final OpenDentalApp app;
  /** A second pool on the same database, for rows of resources the API cannot create. */
  private final HikariDataSource database;

  private LiveServer(OpenDentalApp app, HikariDataSource database) {
    this.app = app;
    this.database = database;
  }

  static LiveServer start() {
    return start(Clock.systemDefaultZone());
  }

  static LiveServer start(Clock clock) {
    String url = "jdbc:h2:mem:e2e-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    AppConfig config = new AppConfig("127.0.0.1", 0, url, "sa", "", null, DemoDataMode.OFF, clock);
    OpenDentalApp app;
    try {
      app = OpenDentalApp.start(config);
    } catch (StartupException e) {
      throw new IllegalStateException("the sample application did not start: " + e.getMessage(), e);
    }
    return new LiveServer(app, DataSources.forUrl(url, "sa", ""));
  }

  /** {@code http://127.0.0.1:<port>/api/v1}. */
  String baseUrl() {
    return app.server().baseUrl();
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
      try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");   // drops the in-memory database
      } catch (SQLException e) {
        // already gone
      }
      database.close();
    }
  }
}
