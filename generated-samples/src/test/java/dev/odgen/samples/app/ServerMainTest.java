package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.logging.LogCapture;
import dev.odgen.runtime.jdbc.SchemaPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: configuration errors as one message and exit code 1, and the start-up banner. */
class ServerMainTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private LogCapture log;

  @BeforeEach
  void captureTheBanner() {
    log = LogCapture.of(ServerMain.LOG.getName());
  }

  @AfterEach
  void release() {
    log.close();
  }

  /** The start-up lines, which go through the logging backend, one per line. */
  private String banner() {
    return log.lines().stream().map(line -> line + "\n").collect(Collectors.joining());
  }

  @Test
  void aMissingKeysFileIsOneMessage() {
    Path keys = dir.resolve("keys.txt");
    ServerMain.Launch launch = launch("--keys-file", keys.toString(), "--db-url", "jdbc:h2:mem:keys-missing");
    assertEquals(1, launch.exitCode());
    assertEquals("error: cannot read the keys file " + keys + ": no such file\n"
        + "  fix: give an existing file to --keys-file, or leave it out to use the demo key\n", err());
    assertEquals("", out.toString());
    assertEquals("", banner(), "nothing started, nothing announced");
  }

  @Test
  void aBadKeysLineNamesTheLine() throws Exception {
    Path keys = Files.writeString(dir.resolve("keys.txt"), "# office keys\ngood-dev/good-cust\nlonely-key\n");
    ServerMain.Launch launch = launch("--keys-file", keys.toString(), "--db-url", "jdbc:h2:mem:keys-bad");
    assertEquals(1, launch.exitCode());
    assertTrue(err().startsWith("error: bad keys file " + keys + ": keys line 3: expected 2 credentials"), err());
  }

  @Test
  void anUnreachableDatabaseIsOneMessage() {
    ServerMain.Launch launch = launch("--db-url", "jdbc:mariadb://127.0.0.1:1/nowhere", "--db-user", "root");
    assertEquals(1, launch.exitCode());
    assertTrue(err().startsWith("error: cannot reach the database at jdbc:mariadb://127.0.0.1:1/nowhere: "), err());
    assertTrue(err().contains("fix: start the database"), err());
  }

  @Test
  void anUnsupportedUrlIsOneMessage() {
    assertEquals(1, launch("--db-url", "jdbc:postgresql://localhost/od").exitCode());
    assertTrue(err().startsWith("error: unsupported JDBC URL 'jdbc:postgresql://localhost/od'"), err());
  }

  @Test
  void tablesWithoutTheNeededColumnsAreOneMessage() throws Exception {
    String url = "jdbc:h2:mem:mismatch;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      keepAlive.createStatement().execute("CREATE TABLE patient (PatNum BIGINT PRIMARY KEY, LName VARCHAR(100))");
      ServerMain.Launch launch = launch("--db-url", url, "--port", "0", "--schema", "validate");
      assertEquals(1, launch.exitCode());
      assertTrue(err().contains("does not have the tables this server needs (schema policy validate):"), err());
      assertTrue(err().contains("table 'patient' has no column 'FName' (varchar(255))"), err());
      assertTrue(err().contains("ALTER TABLE `patient` ADD COLUMN `FName` varchar(255) NOT NULL DEFAULT '';"), err());
      assertTrue(err().contains("or: start with --schema migrate (env ODGEN_SCHEMA=migrate)"), err());
    }
  }

  @Test
  void onH2TheServerMigratesByDefaultAndSaysSo() throws Exception {
    String url = "jdbc:h2:mem:migrates;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      keepAlive.createStatement().execute("CREATE TABLE patient (PatNum BIGINT AUTO_INCREMENT PRIMARY KEY,"
          + " LName VARCHAR(100) NOT NULL DEFAULT '')");
      keepAlive.createStatement().execute("INSERT INTO patient (LName) VALUES ('Keep')");
      ServerMain.Launch launch = launch("--db-url", url, "--port", "0", "--demo-data", "off", "--events", "off");
      try {
        assertTrue(launch.running(), err());
        assertEquals(SchemaPolicy.MIGRATE, launch.app().schemaPolicy());
        assertTrue(banner().matches("(?s).*  schema:   migrate: \\d+ statements applied \\(recorded in"
            + " odgen_schema_history\\) \\(--schema validate\\|migrate\\|none\\).*"), banner());
        var rs = keepAlive.createStatement().executeQuery("SELECT LName, FName FROM patient");
        assertTrue(rs.next());
        assertEquals("Keep", rs.getString(1));
        assertEquals("", rs.getString(2), "the added column holds its blank default");
      } finally {
        stop(launch);
      }
    }
    assertEquals(2, launch("--schema", "sometimes").exitCode());
  }

  @Test
  void demoDataOnRefusesADatabaseWithPatients() {
    DemoServer.app();
    ServerMain.Launch launch = launch("--db-url", "jdbc:h2:mem:demo-server-tests;DB_CLOSE_DELAY=-1",
        "--demo-data", "on", "--port", "0");
    assertEquals(1, launch.exitCode());
    assertTrue(err().startsWith("error: demo data goes only into an empty database"), err());
  }

  @Test
  void aPortInUseIsOneMessage() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
      ServerMain.Launch launch = launch("--port", Integer.toString(taken.getLocalPort()), "--demo-data", "off",
          "--db-url", "jdbc:h2:mem:port-taken;DB_CLOSE_DELAY=-1");
      assertEquals(1, launch.exitCode());
      assertTrue(err().startsWith("error: cannot listen on port " + taken.getLocalPort() + ": "), err());
    }
  }

  @Test
  void badUsageIsExitCode2() {
    assertEquals(2, launch("--port", "eighty").exitCode());
    assertTrue(err().contains("--port"), err());
    assertEquals(0, launch("--help").exitCode());
    assertTrue(out.toString().contains("--db-url"), out.toString());
  }

  @Test
  void theBannersCurlLineWorksAsPrinted() throws InterruptedException {
    ServerMain.Launch launch = launch("--port", "0", "--db-url", "jdbc:h2:mem:banner;DB_CLOSE_DELAY=-1");
    try {
      assertTrue(launch.running(), err());
      String banner = banner();
      assertTrue(banner.startsWith("Open Dental API server (generated by odgen) listening on http://localhost:"
          + launch.app().port() + "/api/v1\n"), banner);
      assertTrue(banner.contains("(demo practice inserted: 10 patients"), banner);
      Matcher curl = Pattern.compile("curl -H '([^']+)' (\\S+/patients/\\d+)").matcher(banner);
      assertTrue(curl.find(), banner);
      RawHttp.Answer answer;
      try (LogCapture requests = LogCapture.of("odgen.requests")) {
        answer = RawHttp.getWithAuth(curl.group(2), curl.group(1).substring("Authorization: ".length()));
        String path = curl.group(2).substring(curl.group(2).indexOf("/api/v1"));
        for (int i = 0; i < 100 && requests.lines().isEmpty(); i++) {
          Thread.sleep(20);   // the line is written just after the answer goes out
        }
        assertTrue(requests.lines().size() == 1 && requests.lines().get(0).matches("GET " + path + " 200 \\d+ ms"),
            "one line per request on odgen.requests: " + requests.lines());
      }
      assertEquals(200, answer.status(), answer.body());
      assertTrue(answer.body().contains("\"LName\":\"Martinez\""), answer.body());
    } finally {
      stop(launch);
    }
  }

  @Test
  void theDemoKeysListenOnLoopbackOnly() throws Exception {
    ServerMain.Launch launch = launch("--port", "0", "--demo-data", "off", "--events", "off",
        "--db-url", "jdbc:h2:mem:loopback;DB_CLOSE_DELAY=-1");
    try {
      assertTrue(launch.running(), err());
      assertEquals("127.0.0.1", launch.app().host());
      assertEquals(200, RawHttp.get(launch.app().baseUrl() + "/patients").status());
      java.util.Optional<java.net.InetAddress> outside = nonLoopbackAddress();
      if (outside.isEmpty()) {
        System.out.println("ServerMainTest: no non-loopback address on this machine; the reach from outside is not"
            + " tried");
        return;
      }
      try (java.net.Socket socket = new java.net.Socket()) {
        socket.connect(new java.net.InetSocketAddress(outside.get(), launch.app().port()), 2000);
        throw new AssertionError("the demo keys answered on " + outside.get());
      } catch (java.io.IOException refused) {
        // nothing listens there
      }
    } finally {
      stop(launch);
    }
  }

  @Test
  void theDemoKeysRefuseAnInterfaceOtherThanLoopback() {
    ServerMain.Launch launch = launch("--port", "0", "--host", "0.0.0.0", "--db-url", "jdbc:h2:mem:exposed");
    assertEquals(1, launch.exitCode());
    assertEquals("error: --host 0.0.0.0 would let anyone who can reach this machine in with the demo key pair, which"
        + " is printed in the README\n  fix: give your own keys with --keys-file, or leave --host out (the demo keys"
        + " listen on 127.0.0.1 only)\n", err());
  }

  @Test
  void ownKeysListenOnEveryInterfaceByDefault() throws Exception {
    Path keys = Files.writeString(dir.resolve("keys.txt"), "acme-dev/acme-cust\n");
    ServerMain.Launch launch = launch("--port", "0", "--keys-file", keys.toString(), "--demo-data", "off",
        "--events", "off", "--db-url", "jdbc:h2:mem:every-interface;DB_CLOSE_DELAY=-1");
    try {
      assertTrue(launch.running(), err());
      assertEquals("0.0.0.0", launch.app().host());
    } finally {
      stop(launch);
    }
  }

  private static java.util.Optional<java.net.InetAddress> nonLoopbackAddress() throws java.net.SocketException {
    return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
        .findFirst();
  }

  @Test
  void keysFromAFileReplaceTheDemoPair() throws Exception {
    Path keys = Files.writeString(dir.resolve("keys.txt"), "acme-dev/acme-cust\n");
    ServerMain.Launch launch = launch("--port", "0", "--keys-file", keys.toString(), "--demo-data", "off",
        "--db-url", "jdbc:h2:mem:own-keys;DB_CLOSE_DELAY=-1");
    try {
      assertTrue(launch.running(), err());
      String patients = launch.app().baseUrl() + "/patients";
      assertEquals(200, RawHttp.getWithAuth(patients, "ODFHIR acme-dev/acme-cust").status());
      assertEquals(401, RawHttp.get(patients).status());
      assertTrue(banner().contains("<DeveloperKey>/<CustomerKey>"), banner());
      assertFalse(banner().contains("demo practice inserted"), banner());
    } finally {
      stop(launch);
    }
  }

  @Test
  void databaseEventsAreOnUnlessTurnedOff() {
    ServerMain.Launch on = launch("--port", "0", "--demo-data", "off", "--db-url", "jdbc:h2:mem:events-on");
    try {
      assertTrue(on.running(), err());
      assertTrue(on.app().events().isPresent());
      assertTrue(banner().contains("  events:   Database Events on, as workstation "), banner());
    } finally {
      stop(on);
    }
    out.getBuffer().setLength(0);
    ServerMain.Launch off = launch("--port", "0", "--demo-data", "off", "--events", "OFF",
        "--db-url", "jdbc:h2:mem:events-off");
    try {
      assertTrue(off.running(), err());
      assertTrue(off.app().events().isEmpty());
      assertTrue(banner().contains("  events:   off\n"), banner());
    } finally {
      stop(off);
    }
    assertEquals(2, launch("--events", "sometimes").exitCode());
  }

  private ServerMain.Launch launch(String... args) {
    return ServerMain.launch(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The error output, which must never carry a stack trace. */
  private String err() {
    String text = err.toString();
    assertFalse(text.contains("Exception") || text.contains("\tat "), "a stack trace leaked: " + text);
    return text;
  }

  private static void stop(ServerMain.Launch launch) {
    assertNotNull(launch.app());
    launch.app().stop();
  }
}
