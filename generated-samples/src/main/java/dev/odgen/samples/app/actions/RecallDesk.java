package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.runtime.wire.Intervals;
import dev.odgen.samples.app.db.Pages;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.dao.RecallFilter;
import dev.odgen.samples.opendental.entity.CommItemMode;
import dev.odgen.samples.opendental.entity.CommItemModeApi;
import dev.odgen.samples.opendental.entity.CommSentOrReceived;
import dev.odgen.samples.opendental.entity.CommlogPatch;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.entity.Recall;
import dev.odgen.samples.opendental.entity.RecallPatch;
import dev.odgen.samples.opendental.entity.RecallType;
import dev.odgen.samples.opendental.server.RecallActions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Recall list and its two changes: the list of recalls due in a window (as the Recall List window shows
 * them), a recall's status set (with a commlog of the change, as Open Dental writes one), and a patient's Prophy
 * recall switched to Perio or back.
 */
public final class RecallDesk implements RecallActions {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
  /** Open Dental's defaults for the RecallDaysPast and RecallDaysFuture preferences. */
  private static final int DAYS_PAST = 1095;
  private static final int DAYS_FUTURE = 30;

  private final OpenDentalDaos daos;
  private final Preferences preferences;

  public RecallDesk(OpenDentalDaos daos) {
    this.daos = daos;
    this.preferences = new Preferences(daos.preferences());
  }

  @Override
  public List<dev.odgen.samples.opendental.entity.RecallListEntry> recallList(RecallListInput input,
      ApiRequest request) {
    LocalDate today = request.serverTime().toLocalDate();
    LocalDate from = input.dateStart() != null ? input.dateStart() : today.minusDays(days("RecallDaysPast", DAYS_PAST));
    LocalDate to = input.dateEnd() != null ? input.dateEnd() : today.plusDays(days("RecallDaysFuture", DAYS_FUTURE));
    if (from.isAfter(to)) {
      throw new BadRequestException("DateStart: must not be after DateEnd");
    }
    Optional<RecallType> type = Optional.empty();
    if (input.recallType() != null) {
      type = Optional.of(recallType(input.recallType()));
    }
    List<Row> rows = new ArrayList<>();
    for (Recall recall : Pages.all((offset, limit) -> daos.recalls().list(new RecallFilter(null), offset, limit))) {
      if (recall.isDisabled() || !KnownDates.known(recall.dateDue()) || recall.dateDue().isBefore(from)
          || recall.dateDue().isAfter(to) || KnownDates.known(recall.dateScheduled())
          || type.isPresent() && recall.recallTypeNum() != type.get().recallTypeNum()) {
        continue;
      }
      Optional<Patient> patient = daos.patients().findById(recall.patNum());
      if (patient.isEmpty() || !patient.get().patStatus().equals(PatientStatus.PATIENT)) {
        continue;
      }
      Patient p = patient.get();
      if (input.provNum() != null && p.priProv() != input.provNum() && p.secProv() != input.provNum()
          || input.clinicNum() != null && p.clinicNum() != input.clinicNum()) {
        continue;
      }
      String typeName = daos.recallTypes().findById(recall.recallTypeNum()).map(RecallType::description).orElse("");
      String age = !KnownDates.known(p.birthdate()) ? "" : Integer.toString(Period.between(p.birthdate(), today).getYears());
      String contact = !p.wirelessPhone().isBlank() ? "Text:" + p.wirelessPhone()
          : !p.email().isBlank() ? p.email() : p.hmPhone();
      rows.add(new Row(recall.dateDue(), new dev.odgen.samples.opendental.entity.RecallListEntry(
          recall.dateDue().format(DATE), p.patNum(), p.lName() + ", " + (p.preferred().isBlank() ? ""
              : "'" + p.preferred() + "' ") + p.fName(), age, typeName, Intervals.toWire(recall.recallInterval()),
          "", "", contact, recall.recallStatusLabel(), p.clinicNum(), recall.note())));
    }
    rows.sort(Comparator.comparing(Row::due));
    return rows.stream().skip(input.page().offset()).limit(input.page().limit()).map(Row::entry).toList();
  }

  @Override
  public void setStatus(SetStatusInput input, ApiRequest request) {
    patient(input.patNum());
    RecallType type = recallType(input.recallType());
    Recall recall = recallOf(input.patNum(), type);
    long status = input.recallStatus() == null ? 0 : input.recallStatus();
    String label = "None";
    if (status != 0) {
      label = daos.definitions().findById(status).filter(d -> d.category().equals(DefCat.RECALL_UNSCHED_STATUS))
          .orElseThrow(() -> new BadRequestException("RecallStatus: " + status
              + " is not a definition of Category RecallUnschedStatus (13)")).itemName();
    }
    daos.recalls().update(recall.recallNum(), RecallPatch.builder().recallStatus(status).build());
    CommItemMode mode = input.commlogMode() == null ? CommItemMode.NONE : input.commlogMode();
    String note = input.commlogNote() != null ? input.commlogNote()
        : "Recall status changed to " + label + " for the " + type.description() + " recall.";
    daos.commlogs().insert(CommlogPatch.builder().patNum(input.patNum()).commDateTime(request.serverTime())
        .note(note).mode_(CommItemModeApi.fromWireName(mode.wireName()).orElse(CommItemModeApi.NONE))
        .sentOrReceived(CommSentOrReceived.NEITHER).build());
  }

  @Override
  public void switchType(SwitchTypeInput input, ApiRequest request) {
    patient(input.patNum());
    RecallType prophy = recallType("Prophy");
    RecallType perio = recallType("Perio");
    List<Recall> recalls = Pages.all((offset, limit) ->
        daos.recalls().list(new RecallFilter(input.patNum()), offset, limit));
    Optional<Recall> current = recalls.stream().filter(r -> r.recallTypeNum() == prophy.recallTypeNum()).findFirst();
    RecallType target = perio;
    if (current.isEmpty()) {
      current = recalls.stream().filter(r -> r.recallTypeNum() == perio.recallTypeNum()).findFirst();
      target = prophy;
    }
    Recall recall = current.orElseThrow(() -> new BadRequestException("PatNum: patient " + input.patNum()
        + " has neither a Prophy nor a Perio recall"));
    daos.recalls().update(recall.recallNum(), RecallPatch.builder().recallTypeNum(target.recallTypeNum())
        .recallInterval(target.defaultInterval()).build());
  }

  private long days(String preference, int fallback) {
    return preferences.text(preference).flatMap(v -> {
      try {
        return Optional.of(Long.parseLong(v));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }).orElse((long) fallback);
  }

  private Patient patient(long patNum) {
    return daos.patients().findById(patNum)
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + patNum + ")"));
  }

  private RecallType recallType(String description) {
    return Pages.all(daos.recallTypes()::list).stream()
        .filter(t -> t.description().equalsIgnoreCase(description)).findFirst()
        .orElseThrow(() -> new BadRequestException("recallType: there is no recall type '" + description + "'"));
  }

  private Recall recallOf(long patNum, RecallType type) {
    return Pages.all((offset, limit) -> daos.recalls().list(new RecallFilter(patNum), offset, limit)).stream()
        .filter(r -> r.recallTypeNum() == type.recallTypeNum()).findFirst()
        .orElseThrow(() -> new NotFoundException("Recall not found (patient " + patNum + " has no "
            + type.description() + " recall)"));
  }

  private record Row(LocalDate due, dev.odgen.samples.opendental.entity.RecallListEntry entry) {}
}
