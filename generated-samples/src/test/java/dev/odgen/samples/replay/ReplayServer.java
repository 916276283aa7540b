package dev.odgen.samples.replay;

import dev.odgen.samples.app.AppConfig;
import dev.odgen.samples.app.DemoDataMode;
import dev.odgen.samples.app.EventsMode;
import dev.odgen.samples.app.OpenDentalApp;
import dev.odgen.samples.app.StartupException;
import java.nio.file.Path;

/**
 * A demo server of the replay's own: a fresh database with the demo practice (replayed writes change rows, so no
 * other test shares it), an ephemeral port on 127.0.0.1, no Database Events.
 */
final class ReplayServer implements AutoCloseable {
  private final OpenDentalApp app;
  private final String url;
  private final String user;
  private final String password;

  private ReplayServer(OpenDentalApp app, String url, String user, String password) {
    this.app = app;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static ReplayServer start(String url, String user, String password) {
    AppConfig config = AppConfig.defaults().withHost("127.0.0.1").withPort(0)
        .withDatabase(url, user, password).withDemoData(DemoDataMode.ON).withEvents(EventsMode.OFF)
        .withDocumentStore(Path.of("target", "replay-document-stores", Long.toString(System.nanoTime())));
    try {
      return new ReplayServer(OpenDentalApp.start(config), url, user, password);
    } catch (StartupException e) {
      throw new IllegalStateException("the replay's demo server did not start: " + e.getMessage(), e);
    }
  }

  /** On an in-memory H2 database of its own name. */
  static ReplayServer onH2(String name) {
    return start("jdbc:h2:mem:replay-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  String baseUrl() {
    return app.baseUrl();
  }

  DemoIds ids() {
    return new DemoIds(url, user, password);
  }

  @Override
  public void close() {
    app.stop();
  }
}
