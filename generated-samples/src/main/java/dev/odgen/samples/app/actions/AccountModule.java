package dev.odgen.samples.app.actions;

import dev.odgen.runtime.server.ApiRequest;
import dev.odgen.runtime.server.BadRequestException;
import dev.odgen.runtime.server.NotFoundException;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.Aging;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientBalance;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.entity.ServiceDateViewRow;
import dev.odgen.samples.opendental.server.AccountModuleActions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Account module's endpoints: {@code Aging} ({@link FamilyAging}), {@code PatientBalances} (each family member's
 * balance from the same ledger, then "Entire Family", which equals the aging's Total) and {@code ServiceDateView}
 * ({@link ServiceDateView}).
 */
public final class AccountModule implements AccountModuleActions {
  private final OpenDentalDaos daos;
  private final FamilyAging aging;
  private final ServiceDateView serviceDateView;

  public AccountModule(OpenDentalDaos daos) {
    this.daos = daos;
    this.aging = new FamilyAging(daos);
    this.serviceDateView = new ServiceDateView(daos);
  }

  /** The aging of the patient's family on {@code asOf} (for the A/R report). */
  public Aging agingOn(Patient patient, LocalDate asOf) {
    return aging.agingOf(patient, asOf);
  }

  @Override
  public Aging aging(AgingInput input, ApiRequest request) {
    return aging.aging(input, request);
  }

  @Override
  public List<PatientBalance> patientBalances(PatientBalancesInput input, ApiRequest request) {
    Patient patient = patient(input.patNum());
    LocalDate today = request.serverTime().toLocalDate();
    List<PatientBalance> rows = new ArrayList<>();
    BigDecimal family = BigDecimal.ZERO;
    for (long member : aging.familyOf(patient)) {
      BigDecimal balance = AgingBuckets.money(aging.account(member, today).balance());
      Patient p = daos.patients().findById(member).orElseThrow();
      rows.add(new PatientBalance(member, p.lName() + ", " + p.fName(), balance));
      family = family.add(balance);
    }
    long guarantor = patient.guarantor() == 0 ? patient.patNum() : patient.guarantor();
    rows.add(new PatientBalance(guarantor, "Entire Family", AgingBuckets.money(family)));
    return rows;
  }

  @Override
  public List<ServiceDateViewRow> serviceDateView(ServiceDateViewInput input, ApiRequest request) {
    Patient patient = patient(input.patNum());
    List<Long> members = Boolean.TRUE.equals(input.isFamily()) ? aging.familyOf(patient) : List.of(patient.patNum());
    return serviceDateView.rows(members);
  }

  private Patient patient(long patNum) {
    Patient patient = daos.patients().findById(patNum)
        .orElseThrow(() -> new NotFoundException("Patient not found (PatNum " + patNum + ")"));
    if (patient.patStatus() == PatientStatus.DELETED) {
      throw new BadRequestException("PatNum: patient " + patNum + " is deleted");
    }
    return patient;
  }
}
