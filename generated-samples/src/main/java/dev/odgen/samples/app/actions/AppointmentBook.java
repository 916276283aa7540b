package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.AppointmentDao;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.AppointmentPatch;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.Slot;
import dev.odgen.samples.opendental.server.AppointmentActions;
import java.util.List;

/**
 * The appointment actions of the sample server: break, confirm, append to the note, and find open slots.
 *
 * <p>Breaking follows the docs: only Scheduled appointments break; {@code sendToUnscheduledList} true moves the
 * appointment to the Unscheduled List (AptStatus UnschedList), false leaves it on the book as Broken; a
 * {@code breakType} adds the matching procedure (see {@link BrokenAppointmentCharge}).
 */
public final class AppointmentBook implements AppointmentActions {
  /** Open Dental puts a line break between the old note and the appended text. */
  static final String NOTE_SEPARATOR = "\r\n";

  private final AppointmentDao appointments;
  private final ConfirmationStatuses confirmations;
  private final BrokenAppointmentCharge brokenCharge;
  private final SlotFinder slotFinder;

  public AppointmentBook(OpenDentalDaos daos) {
    Preferences preferences = new Preferences(daos.preferences());
    this.appointments = daos.appointments();
    this.confirmations = new ConfirmationStatuses(daos.definitions(), preferences);
    this.brokenCharge = new BrokenAppointmentCharge(daos);
    this.slotFinder = new SlotFinder(daos, preferences);
  }

  @Override
  public void _break(BreakInput input, ApiRequest request) {
    Appointment appointment = find(input.aptNum());
    if (appointment.aptStatus() != ApptStatus.SCHEDULED) {
      throw new BadRequestException("AptStatus: only Scheduled appointments can be broken; appointment "
          + input.aptNum() + " is " + appointment.aptStatus().wireName());
    }
    // check the code before writing anything, so a bad request changes nothing
    Long codeNum = input.breakType() == null ? null : brokenCharge.codeNumOf(input.breakType());
    ApptStatus status = input.sendToUnscheduledList() ? ApptStatus.UNSCHED_LIST : ApptStatus.BROKEN;
    appointments.update(input.aptNum(), AppointmentPatch.builder().aptStatus(status).build());
    if (codeNum != null) {
      brokenCharge.add(appointment, codeNum, request.serverTime().toLocalDate());
    }
  }

  @Override
  public void appendNote(AppendNoteInput input, ApiRequest request) {
    Appointment appointment = find(input.aptNum());
    if (input.note() == null || input.note().isBlank()) {
      throw new BadRequestException("Note: must not be empty");
    }
    String old = appointment.note() == null ? "" : appointment.note();
    String note = old.isEmpty() ? input.note() : old + NOTE_SEPARATOR + input.note();
    appointments.update(input.aptNum(), AppointmentPatch.builder().note(note).build());
  }

  @Override
  public void confirm(ConfirmInput input, ApiRequest request) {
    find(input.aptNum());
    long defNum = confirmations.resolve(input.confirmVal(), input.defNum());
    appointments.update(input.aptNum(), AppointmentPatch.builder().confirmed(defNum).build());
  }

  @Override
  public List<Slot> slots(SlotsInput input, ApiRequest request) {
    return slotFinder.find(input, request.serverTime().toLocalDate());
  }

  private Appointment find(long aptNum) {
    return appointments.findById(aptNum)
        .orElseThrow(() -> new NotFoundException("Appointment not found (AptNum " + aptNum + ")"));
  }
}
