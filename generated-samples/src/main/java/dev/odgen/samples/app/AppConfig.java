package dev.odgen.samples.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the server application is started with.
 *
 * @param host the interface to listen on
 * @param port the port; 0 picks a free one
 * @param jdbcUrl the database ({@code jdbc:h2:...}, {@code jdbc:mariadb:...}, {@code jdbc:mysql:...})
 * @param keysFile the file of accepted key pairs, or null for the demo pair
 * @param clock the server's clock (dates of demo data, aging, serverDateTime)
 * @param events whether Database Events (webhooks of the subscriptions) are sent
 */
public record AppConfig(String host, int port, String jdbcUrl, String user, String password, Path keysFile,
    DemoDataMode demoData, Clock clock, EventsMode events) {
  /** The default database: an H2 file under the working directory. */
  public static final String DEFAULT_JDBC_URL = "jdbc:h2:file:./data/opendental";
  public static final int DEFAULT_PORT = 8080;

  public AppConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(demoData, "demoData");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(events, "events");
  }

  /**
   * The defaults: port 8080 on every interface, the H2 file, demo keys, demo data into an empty database, events
   * on.
   */
  public static AppConfig defaults() {
    return new AppConfig("0.0.0.0", DEFAULT_PORT, DEFAULT_JDBC_URL, "sa", "", null, DemoDataMode.AUTO,
        Clock.systemDefaultZone(), EventsMode.ON);
  }

  public AppConfig withHost(String newHost) {
    return new AppConfig(newHost, port, jdbcUrl, user, password, keysFile, demoData, clock, events);
  }

  public AppConfig withPort(int newPort) {
    return new AppConfig(host, newPort, jdbcUrl, user, password, keysFile, demoData, clock, events);
  }

  public AppConfig withDatabase(String url, String newUser, String newPassword) {
    return new AppConfig(host, port, url, newUser, newPassword, keysFile, demoData, clock, events);
  }

  public AppConfig withKeysFile(Path file) {
    return new AppConfig(host, port, jdbcUrl, user, password, file, demoData, clock, events);
  }

  public AppConfig withDemoData(DemoDataMode mode) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, mode, clock, events);
  }

  public AppConfig withClock(Clock newClock) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, demoData, newClock, events);
  }

  public AppConfig withEvents(EventsMode mode) {
    return new AppConfig(host, port, jdbcUrl, user, password, keysFile, demoData, clock, mode);
  }
}
