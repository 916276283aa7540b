package dev.odgen.codegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.SpecInput;
import dev.odgen.spec.model.ApiModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ten planted changes between two small specs, each found once, in the right classes and places. */
class SpecDiffTest {
  static final Path DIFF = Path.of("src/test/resources/diff");

  static ApiModel load(String folder) throws IOException {
    return SpecInput.path(DIFF.resolve(folder)).load(DIFF);
  }

  @Test
  void aSpecAgainstItselfHasNoChanges() throws IOException {
    DiffReport report = SpecDiff.compare(load("v1"), load("v1"));
    assertTrue(report.isEmpty(), report.render());
    assertEquals("no changes", report.summary());
  }

  @Test
  void findsAllTenPlantedChangesEachInItsClasses() throws IOException {
    DiffReport report = SpecDiff.compare(load("v1"), load("planted"));

    List<String> found = report.changes().stream()
        .map(c -> c.location() + " " + c.subject() + " | " + c.client() + " | " + c.data())
        .toList();
    assertEquals(List.of(
        "planted/appointments.yaml:11:5 Appointments.AptNote | BREAKING | NONE",
        "planted/appointments.yaml:20:51 enum ApptStatus.Broken | NONE | STORED_VALUE_CHANGED",
        "planted/appointments.yaml:20:62 enum ApptStatus.Lost | COMPATIBLE | NONE",
        "planted/clinics.yaml:1:1 Clinics | COMPATIBLE | TABLE_ADDED",
        "planted/patients.yaml:9:5 Patients.LName | COMPATIBLE | COLUMN_WIDENED",
        "planted/patients.yaml:10:5 Patients.FName | BREAKING | COLUMN_NARROWED",
        "planted/patients.yaml:13:5 Patients.Email | COMPATIBLE | COLUMN_ADDED",
        "planted/patients.yaml:18:23 POST /patients body Birthdate | BREAKING | NONE",
        "v1/patients.yaml:13:5 Patients.Note | BREAKING | COLUMN_REMOVED",
        "v1/patients.yaml:18:9 GET /patients ?LName | BREAKING | NONE"), found);
    assertEquals("10 changes: 5 breaking and 4 compatible for clients; 6 affecting stored data (2 destructive,"
        + " 1 error)", report.summary());
    assertTrue(report.hasBreaking());
  }

  @Test
  void eachChangeRendersAsOneLineWithItsPlaceAndClasses() throws IOException {
    DiffReport report = SpecDiff.compare(load("v1"), load("planted"));
    String text = report.render();
    assertTrue(text.contains("v1/patients.yaml:13:5: breaking: Patients.Note: field removed (text)"
        + " [stored data: column removed]\n"), text);
    assertTrue(text.contains("planted/appointments.yaml:20:51: data only: enum ApptStatus.Broken: stored value"
        + " changed from 5 to 6: rows stored before now read as another member or fail [stored data: stored value"
        + " changed, an error]\n"), text);
    assertTrue(text.contains("planted/appointments.yaml:11:5: breaking: Appointments.AptNote: wire name renamed from"
        + " Note to AptNote\n"), text);
  }
}
