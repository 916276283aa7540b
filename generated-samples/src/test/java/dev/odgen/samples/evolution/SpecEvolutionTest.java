package dev.odgen.samples.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.codegen.diff.DiffReport;
import dev.odgen.codegen.diff.SpecDiff;
import dev.odgen.runtime.client.ApiVersionException;
import dev.odgen.runtime.client.RetryPolicy;
import dev.odgen.runtime.jdbc.SchemaManager;
import dev.odgen.runtime.jdbc.SchemaMigrationException;
import dev.odgen.runtime.jdbc.SchemaMismatchException;
import dev.odgen.runtime.jdbc.SchemaPolicy;
import dev.odgen.samples.testdb.ScratchDatabase;
import dev.odgen.spec.SpecInput;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Servers and clients of three versions of one spec over one database (README in {@code src/test/evolution}):
 * v1 writes rows; {@code diff} reports exactly v2's changes; {@code migrate} brings the v1 database to v2 with
 * every row intact; a v1 client reads and updates v2 rows, one holding an enum member it does not know; v3's
 * removed field is breaking and its column stays. Each database story runs on H2 and on MariaDB (skipped,
 * saying why, when none answers).
 */
class SpecEvolutionTest {
  static final Path EVOLUTION = Path.of("src/test/evolution");

  @TempDir
  Path temp;

  @Test
  void diffReportsExactlyTheChangesOfV2EachInItsClasses() throws IOException {
    DiffReport report = SpecDiff.compare(spec("v1"), spec("v2"));
    assertEquals(List.of(
        "v2/appointments.yaml:12 Appointments.Pattern | COMPATIBLE | COLUMN_WIDENED",
        "v2/appointments.yaml:24 DELETE /appointments/{AptNum} | COMPATIBLE | NONE",
        "v2/appointments.yaml:27 enum ApptStatus.Broken | COMPATIBLE | NONE",
        "v2/clinics.yaml:1 Clinics | COMPATIBLE | TABLE_ADDED",
        "v2/patients.yaml:14 Patients.ClinicNum | COMPATIBLE | COLUMN_ADDED"), lines(report));
    assertFalse(report.hasBreaking());
    assertTrue(SpecDiff.compare(spec("v2"), spec("v2")).isEmpty(), "a spec against itself");
  }

  @Test
  void v3RemovingAFieldIsBreakingForClientsAndDestructiveForData() throws IOException {
    DiffReport report = SpecDiff.compare(spec("v2"), spec("v3"));
    assertEquals(List.of(
        "v2/patients.yaml:12 Patients.Birthdate | BREAKING | COLUMN_REMOVED",
        "v2/patients.yaml:22 POST /patients body Birthdate | BREAKING | NONE",
        "v2/patients.yaml:24 PUT /patients/{PatNum} body Birthdate | BREAKING | NONE"), lines(report));
    assertEquals(1, report.destructive());
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "mariadb"})
  void aV1DatabaseMigratesToV2AndV3AndAV1ClientKeepsWorking(String backend) {
    try (Store store = store(backend, "evolution")) {
      // v1 writes rows
      long patNum;
      long aptNum;
      try (var server = v1Server(store)) {
        var client = v1Client(server.baseUrl());
        long provNum = client.providers().create(
            dev.odgen.samples.evolution.v1.entity.ProviderPatch.builder().abbr("DOC1").build()).provNum();
        patNum = client.patients().create(dev.odgen.samples.evolution.v1.entity.PatientPatch.builder()
            .lName("Martinez").fName("Rosa").birthdate(LocalDate.of(1985, 6, 7)).priProv(provNum).build()).patNum();
        aptNum = client.appointments().create(dev.odgen.samples.evolution.v1.entity.AppointmentPatch.builder()
            .patNum(patNum).aptDateTime(LocalDateTime.of(2026, 3, 4, 9, 30)).pattern("/XX/").build()).aptNum();
      }

      // validate refuses the v1 database, naming each column and the statement that adds it; nothing changes
      SchemaMismatchException refused = assertThrows(SchemaMismatchException.class,
          () -> v2Server(store, SchemaPolicy.VALIDATE).close());
      assertTrue(refused.getMessage().startsWith("table 'patient' has no column 'ClinicNum' (bigint)\n"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("ALTER TABLE `patient` ADD COLUMN `ClinicNum` bigint NOT NULL DEFAULT"
          + " 0;"), refused.getMessage());
      assertFalse(store.columns("patient").contains("clinicnum"));

      // migrate brings it to v2: every v1 row intact and readable through v2
      try (var server = v2Server(store, SchemaPolicy.MIGRATE)) {
        assertTrue(store.columns("patient").contains("clinicnum"));
        assertTrue(store.hasTable("clinic"));
        assertEquals(List.of("CREATE TABLE `clinic`", "ALTER TABLE `patient` ADD COLUMN `ClinicNum` bigint NOT NULL"
            + " DEFAULT 0", "CREATE INDEX `patient_ClinicNum` ON `patient` (`ClinicNum`)", "ALTER TABLE `appointment`"
            + " MODIFY COLUMN `Pattern` varchar(255) NOT NULL DEFAULT ''"), history(store).subList(5, 9).stream()
            .map(s -> s.startsWith("CREATE TABLE") ? s.substring(0, s.indexOf(" (")) : s).toList(),
            "each statement recorded after v1's five (three tables, two indexes)");
        var v2 = v2Client(server.baseUrl());
        var patient = v2.patients().get(patNum);
        assertEquals(List.of("Martinez", "Rosa", "1985-06-07", "0"), List.of(patient.lName(), patient.fName(),
            patient.birthdate().toString(), Long.toString(patient.clinicNum())));
        assertEquals("/XX/", v2.appointments().get(aptNum).pattern());

        // v2 stores what v1 could not: a wider Pattern, the new member, a clinic
        String wide = "/" + "X".repeat(120) + "/";
        v2.appointments().update(aptNum, dev.odgen.samples.evolution.v2.entity.AppointmentPatch.builder()
            .pattern(wide).aptStatus(dev.odgen.samples.evolution.v2.entity.ApptStatus.BROKEN).build());
        v2.clinics().create(dev.odgen.samples.evolution.v2.entity.ClinicPatch.builder().abbr("Main").build());

        // a v1 client reads the row holding a member it does not know, and updates it without failure
        var v1 = v1Client(server.baseUrl());
        var seen = v1.appointments().get(aptNum);
        assertEquals(wide, seen.pattern());
        assertFalse(seen.aptStatus().isRecognized());
        assertEquals("Broken", seen.aptStatus().wireName());
        assertEquals(1, v1.appointments().list().size());
        var updated = v1.appointments().update(aptNum, dev.odgen.samples.evolution.v1.entity.AppointmentPatch.builder()
            .aptDateTime(LocalDateTime.of(2026, 3, 5, 10, 0)).aptStatus(seen.aptStatus()).build());
        assertEquals("Broken", updated.aptStatus().wireName(), "written back as it came");
        assertEquals("5", store.value("SELECT `AptStatus` FROM `appointment`"));
        assertEquals("Martinez", v1.patients().get(patNum).lName(), "a newer field is ignored");

        // a client told the server's version refuses what that version lacks, before sending
        var toldV1 = v2ClientFor(server.baseUrl(), "1.0");
        ApiVersionException tooNew = assertThrows(ApiVersionException.class, () -> toldV1.appointments().delete(aptNum));
        assertEquals("DELETE /appointments/{AptNum} needs Practice 2.0 or later, and the server is Practice 1.0"
            + " (as the client was built with serverVersion)", tooNew.getMessage());
        assertEquals(wide, v2.appointments().get(aptNum).pattern(), "nothing was deleted");
      }

      // v3 drops Birthdate from the spec: migrate leaves the column and its values in place
      try (var server = v3Server(store)) {
        assertTrue(store.columns("patient").contains("birthdate"));
        assertEquals("1985-06-07", store.value("SELECT `Birthdate` FROM `patient`"));
        assertEquals("Martinez", v1Client(server.baseUrl()).patients().get(patNum).lName());
      }
    }
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "mariadb"})
  void aColumnTheSpecCannotWidenIntoStopsTheServerNamingTableColumnBothTypesAndTheWayOut(String backend) {
    try (Store store = store(backend, "evolution_retyped")) {
      v1Server(store).close();
      store.execute("ALTER TABLE `appointment` MODIFY COLUMN `Pattern` date NOT NULL DEFAULT '0001-01-01'");
      SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
          () -> v2Server(store, SchemaPolicy.MIGRATE).close());
      String message = e.getMessage();
      assertEquals("table 'appointment' column 'Pattern' is date and the spec needs varchar(255): odgen cannot widen"
          + " one into the other", message.lines().findFirst().orElseThrow());
      assertTrue(message.contains("fix: move the values and change the column's type yourself"), message);
      assertFalse(store.hasTable("clinic"), "nothing was changed");
      assertFalse(store.columns("patient").contains("clinicnum"));
    }
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"h2", "mariadb"})
  void aMigrationFailingPartWayLeavesTheDatabaseAsItWasAndTheServerDoesNotStart(String backend) {
    try (Store store = store(backend, "evolution_failing")) {
      v1Server(store).close();
      // an index holding the name migrate gives the new column's index: ADD COLUMN runs, CREATE INDEX fails
      store.execute("CREATE INDEX `patient_ClinicNum` ON `patient` (`LName`)");
      List<String> before = store.columns("patient");
      List<String> recorded = history(store);
      SchemaMigrationException e = assertThrows(SchemaMigrationException.class,
          () -> v2Server(store, SchemaPolicy.MIGRATE).close());
      assertTrue(e.getMessage().startsWith("migrating the schema failed at: CREATE INDEX `patient_ClinicNum`"),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("the database is as it was before the migration; nothing was recorded in "
          + SchemaManager.HISTORY_TABLE), e.getMessage());
      assertEquals(before, store.columns("patient"));
      assertFalse(store.hasTable("clinic"));
      assertEquals(recorded, history(store), "nothing recorded");
    }
  }

  private Store store(String backend, String prefix) {
    if (backend.equals("h2")) {
      return Store.h2(temp);
    }
    Assumptions.assumeTrue(ScratchDatabase.unavailable().isEmpty(),
        () -> "skipped on MariaDB: " + ScratchDatabase.unavailable().orElse(""));
    return Store.mariaDb(prefix);
  }

  /** Every statement in the schema history, in the order it ran. */
  private static List<String> history(Store store) {
    List<String> statements = new java.util.ArrayList<>();
    try (var c = store.connect(); var st = c.createStatement();
        var rs = st.executeQuery("SELECT `Statement` FROM `" + SchemaManager.HISTORY_TABLE + "` ORDER BY `Id`")) {
      while (rs.next()) {
        statements.add(rs.getString(1));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return statements;
  }

  private static ApiModel spec(String version) throws IOException {
    return SpecInput.path(EVOLUTION.resolve(version)).load(EVOLUTION);
  }

  private static List<String> lines(DiffReport report) {
    return report.changes().stream()
        .map(c -> c.location().path() + ":" + c.location().line() + " " + c.subject() + " | " + c.client() + " | "
            + c.data())
        .toList();
  }

  private static dev.odgen.samples.evolution.v1.server.PracticeServer v1Server(Store store) {
    return dev.odgen.samples.evolution.v1.server.PracticeServer.builder()
        .database(store.url(), store.user(), store.password())
        .schema(SchemaPolicy.MIGRATE)
        .withoutAuth().host("127.0.0.1").port(0).build().start();
  }

  private static dev.odgen.samples.evolution.v2.server.PracticeServer v2Server(Store store, SchemaPolicy policy) {
    return dev.odgen.samples.evolution.v2.server.PracticeServer.builder()
        .database(store.url(), store.user(), store.password())
        .schema(policy)
        .withoutAuth().host("127.0.0.1").port(0).build().start();
  }

  private static dev.odgen.samples.evolution.v3.server.PracticeServer v3Server(Store store) {
    return dev.odgen.samples.evolution.v3.server.PracticeServer.builder()
        .database(store.url(), store.user(), store.password())
        .schema(SchemaPolicy.MIGRATE)
        .withoutAuth().host("127.0.0.1").port(0).build().start();
  }

  private static dev.odgen.samples.evolution.v1.client.PracticeClient v1Client(String baseUrl) {
    return dev.odgen.samples.evolution.v1.client.PracticeClient.builder().baseUrl(baseUrl)
        .developerKey("dev").customerKey("cust").retry(RetryPolicy.none()).build();
  }

  private static dev.odgen.samples.evolution.v2.client.PracticeClient v2Client(String baseUrl) {
    return dev.odgen.samples.evolution.v2.client.PracticeClient.builder().baseUrl(baseUrl)
        .developerKey("dev").customerKey("cust").retry(RetryPolicy.none()).build();
  }

  private static dev.odgen.samples.evolution.v2.client.PracticeClient v2ClientFor(String baseUrl, String version) {
    return dev.odgen.samples.evolution.v2.client.PracticeClient.builder().baseUrl(baseUrl)
        .developerKey("dev").customerKey("cust").retry(RetryPolicy.none()).serverVersion(version).build();
  }
}
