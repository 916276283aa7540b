package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.Slot;
import dev.odgen.samples.opendental.entity.WebSchedAppointment;
import dev.odgen.samples.opendental.server.AppointmentActions;
import java.util.List;

/**
 * Every appointment action: the book's (break, confirm, note, slots) from {@link AppointmentBook}, planned
 * appointments and the ASAP list from {@link AppointmentPlanning}, Web Sched from {@link WebSchedDesk}.
 */
public final class AppointmentDesk implements AppointmentActions {
  private final AppointmentBook book;
  private final AppointmentPlanning planning;
  private final WebSchedDesk webSched;

  public AppointmentDesk(OpenDentalDaos daos) {
    this.book = new AppointmentBook(daos);
    this.planning = new AppointmentPlanning(daos);
    this.webSched = new WebSchedDesk(daos, new SlotFinder(daos, new Preferences(daos.preferences())));
  }

  @Override
  public List<Appointment> listAsap(ListAsapInput input, ApiRequest request) {
    return planning.listAsap(input.clinicNum(), input.provNum(), input.page().offset(), input.page().limit());
  }

  @Override
  public List<Slot> slots(SlotsInput input, ApiRequest request) {
    return book.slots(input, request);
  }

  @Override
  public List<Slot> slotsWebSched(SlotsWebSchedInput input, ApiRequest request) {
    return webSched.slots(input, request.serverTime().toLocalDate());
  }

  @Override
  public List<WebSchedAppointment> listWebSched(ListWebSchedInput input, ApiRequest request) {
    return webSched.booked(input, request.serverTime());
  }

  @Override
  public Appointment createPlanned(CreatePlannedInput input, ApiRequest request) {
    return planning.createPlanned(input);
  }

  @Override
  public Appointment schedulePlanned(SchedulePlannedInput input, ApiRequest request) {
    return planning.schedulePlanned(input);
  }

  @Override
  public Appointment createWebSched(CreateWebSchedInput input, ApiRequest request) {
    return webSched.book(input, request.serverTime());
  }

  @Override
  public void _break(BreakInput input, ApiRequest request) {
    book._break(input, request);
  }

  @Override
  public void appendNote(AppendNoteInput input, ApiRequest request) {
    book.appendNote(input, request);
  }

  @Override
  public void confirm(ConfirmInput input, ApiRequest request) {
    book.confirm(input, request);
  }
}
