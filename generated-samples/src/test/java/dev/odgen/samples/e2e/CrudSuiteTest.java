package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * Every CRUD operation of every resource of the spec, called over HTTP on the generated server: one container
 * per resource, one test per operation and per list filter.
 */
@EndToEnd
class CrudSuiteTest {
  private static LiveServer server;
  private static RowFactory rows;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    rows = new RowFactory(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @TestFactory
  Stream<DynamicContainer> everyOperationOfEveryResource() {
    return TheSpec.model().resources().stream()
        .filter(resource -> !resource.operations().isEmpty())
        .map(resource -> dynamicContainer(resource.name(),
            new ResourceChecks(resource, rows, server.api()).tests().stream()));
  }
}
