package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/** The health endpoint follows the database; SIGTERM stops the server cleanly through the shutdown hook. */
class HealthAndShutdownTest {
  @Test
  void healthIsOkWithoutCredentials() {
    RawHttp.Answer answer = RawHttp.getAnonymous(DemoServer.app().healthUrl());
    assertEquals(200, answer.status());
    assertEquals("ok", answer.body());
  }

  @Test
  void healthReports503WhileTheDatabaseIsDown() throws Exception {
    int port = freePort();
    Server database = Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists").start();
    OpenDentalApp app = null;
    try {
      app = OpenDentalApp.start(AppConfig.defaults().withHost("127.0.0.1").withPort(0)
          .withDemoData(DemoDataMode.OFF).withDatabase("jdbc:h2:tcp://localhost:" + port + "/mem:health", "sa", ""));
      assertEquals(200, RawHttp.getAnonymous(app.healthUrl()).status());
      database.stop();
      RawHttp.Answer down = RawHttp.getAnonymous(app.healthUrl());
      assertEquals(503, down.status());
      assertTrue(down.body().startsWith("database unavailable: "), down.body());
    } finally {
      database.stop();
      if (app != null) {
        app.stop();
      }
    }
  }

  @Test
  void sigtermStopsTheServerThroughTheShutdownHook() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the application's own logging configuration, not the tests' (which keeps the start-up lines quiet)
    Process process = new ProcessBuilder(java, "-Dlogback.configurationFile=logback.xml",
        "-cp", System.getProperty("java.class.path"),
        ServerMain.class.getName(), "--port", "0", "--demo-data", "off",
        "--db-url", "jdbc:h2:mem:sigterm;DB_CLOSE_DELAY=-1")
        .redirectErrorStream(true)
        .start();
    try {
      ProcessLines output = ProcessLines.of(process);
      String banner = output.await(line -> line.contains("started in"), Duration.ofSeconds(60));
      Matcher health = Pattern.compile("health:\\s+(\\S+)").matcher(String.join("\n", output.lines()));
      assertTrue(banner != null && health.find(), "no start-up banner: " + output.lines());
      String healthUrl = health.group(1);
      assertEquals(200, RawHttp.getAnonymous(healthUrl).status());

      // SIGTERM; Process.destroy() would also close the output we still want to read
      process.toHandle().destroy();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server did not stop");
      assertTrue(output.await(line -> line.endsWith("ServerMain - stopped"), Duration.ofSeconds(10)) != null,
          output.lines().toString());
      assertTrue(output.lines().stream().anyMatch(line -> line.endsWith("ServerMain - stopping...")),
          output.lines().toString());
      assertThrows(UncheckedIOException.class, () -> RawHttp.getAnonymous(healthUrl));
    } finally {
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
