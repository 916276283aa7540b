package com.example.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.clinic.opendental.client.OpenDentalClient;
import com.example.clinic.opendental.entity.Patient;
import com.example.clinic.opendental.entity.PatientPatch;
import com.example.clinic.opendental.entity.ProviderPatch;
import dev.odgen.runtime.client.ApiNotFoundException;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated client against a running generated server: the practice-server jar, started as a process of
 * its own (its libraries are not on this project's classpath, which is the point).
 */
class PatientDirectoryTest {

  private static Process server;
  private static OpenDentalClient client;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createDirectories(Path.of(System.getProperty("practice.server.dir")));
    Files.deleteIfExists(dir.resolve("opendental.mv.db"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server = new ProcessBuilder(java, "-jar", System.getProperty("practice.server.jar"), "0", "dev-key", "customer-key")
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String baseUrl = null;
    for (String line; baseUrl == null && (line = out.readLine()) != null; ) {
      System.out.println("server: " + line);
      if (line.startsWith("listening on ")) {
        baseUrl = line.substring("listening on ".length());
      }
    }
    assertTrue(baseUrl != null, "the server did not start");
    client = OpenDentalClient.builder().baseUrl(baseUrl).developerKey("dev-key").customerKey("customer-key").build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void describesAPatientThroughTwoGeneratedClients() {
    long provNum = client.providers().create(ProviderPatch.builder().abbr("Dr. Jones").lName("Jones").build()).provNum();
    long patNum = client.patients().create(PatientPatch.builder().lName("Smith").fName("Ann").priProv(provNum).build())
        .patNum();

    assertEquals("Ann Smith (Dr. Jones)", new PatientDirectory(client).describe(patNum));
  }

  @Test
  void generatedEntityReadsTheWireFormat() {
    long patNum = client.patients().create(PatientPatch.builder().lName("Wire").fName("Tess").premed(true).build()).patNum();

    Patient patient = client.patients().get(patNum);

    assertTrue(patient.premed(), "Open Dental sends booleans as strings");
    assertEquals("", patient.middleI());
  }

  @Test
  void unknownIdIsATypedError() {
    ApiNotFoundException notFound = assertThrows(ApiNotFoundException.class, () -> client.patients().get(999_999));

    assertEquals(404, notFound.status());
  }

  @Test
  void noServerLibraryIsOnTheClassPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> jars = Arrays.stream(path.split(File.pathSeparator)).filter(p -> p.endsWith(".jar")).toList();
    List<String> server = jars.stream()
        .map(jar -> Path.of(jar).getFileName().toString())
        .filter(name -> name.matches("(javalin|jetty|kotlin|HikariCP|h2|odgen-runtime-server).*"))
        .toList();
    assertEquals(List.of(), server, "server libraries on a client-only classpath");
    System.out.println("client-only test classpath: " + jars.size() + " jars");
  }
}
