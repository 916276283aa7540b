package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.opendental.client.AppointmentsSlotsRequest;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.entity.Slot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /appointments/Slots} for Dr. Nguyen in operatory 1. On the next weekday he works 08-12 and 13-17;
 * Henrik's first visit (08:00-09:00) and Carlos's crown check (10:00-10:30) are booked there, and the hygiene
 * appointments that afternoon belong to the hygienist. Reads only.
 */
class SlotsTest {
  private final OpenDentalClient client = DemoServer.client();
  private final DemoSummary demo = DemoServer.demo();

  @Test
  void openBlocksAreTheScheduleMinusTheAppointments() {
    LocalDate day = demo.nextWeekday();
    List<Slot> slots = client.appointments().slots(forDrNguyen().date(day));
    assertEquals(List.of("09:00-10:00", "10:30-12:00", "13:00-17:00"), times(slots));
    assertTrue(slots.stream().allMatch(s -> s.provNum() == demo.drNguyen() && s.opNum() == demo.operatory1()));
  }

  @Test
  void shortBlocksAreLeftOutWithLengthMinutes() {
    List<Slot> slots = client.appointments().slots(forDrNguyen().date(demo.nextWeekday()).lengthMinutes(61));
    assertEquals(List.of("10:30-12:00", "13:00-17:00"), times(slots));
  }

  @Test
  void blockoutsTakeTimeToo() {
    List<Slot> slots = client.appointments().slots(forDrNguyen().date(demo.staffMeetingDay()));
    assertEquals(List.of("08:00-12:00", "13:00-16:00"), times(slots));
  }

  @Test
  void withoutParametersTheDefaultProviderIsSearchedForTwoWeeks() {
    List<Slot> slots = client.appointments().slots(AppointmentsSlotsRequest.of());
    assertFalse(slots.isEmpty());
    LocalDate today = LocalDate.now();
    assertTrue(slots.stream().allMatch(s -> s.provNum() == demo.drNguyen()));
    assertTrue(slots.stream().allMatch(s -> !s.dateTimeStart().toLocalDate().isBefore(today)
        && s.dateTimeStart().toLocalDate().isBefore(today.plusDays(14))), slots.toString());
  }

  @Test
  void badDatesAre400sNamingTheParameter() {
    ApiBadRequestException past = assertThrows(ApiBadRequestException.class,
        () -> client.appointments().slots(forDrNguyen().date(LocalDate.now().minusDays(1))));
    assertTrue(past.explanation().startsWith("date: must be today"), past.explanation());
    ApiBadRequestException backwards = assertThrows(ApiBadRequestException.class, () -> client.appointments()
        .slots(forDrNguyen().dateStart(LocalDate.now().plusDays(5)).dateEnd(LocalDate.now().plusDays(1))));
    assertTrue(backwards.explanation().startsWith("dateEnd: "), backwards.explanation());
  }

  @Test
  void unknownProvidersAndOperatoriesAre404() {
    ApiNotFoundException provider = assertThrows(ApiNotFoundException.class,
        () -> client.appointments().slots(AppointmentsSlotsRequest.of().provNum(4242)));
    assertTrue(provider.explanation().contains("ProvNum 4242"), provider.explanation());
    assertThrows(ApiNotFoundException.class,
        () -> client.appointments().slots(AppointmentsSlotsRequest.of().opNum(4242)));
  }

  private AppointmentsSlotsRequest forDrNguyen() {
    return AppointmentsSlotsRequest.of().provNum(demo.drNguyen()).opNum(demo.operatory1());
  }

  private static List<String> times(List<Slot> slots) {
    return slots.stream().map(s -> hhmm(s.dateTimeStart().toLocalTime()) + "-" + hhmm(s.dateTimeEnd().toLocalTime()))
        .toList();
  }

  private static String hhmm(LocalTime time) {
    return time.toString();
  }
}
