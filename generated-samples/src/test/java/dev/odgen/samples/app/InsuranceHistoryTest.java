package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.entity.InsHistPrefName;
import dev.odgen.samples.opendental.entity.InsuranceHistoryEntry;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /procedurelogs/InsuranceHistory} over the demo's insured patients. Reads only. */
class InsuranceHistoryTest {
  private final OpenDentalClient client = DemoServer.client();
  private final DemoSummary demo = DemoServer.demo();

  @Test
  void everyCategoryAnswersInOrder() {
    List<InsuranceHistoryEntry> history = client.procedureLogs()
        .insuranceHistory(demo.carlosMartinez(), demo.carlosInsSubNum());
    assertEquals(Arrays.asList(InsHistPrefName.values()),
        history.stream().map(InsuranceHistoryEntry::insHistPrefName).toList());
  }

  @Test
  void theLatestInsuredProcedurePerCategoryElseNoHistoryOrNotSet() {
    Map<InsHistPrefName, String> carlos = dates(demo.carlosMartinez(), demo.carlosInsSubNum());
    String visit = LocalDate.now().minusDays(200).toString();
    assertEquals(visit, carlos.get(InsHistPrefName.INS_HIST_BW_CODES));
    assertEquals(visit, carlos.get(InsHistPrefName.INS_HIST_EXAM_CODES));
    assertEquals(visit, carlos.get(InsHistPrefName.INS_HIST_PROPHY_CODES));
    assertEquals("No History", carlos.get(InsHistPrefName.INS_HIST_PANO_CODES));
    assertEquals("Not Set", carlos.get(InsHistPrefName.INS_HIST_DEBRIDEMENT_CODES));
  }

  @Test
  void perioQuadrantsMatchTheQuadrantAndPendingClaimsCount() {
    Map<InsHistPrefName, String> grace = dates(demo.graceThompson(), demo.graceInsSubNum());
    String scaling = LocalDate.now().minusDays(150).toString();
    assertEquals(scaling, grace.get(InsHistPrefName.INS_HIST_PERIO_UR_CODES));
    assertEquals(scaling, grace.get(InsHistPrefName.INS_HIST_PERIO_UL_CODES));
    assertEquals("No History", grace.get(InsHistPrefName.INS_HIST_PERIO_LR_CODES));
    assertEquals(LocalDate.now().minusDays(70).toString(), grace.get(InsHistPrefName.INS_HIST_PERIO_MAINT_CODES));
    // her last exam's claim is still waiting for the carrier
    assertEquals(LocalDate.now().minusDays(5).toString(), grace.get(InsHistPrefName.INS_HIST_EXAM_CODES));
  }

  @Test
  void entriesWithAHistoryNameTheirProcedure() {
    InsuranceHistoryEntry bitewings = client.procedureLogs()
        .insuranceHistory(demo.carlosMartinez(), demo.carlosInsSubNum()).get(0);
    assertEquals("D0274", client.procedureLogs().get(bitewings.procNum()).procCode());
  }

  @Test
  void unknownKeysAre404AndASubscriptionOfAnotherFamilyIs400() {
    assertThrows(ApiNotFoundException.class,
        () -> client.procedureLogs().insuranceHistory(987654, demo.carlosInsSubNum()));
    assertThrows(ApiNotFoundException.class,
        () -> client.procedureLogs().insuranceHistory(demo.carlosMartinez(), 987654));
    ApiBadRequestException e = assertThrows(ApiBadRequestException.class,
        () -> client.procedureLogs().insuranceHistory(demo.graceThompson(), demo.carlosInsSubNum()));
    assertTrue(e.explanation().startsWith("InsSubNum: "), e.explanation());
  }

  private Map<InsHistPrefName, String> dates(long patNum, long insSubNum) {
    Map<InsHistPrefName, String> dates = new LinkedHashMap<>();
    client.procedureLogs().insuranceHistory(patNum, insSubNum)
        .forEach(e -> dates.put(e.insHistPrefName(), e.procDate()));
    return dates;
  }
}
