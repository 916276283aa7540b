package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.client.ProcedureLogsQuery;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.Definition;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Break, Confirm and Note through the generated client. Breaking uses a patient and appointments it creates (far
 * in the future, so no slot or aging test sees them); Confirm changes Grace's next appointment and Note Carlos's.
 */
class AppointmentActionsTest {
  private final OpenDentalClient client = DemoServer.client();
  private final DemoSummary demo = DemoServer.demo();

  @Test
  void aNoteIsAppendedOnANewLine() {
    long apt = demo.carlosNextAptNum();
    String before = client.appointments().get(apt).note();
    client.appointments().appendNote(apt, "Asked about whitening");
    assertEquals(before + "\r\nAsked about whitening", client.appointments().get(apt).note());
  }

  @Test
  void confirmTakesAConfirmValOrADefNum() {
    long apt = demo.graceNextAptNum();
    client.appointments().confirm(apt, "Confirmed", null);
    assertEquals("Confirmed", client.appointments().get(apt).confirmedLabel());
    client.appointments().confirm(apt, "Sent", null);
    assertEquals("Texted", client.appointments().get(apt).confirmedLabel());
    client.appointments().confirm(apt, "None", null);
    assertEquals("Not Called", client.appointments().get(apt).confirmedLabel());
    client.appointments().confirm(apt, null, definition(DefCat.APPT_CONFIRMED, "Arrived"));
    assertEquals("Arrived", client.appointments().get(apt).confirmedLabel());
  }

  @Test
  void confirmRefusesBothOrNeitherAndDefinitionsOfOtherCategories() {
    long apt = demo.graceNextAptNum();
    ApiBadRequestException both = assertThrows(ApiBadRequestException.class,
        () -> client.appointments().confirm(apt, "Confirmed", definition(DefCat.APPT_CONFIRMED, "Arrived")));
    assertTrue(both.explanation().contains("exactly one"), both.explanation());
    assertThrows(ApiBadRequestException.class, () -> client.appointments().confirm(apt, null, null));
    ApiBadRequestException wrongCategory = assertThrows(ApiBadRequestException.class,
        () -> client.appointments().confirm(apt, null, definition(DefCat.ADJ_TYPES, "Discount")));
    assertTrue(wrongCategory.explanation().startsWith("defNum: "), wrongCategory.explanation());
    assertTrue(wrongCategory.explanation().contains("not ApptConfirmed"), wrongCategory.explanation());
  }

  @Test
  void breakingSendsToTheUnscheduledListAndOnlyOnce() {
    long apt = newAppointment(newPatient("Breakwell"), 9);
    client.appointments()._break(apt, true, null);
    assertEquals(ApptStatus.UNSCHED_LIST, client.appointments().get(apt).aptStatus());
    ApiBadRequestException again = assertThrows(ApiBadRequestException.class,
        () -> client.appointments()._break(apt, true, null));
    assertTrue(again.explanation().contains("only Scheduled appointments can be broken"), again.explanation());
  }

  @Test
  void aMissedAppointmentStaysOnTheBookAndChargesTheMissedFee() {
    long patient = newPatient("Noshow");
    long apt = newAppointment(patient, 10);
    client.appointments()._break(apt, false, "Missed");
    assertEquals(ApptStatus.BROKEN, client.appointments().get(apt).aptStatus());
    List<ProcedureLog> procedures = client.procedureLogs().list(ProcedureLogsQuery.of().patNum(patient));
    assertEquals(1, procedures.size());
    ProcedureLog missed = procedures.get(0);
    assertEquals("D9986", missed.procCode());
    assertEquals(ProcStat.C, missed.procStatus());
    assertEquals(new BigDecimal("50.00"), missed.procFee());
  }

  @Test
  void unknownAppointmentsAre404() {
    ApiNotFoundException e = assertThrows(ApiNotFoundException.class,
        () -> client.appointments()._break(987654, true, null));
    assertTrue(e.explanation().contains("AptNum 987654"), e.explanation());
    assertThrows(ApiNotFoundException.class, () -> client.appointments().appendNote(987654, "x"));
    assertThrows(ApiNotFoundException.class, () -> client.appointments().confirm(987654, "None", null));
  }

  private long definition(DefCat category, String name) {
    // all definitions, filtered here: the Category filter is sent as a number but read as a name (generator bug)
    return client.definitions().listAll()
        .filter(d -> d.category() == category && d.itemName().equals(name))
        .map(Definition::defNum).findFirst().orElseThrow();
  }

  private long newPatient(String lastName) {
    return client.patients().create(PatientPatch.builder().lName(lastName).fName("Test").build()).patNum();
  }

  /** A Scheduled appointment 60 days ahead, outside every slot test's dates. */
  private long newAppointment(long patNum, int hour) {
    return client.appointments().create(AppointmentPatch.builder().patNum(patNum).op(demo.operatory1())
        .provNum(demo.drNguyen()).aptDateTime(LocalDate.now().plusDays(60).atTime(hour, 0)).pattern("/XX/").build())
        .aptNum();
  }
}
