package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.samples.opendental.entity.CarrierPatch;
import dev.odgen.samples.opendental.entity.ClinicPatch;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.DefinitionPatch;
import dev.odgen.samples.opendental.entity.InsPlanPatch;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.ProviderPatch;
import dev.odgen.samples.opendental.entity.ReferralPatch;
import dev.odgen.samples.opendental.entity.UserGroup;
import dev.odgen.samples.opendental.entity.UserodPatch;
import dev.odgen.samples.opendental.server.OpenDentalServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The custom list filters of InsPlans, Providers, Definitions, Userods, UserGroups and Referrals as the sample
 * application implements them, on each backend. Each test creates the rows the filter must keep and those it
 * must leave out, then asserts which of them the list holds (other tests' rows may share the server).
 */
@EndToEnd
class CustomFiltersTest {
  private static LiveServer server;
  private static OpenDentalServer daos;
  private static ColumnWriter columns;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    daos = server.server();
    columns = new ColumnWriter(server.database());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void planTypeNamesTheBlankTypePercentageAndTheOthersByTheirLetter() {
    long carrier = daos.daos().carriers().insert(CarrierPatch.builder().carrierName("Plan Type Mutual").build());
    long percentage = plan(carrier, "");
    long ppo = plan(carrier, "p");
    long flat = plan(carrier, "f");
    long capitation = plan(carrier, "c");
    List<Long> all = List.of(percentage, ppo, flat, capitation);
    assertEquals(List.of(percentage), listed("/insplans", "PlanNum", all, "PlanType", "percentage"));
    assertEquals(List.of(ppo), listed("/insplans", "PlanNum", all, "PlanType", "p"));
    assertEquals(List.of(flat), listed("/insplans", "PlanNum", all, "PlanType", "F"));
    assertEquals(List.of(capitation), listed("/insplans", "PlanNum", all, "PlanType", "c",
        "CarrierNum", Long.toString(carrier)));
    server.api().get("/insplans", Map.of("PlanType", "x")).expectError(400, "PlanType");
  }

  @Test
  void clinicNumKeepsTheProvidersThatAreNotHidden() {
    long clinic = daos.daos().clinics().insert(ClinicPatch.builder().abbr("Eastside").description("Eastside").build());
    long shown = daos.daos().providers().insert(ProviderPatch.builder().abbr("SHOWN").build());
    long hidden = daos.daos().providers().insert(ProviderPatch.builder().abbr("HIDDEN").isHidden(true).build());
    List<Long> both = List.of(shown, hidden);
    assertEquals(List.of(shown), listed("/providers", "ProvNum", both, "ClinicNum", Long.toString(clinic)));
    assertEquals(List.of(shown), listed("/providers", "ProvNum", both, "ClinicNum", "0"));
    assertEquals(both, listed("/providers", "ProvNum", both));
    server.api().get("/providers", Map.of("ClinicNum", "987654")).expectError(404, "Clinic");
  }

  @Test
  void includeHiddenDefinitionsOnlyWhenTrue() {
    long shown = definition("Shown discount", false);
    long hidden = definition("Hidden discount", true);
    List<Long> both = List.of(shown, hidden);
    String category = Integer.toString(DefCat.ADJ_TYPES.storedValue());
    assertEquals(List.of(shown), listed("/definitions", "DefNum", both, "Category", category,
        "includeHidden", "false"));
    assertEquals(both, listed("/definitions", "DefNum", both, "Category", category, "includeHidden", "true"));
  }

  @Test
  void hiddenAndCemtUsersOnlyWhenAskedFor() {
    long plain = user("plain", false, 0);
    long hidden = user("hidden", true, 0);
    long cemt = user("cemt", false, 41);
    long hiddenCemt = user("hiddencemt", true, 42);
    List<Long> all = List.of(plain, hidden, cemt, hiddenCemt);
    assertEquals(List.of(plain), listed("/userods", "UserNum", all, "includeHidden", "false",
        "includeCEMT", "false"));
    assertEquals(List.of(plain, hidden), listed("/userods", "UserNum", all, "includeHidden", "true",
        "includeCEMT", "false"));
    assertEquals(List.of(plain, cemt), listed("/userods", "UserNum", all, "includeHidden", "false",
        "includeCEMT", "true"));
    assertEquals(all, listed("/userods", "UserNum", all, "includeHidden", "true", "includeCEMT", "true"));
  }

  @Test
  void includeCemtUserGroupsOnlyWhenTrue() {
    long office = daos.daos().userGroups().insert(new UserGroup(0, "Office", 0));
    long cemt = daos.daos().userGroups().insert(new UserGroup(0, "Enterprise", 17));
    List<Long> both = List.of(office, cemt);
    assertEquals(List.of(office), listed("/usergroups", "UserGroupNum", both, "includeCEMT", "false"));
    assertEquals(both, listed("/usergroups", "UserGroupNum", both, "includeCEMT", "true"));
  }

  @Test
  void isPatientSplitsReferralsByWhetherTheyHaveAPatNum() {
    long patNum = daos.daos().patients().insert(PatientPatch.builder().lName("Referee").fName("Rita").build());
    long patient = daos.daos().referrals().insert(ReferralPatch.builder().lName("Referee").patNum(patNum).build());
    long doctor = daos.daos().referrals().insert(ReferralPatch.builder().lName("Stevens").isDoctor(true).build());
    List<Long> both = List.of(patient, doctor);
    assertEquals(List.of(patient), listed("/referrals", "ReferralNum", both, "isPatient", "true"));
    assertEquals(List.of(doctor), listed("/referrals", "ReferralNum", both, "isPatient", "false"));
  }

  private static long plan(long carrier, String planType) {
    return daos.daos().insPlans().insert(InsPlanPatch.builder().carrierNum(carrier).planType(planType).build());
  }

  private static long definition(String name, boolean hidden) {
    return daos.daos().definitions().insert(DefinitionPatch.builder().itemName(name).category(DefCat.ADJ_TYPES)
        .isHidden(hidden).build());
  }

  private static long user(String name, boolean hidden, long userNumCemt) {
    long user = daos.daos().userods().insert(UserodPatch.builder().userName(name).isHidden(hidden).build());
    columns.set("userod", "UserNum", user, Map.of("UserNumCEMT", userNumCemt));
    return user;
  }

  /** Which of {@code among} the list at {@code path} holds with the query {@code params} (name, value, ...). */
  private static List<Long> listed(String path, String idField, List<Long> among, String... params) {
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      query.put(params[i], params[i + 1]);
    }
    return Listing.ids(Listing.all(server.api(), path, query), idField).stream().filter(among::contains).toList();
  }
}
