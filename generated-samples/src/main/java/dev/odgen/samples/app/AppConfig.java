package dev.odgen.samples.app;

import dev.odgen.runtime.jdbc.SchemaPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the server application is started with.
 *
 * @param host the interface to listen on; null for the default, which depends on the keys (127.0.0.1 with the demo
 *     keys, every interface with a keys file: see {@code ListenAddress})
 * @param port the port; 0 picks a free one
 * @param jdbcUrl the database ({@code jdbc:h2:...}, {@code jdbc:mariadb:...}, {@code jdbc:mysql:...})
 * @param keysFile the file of accepted key pairs, or null for the demo pair
 * @param clock the server's clock (dates of demo data, aging, serverDateTime)
 * @param events whether Database Events (webhooks of the subscriptions) are sent
 * @param schema what to do with the tables at start; null for the database's default ({@link #schemaPolicy()})
 * @param documentStore the folder of document files (Open Dental's A-to-Z folder); null for {@link
 *     #DEFAULT_DOCUMENT_STORE}
 */
public record AppConfig(String host, int port, String jdbcUrl, String user, String password, Path keysFile,
    DemoDataMode demoData, Clock clock, EventsMode events, SchemaPolicy schema, Path documentStore) {
  /** The default database: an H2 file under the working directory. */
  public static final String DEFAULT_JDBC_URL = "jdbc:h2:file:./data/opendental";
  public static final int DEFAULT_PORT = 8080;
  /** The default document store: beside the default database, under the data directory. */
  public static final String DEFAULT_DOCUMENT_STORE = "./data/documents";

  public AppConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(demoData, "demoData");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(events, "events");
  }

  /**
   * The schema policy to start with: the one set, else {@code migrate} on H2 (the embedded database is the
   * server's own) and {@code validate} on MariaDB/MySQL (a shared database changes only when its operator says).
   */
  public SchemaPolicy schemaPolicy() {
    if (schema != null) {
      return schema;
    }
    return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") ? SchemaPolicy.MIGRATE : SchemaPolicy.VALIDATE;
  }

  /**
   * The defaults: port 8080 on the interface the keys allow (loopback with the demo keys), the H2 file, demo keys,
   * demo data into an empty database, events on.
   */
  public static AppConfig defaults() {
    return new AppConfig(null, DEFAULT_PORT, DEFAULT_JDBC_URL, "sa", "", null, DemoDataMode.AUTO,
        Clock.systemDefaultZone(), EventsMode.ON, null, null);
  }

  public AppConfig withHost(String newHost) {
    return new AppConfig(newHost, port, jdbcUrl, user, password, keysFile, demoData, clock, events, schema,
        documentStore);
  }

  public AppConfig withPort(int newPort) {
    return new AppConfig(host, newPort, jdbcUrl, user, password, keysFile, demoData, clock, events, schema,
        documentStore);
  }

  public AppConfig withDatabase(String url, String newUser, String newPassword) {
    return new AppConfig(host, port, url, newUser, newPassword, keysFile, demoData, clock, events, schema,
        documentStore);
  }

  public AppConfig withKeysFile(Path file) {
    return new AppConfig(host, port, jdbcUrl, user, password, file, demoData, clock, events, schema, documentStore);
  }

  public AppConfig withDemoData(DemoDataMode mode) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, mode, clock, events, schema, documentStore);
  }

  public AppConfig withClock(Clock newClock) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, demoData, newClock, events, schema,
        documentStore);
  }

  /** The schema policy; null for the database's default. */
  public AppConfig withSchema(SchemaPolicy policy) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, demoData, clock, events, policy, documentStore);
  }

  /** The document store folder; null for the default. */
  public AppConfig withDocumentStore(Path folder) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, demoData, clock, events, schema, folder);
  }

  /** The document store folder in effect. */
  public Path documentStoreFolder() {
    return documentStore != null ? documentStore : Path.of(DEFAULT_DOCUMENT_STORE);
  }

  public AppConfig withEvents(EventsMode mode) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, demoData, clock, mode, schema, documentStore);
  }
}
