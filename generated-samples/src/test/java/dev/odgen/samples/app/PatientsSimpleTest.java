package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.client.PatientsSimpleRequest;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PatientStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /patients/Simple} through the generated client. Changes only Nora Patel and a patient it creates. */
class PatientsSimpleTest {
  private final OpenDentalClient client = DemoServer.client();
  private final DemoSummary demo = DemoServer.demo();

  @Test
  void namesMatchAnywhereIgnoringCaseInPatNumOrder() {
    List<Patient> found = client.patients().simple(PatientsSimpleRequest.of().lName("ARTIN"));
    assertEquals(List.of("Carlos", "Elena", "Sofia", "Mateo"), found.stream().map(Patient::fName).toList());
    assertEquals(List.of("Sofia"), names(client.patients().simple(PatientsSimpleRequest.of().fName("fi"))));
  }

  @Test
  void filtersCombine() {
    assertEquals(List.of("Elena"), names(client.patients().simple(
        PatientsSimpleRequest.of().guarantor(demo.carlosMartinez()).birthdate(LocalDate.of(1981, 7, 2)))));
    assertEquals(List.of("Walter"), names(client.patients().simple(
        PatientsSimpleRequest.of().patStatus(PatientStatus.INACTIVE))));
    assertEquals(4, client.patients().simple(PatientsSimpleRequest.of().guarantor(demo.carlosMartinez())).size());
  }

  @Test
  void pagesWithOffset() {
    List<Patient> all = client.patients().simpleAll(PatientsSimpleRequest.of()).toList();
    List<Patient> secondPage = client.patients().simple(PatientsSimpleRequest.of(), 2);
    assertTrue(all.size() >= 10, "the demo has ten patients: " + all.size());
    assertEquals(all.get(2).patNum(), secondPage.get(0).patNum());
  }

  @Test
  void dateTStampListsOnlyPatientsChangedSinceTheLastCall() throws InterruptedException {
    LocalDateTime serverTime = client.patients().simple(PatientsSimpleRequest.of().lName("Patel")).get(0)
        .serverDateTime();
    // timestamps have whole seconds: change the patient in a later second than the call above
    Thread.sleep(1100);
    long nora = client.patients().simple(PatientsSimpleRequest.of().lName("Patel")).get(0).patNum();
    client.patients().update(nora, PatientPatch.builder().wirelessPhone("(541)555-0199").build());
    List<Patient> changed = client.patients().simple(PatientsSimpleRequest.of().dateTStamp(serverTime.plusSeconds(1)));
    assertEquals(List.of("Nora"), names(changed));
  }

  @Test
  void deletedPatientsAreNeverListed() {
    long ghost = client.patients().create(PatientPatch.builder().lName("Ghostley").fName("Casper")
        .birthdate(LocalDate.of(1990, 1, 1)).build()).patNum();
    assertEquals(1, client.patients().simple(PatientsSimpleRequest.of().lName("Ghostley")).size());
    DemoServer.app().server().daos().patients().update(ghost,
        PatientPatch.builder().patStatus(PatientStatus.DELETED).build());
    assertEquals(List.of(), client.patients().simple(PatientsSimpleRequest.of().lName("Ghostley")));
  }

  @Test
  void aBadFilterValueIsA400NamingTheParameter() {
    RawHttp.Answer answer = RawHttp.get(DemoServer.app().baseUrl() + "/patients/Simple?PatStatus=Sleeping");
    assertEquals(400, answer.status());
    assertTrue(answer.body().contains("PatStatus"), answer.body());
  }

  private static List<String> names(List<Patient> patients) {
    return patients.stream().map(Patient::fName).toList();
  }
}
