package dev.odgen.samples.app;

import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.opendental.client.OpenDentalClient;

/**
 * One running demo server for the action tests: in-memory H2, the demo practice, an ephemeral port. Started once
 * per test JVM (the schema and the demo data take a few seconds) and stopped when the JVM ends. Tests that change
 * rows either create their own rows through the API or touch rows no other test reads; see each test.
 */
final class DemoServer {
  private static OpenDentalApp app;
  private static final java.nio.file.Path DOCUMENT_STORE = TestFolders.documentStore();

  private DemoServer() {
  }

  static synchronized OpenDentalApp app() {
    if (app == null) {
      AppConfig config = AppConfig.defaults()
          .withHost("127.0.0.1")
          .withPort(0)
          .withDatabase("jdbc:h2:mem:demo-server-tests;DB_CLOSE_DELAY=-1", "sa", "")
          .withDemoData(DemoDataMode.ON)
          .withDocumentStore(DOCUMENT_STORE);
      try {
        app = OpenDentalApp.start(config);
      } catch (StartupException e) {
        throw new IllegalStateException("the demo server did not start: " + e.getMessage(), e);
      }
      OpenDentalApp started = app;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "demo-server-stop"));
    }
    return app;
  }

  /** The demo server's document store folder. */
  static java.nio.file.Path documentStore() {
    return DOCUMENT_STORE;
  }

  static DemoSummary demo() {
    return app().demo().orElseThrow();
  }

  /** A client of the demo server with the demo key pair. */
  static OpenDentalClient client() {
    return OpenDentalClient.builder()
        .baseUrl(app().baseUrl())
        .developerKey(ApiKeys.DEMO_DEVELOPER_KEY)
        .customerKey(ApiKeys.DEMO_CUSTOMER_KEY)
        .build();
  }
}
