package dev.odgen.samples.e2e;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.runtime.server.KeyStore;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The generated Open Dental server over its own empty in-memory H2 database, on an ephemeral loopback port,
 * accepting one key pair. One per test class; {@link #close} stops it and drops the database.
 */
final class LiveServer implements AutoCloseable {
  /** The credentials the server accepts, as {@code developerKey/customerKey}. */
  static final String DEVELOPER_KEY = "e2e-dev";
  static final String CUSTOMER_KEY = "e2e-cust";

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final HikariDataSource database;
  private final OpenDentalServer server;

  private LiveServer(HikariDataSource database, OpenDentalServer server) {
    this.database = database;
    this.server = server;
  }

  static LiveServer start() {
    HikariDataSource database = DataSources.h2InMemory("e2e-" + DATABASES.incrementAndGet());
    try {
      OpenDentalServer server = OpenDentalServer.builder()
          .dataSource(database)
          .keys(KeyStore.of(List.of(List.of(DEVELOPER_KEY, CUSTOMER_KEY))))
          .host("127.0.0.1")
          .port(0)
          .build()
          .start();
      return new LiveServer(database, server);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** {@code http://127.0.0.1:<port>/api/v1}. */
  String baseUrl() {
    return server.baseUrl();
  }

  /** The server's database, for rows of resources the API cannot create. */
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
      server.stop();
    } finally {
      database.close();
    }
  }
}
