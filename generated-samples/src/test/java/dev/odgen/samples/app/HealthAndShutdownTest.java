package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ServerMain.class.getName(), "--port", "0", "--demo-data", "off",
        "--db-url", "jdbc:h2:mem:sigterm;DB_CLOSE_DELAY=-1")
        .redirectErrorStream(true)
        .start();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> output = new ArrayList<>();
      String healthUrl = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        Matcher health = Pattern.compile("health:\\s+(\\S+)").matcher(line);
        if (health.find()) {
          healthUrl = health.group(1);
        }
        if (line.contains("started in")) {
          break;
        }
      }
      assertTrue(healthUrl != null, "no start-up banner: " + output);
      assertEquals(200, RawHttp.getAnonymous(healthUrl).status());

      // SIGTERM; Process.destroy() would also close the output we still want to read
      process.toHandle().destroy();
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server did not stop");
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
      }
      int stopping = output.indexOf("stopping...");
      assertTrue(stopping >= 0 && output.subList(stopping, output.size()).contains("stopped"), output.toString());
      String stopped = healthUrl;
      assertThrows(UncheckedIOException.class, () -> RawHttp.getAnonymous(stopped));
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
