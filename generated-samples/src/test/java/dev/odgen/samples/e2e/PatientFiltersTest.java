package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.samples.opendental.dao.PatientDao;
import dev.odgen.samples.opendental.entity.CarrierPatch;
import dev.odgen.samples.opendental.entity.ClinicPatch;
import dev.odgen.samples.opendental.entity.InsPlanPatch;
import dev.odgen.samples.opendental.entity.InsSubPatch;
import dev.odgen.samples.opendental.entity.PatPlanPatch;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PatientStatus;
import dev.odgen.samples.opendental.entity.StatementPatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The custom filters of {@code GET /patients} (the Patient Select search) as the sample application implements
 * them, on each backend. Every test gives its patients a last name of its own and asks for it too, so the list
 * holds exactly the patients the filter keeps among them.
 */
@EndToEnd
class PatientFiltersTest {
  private static LiveServer server;
  private static PatientDao patients;
  private static ColumnWriter columns;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    patients = server.server().daos().patients();
    columns = new ColumnWriter(server.database());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void phoneMatchesTheDigitsInAnyOfTheThreeNumbersWhateverThePunctuation() {
    long home = patient("Phonely", p -> p.hmPhone("(503)555-1234"));
    long work = patient("Phonely", p -> p.wkPhone("503.555.1299"));
    long cell = patient("Phonely", p -> p.wirelessPhone("(971) 555-1234"));
    patient("Phonely", p -> p.hmPhone("(541)444-0000"));
    assertEquals(List.of(home), list("Phonely", "Phone", "5035551234"));
    assertEquals(List.of(home, work), list("Phonely", "Phone", "503-555-12"));
    assertEquals(List.of(home, cell), list("Phonely", "Phone", "555 1234"));
    assertEquals(List.of(), list("Phonely", "Phone", "5035550000"));
  }

  @Test
  void hideInactiveLeavesOutInactivePatientsOnlyWhenTrue() {
    long active = patient("Hideson", p -> p.patStatus(PatientStatus.PATIENT));
    long inactive = patient("Hideson", p -> p.patStatus(PatientStatus.INACTIVE));
    long nonPatient = patient("Hideson", p -> p.patStatus(PatientStatus.NON_PATIENT));
    assertEquals(List.of(active, nonPatient), list("Hideson", "hideInactive", "true"));
    assertEquals(List.of(active, inactive, nonPatient), list("Hideson", "hideInactive", "false"));
  }

  @Test
  void guarOnlyKeepsTheHeadsOfFamilies() {
    long head = patient("Guarley", p -> p);
    patients.update(head, PatientPatch.builder().guarantor(head).build());
    long child = patient("Guarley", p -> p.guarantor(head));
    long single = patient("Guarley", p -> p);
    patients.update(single, PatientPatch.builder().guarantor(single).build());
    assertEquals(List.of(head, single), list("Guarley", "guarOnly", "true"));
    assertEquals(List.of(head, child, single), list("Guarley", "guarOnly", "false"));
  }

  @Test
  void showArchivedFalseLeavesOutArchivedPatients() {
    long patient = patient("Archer", p -> p.patStatus(PatientStatus.PATIENT));
    long archived = patient("Archer", p -> p.patStatus(PatientStatus.ARCHIVED));
    long deceased = patient("Archer", p -> p.patStatus(PatientStatus.DECEASED));
    assertEquals(List.of(patient, deceased), list("Archer", "showArchived", "false"));
    assertEquals(List.of(patient, archived, deceased), list("Archer", "showArchived", "true"));
  }

  @Test
  void deletedPatientsAreNeverListedAsInOpenDentalsPatientSelect() {
    long patient = patient("Gone", p -> p.patStatus(PatientStatus.PATIENT));
    long deleted = patient("Gone", p -> p.patStatus(PatientStatus.DELETED));
    assertEquals(List.of(patient), list("Gone", "showArchived", "true"));
    assertEquals(List.of(patient), Listing.ids(Listing.all(server.api(), "/patients", Map.of("LName", "Gone")),
        "PatNum"));
    assertEquals(deleted, server.api().get("/patients/" + deleted).expect(200).json().path("PatNum").asLong(),
        "a deleted patient is still there by id");
  }

  @Test
  void subscriberIdMatchesPartOfTheIdOfASubscriptionThePatientIsCoveredBy() {
    long covered = patient("Subbs", p -> p);
    long otherId = patient("Subbs", p -> p);
    patient("Subbs", p -> p);   // no insurance
    cover(covered, "XZ-123456");
    cover(otherId, "QQ-999");
    assertEquals(List.of(covered), list("Subbs", "SubscriberId", "z-1234"));
    assertEquals(List.of(covered, otherId), list("Subbs", "SubscriberId", "-"));
    assertEquals(List.of(), list("Subbs", "SubscriberId", "777"));
  }

  @Test
  void clinicNumsKeepsPatientsOfTheListedClinics() {
    long north = clinic("Cliniq North");
    long south = clinic("Cliniq South");
    long east = clinic("Cliniq East");
    long atNorth = patient("Clinton", p -> p.clinicNum(north));
    long atSouth = patient("Clinton", p -> p.clinicNum(south));
    long atEast = patient("Clinton", p -> p.clinicNum(east));
    patient("Clinton", p -> p.clinicNum(0));
    assertEquals(List.of(atNorth, atEast), list("Clinton", "clinicNums", north + "," + east));
    assertEquals(List.of(atSouth), list("Clinton", "clinicNums", " " + south + " "));
    server.api().get("/patients", Map.of("clinicNums", north + ",x")).expectError(400, "clinicNums");
  }

  @Test
  void clinicAbbrMatchesPartOfTheAbbreviationOfThePatientsClinic() {
    long westside = clinic("Westside");
    long downtown = clinic("Downtown");
    long atWest = patient("Abbott", p -> p.clinicNum(westside));
    patient("Abbott", p -> p.clinicNum(downtown));
    patient("Abbott", p -> p.clinicNum(0));
    assertEquals(List.of(atWest), list("Abbott", "clinicAbbr", "WESTS"));
  }

  @Test
  void invoiceNumberMatchesTheNumberOfAnInvoiceOfThePatient() {
    long invoiced = patient("Voisey", p -> p);
    long statementOnly = patient("Voisey", p -> p);
    long invoice = server.server().daos().statements().insert(StatementPatch.builder().patNum(invoiced).build());
    columns.set("statement", "StatementNum", invoice, Map.of("IsInvoice", true));
    long statement = server.server().daos().statements().insert(StatementPatch.builder().patNum(statementOnly).build());
    assertEquals(List.of(invoiced), list("Voisey", "invoiceNumber", Long.toString(invoice)));
    assertEquals(List.of(), list("Voisey", "invoiceNumber", Long.toString(statement)), "not an invoice");
  }

  @Test
  void siteNumAndCountryAreRefusedForTheSchemaHasNeitherColumn() {
    server.api().get("/patients", Map.of("SiteNum", "1")).expectError(400, "SiteNum");
    server.api().get("/patients", Map.of("Country", "US")).expectError(400, "Country");
  }

  private static long patient(String lName, UnaryOperator<PatientPatch.Builder> more) {
    return patients.insert(more.apply(PatientPatch.builder().lName(lName).fName("Pat")).build());
  }

  private static long clinic(String abbr) {
    return server.server().daos().clinics().insert(ClinicPatch.builder().abbr(abbr).description(abbr).build());
  }

  /** A subscription with this SubscriberID (of a plan of a new carrier) covering the patient. */
  private static void cover(long patNum, String subscriberId) {
    long carrier = server.server().daos().carriers().insert(
        CarrierPatch.builder().carrierName("Carrier " + subscriberId).build());
    long plan = server.server().daos().insPlans().insert(
        InsPlanPatch.builder().carrierNum(carrier).build());
    long sub = server.server().daos().insSubs().insert(
        InsSubPatch.builder().planNum(plan).subscriber(patNum).subscriberID(subscriberId).build());
    server.server().daos().patPlans().insert(PatPlanPatch.builder().patNum(patNum).insSubNum(sub).build());
  }

  /** The PatNums {@code GET /patients?LName=lName&param=value} lists, in order. */
  private static List<Long> list(String lName, String param, String value) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("LName", lName);
    query.put(param, value);
    return Listing.ids(Listing.all(server.api(), "/patients", query), "PatNum");
  }
}
