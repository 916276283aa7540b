package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Appointment;
import dev.odgen.samples.opendental.entity.ApptPriority;
import dev.odgen.samples.opendental.entity.ApptStatus;
import dev.odgen.samples.opendental.entity.AsapComm;
import dev.odgen.samples.opendental.entity.AsapCommFKeyType;
import dev.odgen.samples.opendental.entity.AsapRSVPStatus;
import dev.odgen.samples.opendental.entity.AutoCommStatus;
import dev.odgen.samples.opendental.entity.Operatory;
import dev.odgen.samples.opendental.entity.Recall;
import dev.odgen.samples.opendental.entity.RecallPriority;
import dev.odgen.samples.opendental.server.AsapCommActions;
import java.time.LocalDateTime;

/**
 * {@code POST /asapcomms}: offers an opening in an operatory to a patient on the ASAP list (an appointment or a
 * recall with priority ASAP). Open Dental hands the text to the eConnector, which this server does not have: the
 * offer is recorded as the eConnector would find it (SMS not yet attempted, awaiting transmission), expiring at
 * the opening's start.
 */
public final class AsapOffers implements AsapCommActions {
  private final OpenDentalDaos daos;

  public AsapOffers(OpenDentalDaos daos) {
    this.daos = daos;
  }

  @Override
  public AsapComm createAndSend(CreateAndSendInput input, ApiRequest request) {
    boolean hasApt = input.aptNum() != null && input.aptNum() != 0;
    boolean hasRecall = input.recallNum() != null && input.recallNum() != 0;
    if (hasApt == hasRecall) {
      throw new BadRequestException("exactly one of aptNum and recallNum is required");
    }
    Operatory op = daos.operatories().findById(input.op())
        .orElseThrow(() -> new NotFoundException("Operatory not found (OperatoryNum " + input.op() + ")"));
    LocalDateTime now = request.serverTime();
    long fKey;
    AsapCommFKeyType type;
    long patNum;
    LocalDateTime original;
    if (hasApt) {
      Appointment apt = daos.appointments().findById(input.aptNum())
          .orElseThrow(() -> new NotFoundException("Appointment not found (AptNum " + input.aptNum() + ")"));
      if (!apt.priority().equals(ApptPriority.ASAP)) {
        throw new BadRequestException("aptNum: appointment " + apt.aptNum() + " is not on the ASAP list");
      }
      fKey = apt.aptNum();
      type = apt.aptStatus().equals(ApptStatus.PLANNED) ? AsapCommFKeyType.PLANNED_APPT
          : apt.aptStatus().equals(ApptStatus.UNSCHED_LIST) ? AsapCommFKeyType.UNSCHEDULED_APPT
          : apt.aptStatus().equals(ApptStatus.BROKEN) ? AsapCommFKeyType.BROKEN : AsapCommFKeyType.SCHEDULED_APPT;
      patNum = apt.patNum();
      original = apt.aptDateTime();
    } else {
      Recall recall = daos.recalls().findById(input.recallNum())
          .orElseThrow(() -> new NotFoundException("Recall not found (RecallNum " + input.recallNum() + ")"));
      if (!recall.priority().equals(RecallPriority.ASAP)) {
        throw new BadRequestException("recallNum: recall " + recall.recallNum() + " is not on the ASAP list");
      }
      fKey = recall.recallNum();
      type = AsapCommFKeyType.RECALL;
      patNum = recall.patNum();
      original = recall.dateDue() == null ? null : recall.dateDue().atStartOfDay();
    }
    AsapComm d = AsapComm.defaults();
    long id = daos.asapComms().insert(new AsapComm(0, fKey, type, 0, patNum, op.clinicNum(), now,
        input.dateTimeStart(), now, AutoCommStatus.SEND_NOT_ATTEMPTED, d.dateTimeSmsSent(),
        AsapRSVPStatus.AWAITING_TRANSMIT, original == null ? d.dateTimeOrig() : original,
        "An opening is available on " + input.dateTimeStart().toLocalDate() + " at "
            + input.dateTimeStart().toLocalTime() + ". Reply YES to take it.", ""));
    return daos.asapComms().findById(id).orElseThrow(() -> new NotFoundException("AsapComm not found"));
  }
}
