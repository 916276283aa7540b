package dev.odgen.samples.mariadb;

import dev.odgen.runtime.server.KeyStore;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.util.List;
import javax.sql.DataSource;

/** Starts the generated server, as an application would, and clients and raw HTTP calls for it. */
final class TestServers {
  static final String DEVELOPER_KEY = "mariadb-test-dev";
  static final String CUSTOMER_KEY = "mariadb-test-cust";

  private TestServers() {
  }

  /** The generated server on {@code jdbcUrl}, on a free loopback port, started. */
  static OpenDentalServer start(String jdbcUrl) {
    return OpenDentalServer.builder()
        .database(jdbcUrl, ScratchDatabase.USER, ScratchDatabase.PASSWORD)
        .keys(KeyStore.of(List.of(List.of(DEVELOPER_KEY, CUSTOMER_KEY))))
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  /** The generated server on a pool the test owns (and closes), on a free loopback port, started. */
  static OpenDentalServer startOn(DataSource pool) {
    return OpenDentalServer.builder()
        .dataSource(pool)
        .keys(KeyStore.of(List.of(List.of(DEVELOPER_KEY, CUSTOMER_KEY))))
        .host("127.0.0.1")
        .port(0)
        .build()
        .start();
  }

  static OpenDentalClient client(OpenDentalServer server) {
    return OpenDentalClient.builder().baseUrl(server.baseUrl())
        .developerKey(DEVELOPER_KEY).customerKey(CUSTOMER_KEY).build();
  }

  static Http http(OpenDentalServer server) {
    return new Http(server.baseUrl(), "ODFHIR " + DEVELOPER_KEY + "/" + CUSTOMER_KEY);
  }
}
