package dev.odgen.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.odgen.runtime.jdbc.DataSources;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running server (a {@link TcpProxy} in front of MariaDB drops every connection):
 * requests get 503 with an explanation (without the pool's internals), only the first waits for the pool once the
 * database is known down, nothing is half-written, and once the database is back the same server answers again
 * without a restart.
 */
class OutageTest {
  /** Long enough that three calls which each waited for it could not pass for fast ones. */
  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(6);

  private ScratchDatabase database;
  private TcpProxy proxy;
  private HikariDataSource pool;
  private OpenDentalServer server;
  private Http http;

  @BeforeEach
  void serverBehindAProxy() throws Exception {
    database = ScratchDatabase.create("outage");
    proxy = new TcpProxy("127.0.0.1", 3306);
    pool = DataSources.forUrl(database.url(proxy.hostAndPort()), ScratchDatabase.USER, ScratchDatabase.PASSWORD,
        new DataSources.PoolOptions(4, POOL_TIMEOUT));
    server = TestServers.startOn(pool);
    http = TestServers.http(server);
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (pool != null) {
      pool.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    database.close();
  }

  @Test
  void requestsGet503WhileTheDatabaseIsDownAndTheServerRecoversWithoutRestart() throws Exception {
    Http.Answer before = http.post("/patients", "{\"LName\":\"Before\",\"FName\":\"Outage\"}");
    assertEquals(201, before.status(), before.body());

    proxy.cut();
    Http.Answer read = http.get("/patients?LName=Before");
    assertEquals(503, read.status(), read.body());
    assertTrue(read.body().toLowerCase().contains("database"), "the 503 says why: " + read.body());
    assertTrue(!read.body().matches("(?s).*(odgen-mariadb|HikariPool|conn\\d|total=|Connection is not available).*"),
        "the 503 keeps the pool's internals to the log: " + read.body());
    // the first call waited the pool's timeout; the server knows now, and the next ones do not wait
    long knownDown = System.nanoTime();
    Http.Answer write = http.post("/patients", "{\"LName\":\"During\",\"FName\":\"Outage\"}");
    assertEquals(503, write.status(), write.body());
    Http.Answer update = http.put("/appointments/1", "{\"Note\":\"during\"}");
    assertEquals(503, update.status(), update.body());
    Http.Answer again = http.get("/patients?LName=Before");
    assertEquals(503, again.status(), again.body());
    long waited = (System.nanoTime() - knownDown) / 1_000_000;
    System.out.printf("OutageTest: three calls while the database was known down took %d ms in all (pool timeout %d"
        + " ms)%n", waited, POOL_TIMEOUT.toMillis());
    assertTrue(waited < POOL_TIMEOUT.toMillis(), "calls waited for the pool while the database was known down: "
        + waited + " ms");

    proxy.restore();
    long restored = System.nanoTime();
    Http.Answer after = http.get("/patients?LName=Before");
    for (int i = 0; i < 50 && after.status() != 200; i++) {
      Thread.sleep(200);
      after = http.get("/patients?LName=Before");
    }
    System.out.printf("OutageTest: answering again %d ms after the database came back%n",
        (System.nanoTime() - restored) / 1_000_000);
    assertEquals(200, after.status(), after.body());
    assertTrue(after.body().contains("\"LName\":\"Before\""), after.body());
    assertEquals(201, http.post("/patients", "{\"LName\":\"After\",\"FName\":\"Outage\"}").status());
    assertEquals("Before,After", database.value("SELECT GROUP_CONCAT(LName ORDER BY PatNum) FROM patient"),
        "nothing from the outage was written");
  }
}
