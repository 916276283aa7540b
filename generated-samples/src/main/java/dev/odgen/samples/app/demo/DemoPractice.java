package dev.odgen.samples.app.demo;

import dev.odgen.samples.app.records.RecordCopy;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.DefinitionPatch;
import dev.odgen.samples.opendental.entity.FeePatch;
import dev.odgen.samples.opendental.entity.FeeSchedPatch;
import dev.odgen.samples.opendental.entity.FeeScheduleType;
import dev.odgen.samples.opendental.entity.Operatory;
import dev.odgen.samples.opendental.entity.Preference;
import dev.odgen.samples.opendental.entity.ProcedureCodePatch;
import dev.odgen.samples.opendental.entity.ProviderPatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The practice itself: definitions, preferences, three providers, a fee schedule, procedure codes with fees,
 * three operatories. Insurance plans and schedules come from {@link DemoInsurance} and {@link DemoSchedules}.
 */
final class DemoPractice {
  static final String PRACTICE_TITLE = "Maple Street Dental (demo)";
  /** ApptConfirmed definitions in order; the first is what new appointments get (confirmVal "None"). */
  static final List<String> CONFIRM_STATUSES =
      List.of("Not Called", "Unconfirmed", "Texted", "Confirmed", "Declined", "Send Failed", "Arrived");
  /** Insurance History categories and their codes; debridement is left unset, as many offices do. */
  static final Map<String, String> INSURANCE_HISTORY_CODES = orderedMap(
      "InsHistBWCodes", "D0272,D0274",
      "InsHistPanoCodes", "D0210,D0330",
      "InsHistExamCodes", "D0120,D0140,D0150",
      "InsHistProphyCodes", "D1110,D1120",
      "InsHistPerioURCodes", "D4341",
      "InsHistPerioULCodes", "D4341",
      "InsHistPerioLRCodes", "D4341",
      "InsHistPerioLLCodes", "D4341",
      "InsHistPerioMaintCodes", "D4910",
      "InsHistDebridementCodes", "");

  private final OpenDentalDaos daos;
  private final DemoCalendar calendar;

  DemoPractice(OpenDentalDaos daos, DemoCalendar calendar) {
    this.daos = daos;
    this.calendar = calendar;
  }

  Practice insert() {
    Map<String, Long> confirm = new LinkedHashMap<>();
    CONFIRM_STATUSES.forEach(name -> confirm.put(name,
        definition(DefCat.APPT_CONFIRMED, name, name.toLowerCase().replace(" ", "").substring(0, 4))));
    long discount = definition(DefCat.ADJ_TYPES, "Discount", "-");
    long financeCharge = definition(DefCat.ADJ_TYPES, "Finance Charge", "+");
    definition(DefCat.ADJ_TYPES, "Bad Debt Write-off", "-");
    long check = definition(DefCat.PAYMENT_TYPES, "Check", "");
    definition(DefCat.PAYMENT_TYPES, "Cash", "");
    long card = definition(DefCat.PAYMENT_TYPES, "Credit Card", "");
    long prepayment = definition(DefCat.PAY_SPLIT_UNEARNED_TYPE, "Prepayment", "");
    definition(DefCat.BILLING_TYPES, "Standard Account", "");
    definition(DefCat.BILLING_TYPES, "Collections", "");
    definition(DefCat.RECALL_UNSCHED_STATUS, "Left message", "");
    definition(DefCat.RECALL_UNSCHED_STATUS, "Will call back", "");
    long staffMeeting = definition(DefCat.BLOCKOUT_TYPES, "Staff meeting", "");
    definition(DefCat.TX_PRIORITIES, "Urgent", "");
    definition(DefCat.TX_PRIORITIES, "Soon", "");
    definition(DefCat.TX_PRIORITIES, "Routine", "");
    Map<String, Long> categories = new LinkedHashMap<>();
    ProcedureCodes.CATEGORIES.forEach(c -> categories.put(c, definition(DefCat.PROC_CODE_CATS, c, "")));

    long standardFees = daos.feeScheds().insert(FeeSchedPatch.builder()
        .description("Standard").feeSchedType(FeeScheduleType.NORMAL).build());
    long nguyen = provider("DOC1", "Alice", "Nguyen", standardFees, false);
    long bell = provider("DOC2", "Marcus", "Bell", standardFees, false);
    long ortiz = provider("HYG1", "Jenna", "Ortiz", standardFees, true);

    Map<String, Long> codes = new LinkedHashMap<>();
    for (ProcedureCodes.Code code : ProcedureCodes.ALL) {
      long codeNum = daos.procedureCodes().insert(ProcedureCodePatch.builder()
          .procCode(code.code()).descript(code.descript()).abbrDesc(code.abbr())
          .procTime(code.procTime()).procCat(categories.get(code.category()))
          .isHygiene(code.category().equals(ProcedureCodes.CLEANINGS))
          .build());
      codes.put(code.code(), codeNum);
      daos.fees().insert(FeePatch.builder().feeSched(standardFees).codeNum(codeNum).amount(code.amount()).build());
    }

    long op1 = operatory("Operatory 1", "OP1", 1, nguyen, 0, false);
    long op2 = operatory("Operatory 2", "OP2", 2, bell, 0, false);
    long hygieneOp = operatory("Hygiene 1", "HYG1", 3, nguyen, ortiz, true);

    preference("PracticeTitle", PRACTICE_TITLE);
    preference("PracticeDefaultProv", Long.toString(nguyen));
    preference("ApptEConfirmStatusSent", Long.toString(confirm.get("Texted")));
    preference("ApptEConfirmStatusAccepted", Long.toString(confirm.get("Confirmed")));
    preference("ApptEConfirmStatusDeclined", Long.toString(confirm.get("Declined")));
    preference("ApptEConfirmStatusSendFailed", Long.toString(confirm.get("Send Failed")));
    INSURANCE_HISTORY_CODES.forEach(this::preference);

    DemoInsurance.Plans plans = new DemoInsurance(daos).insert();
    new DemoSchedules(daos).insert(calendar, staffMeeting, nguyen, bell, ortiz, op1, op2, hygieneOp);
    return new Practice(nguyen, bell, ortiz, op1, op2, hygieneOp, standardFees, codes, confirm, discount,
        financeCharge, check, card, prepayment, plans.employer(), plans.bluebird(), plans.summit());
  }

  private long definition(DefCat category, String name, String value) {
    return daos.definitions().insert(DefinitionPatch.builder()
        .category(category).itemName(name).itemValue(value).build());
  }

  private long provider(String abbr, String first, String last, long feeSched, boolean hygienist) {
    return daos.providers().insert(ProviderPatch.builder()
        .abbr(abbr).fName(first).lName(last).feeSched(feeSched).isSecondary(hygienist)
        .suffix(hygienist ? "RDH" : "DDS").build());
  }

  private long operatory(String name, String abbrev, int order, long dentist, long hygienist, boolean hygiene) {
    return daos.operatories().insert(RecordCopy.with(Operatory.defaults(),
        "opName", name, "abbrev", abbrev, "itemOrder", order, "provDentist", dentist,
        "provHygienist", hygienist, "isHygiene", hygiene));
  }

  private void preference(String name, String value) {
    daos.preferences().insert(new Preference(0, name, value));
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
