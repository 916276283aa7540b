package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.ApiNotFoundException;
import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.client.PatientsSimpleRequest;
import dev.odgen.samples.opendental.entity.Aging;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.PatientStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /accountmodules/{PatNum}/Aging} over the demo families, whose ledgers are built so each bucket shows
 * up (see DemoFamilies). Reads only, apart from a patient it creates.
 */
class AgingTest {
  private final OpenDentalClient client = DemoServer.client();
  private final DemoSummary demo = DemoServer.demo();

  @Test
  void insuredFamilyWithACrownWaitingForTheCarrier() {
    Aging aging = client.accountModules().aging(demo.carlosMartinez());
    assertMoney("293.00", aging.bal_0_30());
    assertMoney("1007.00", aging.bal_31_60());
    assertMoney("0.00", aging.bal_61_90());
    assertMoney("0.00", aging.balOver90());
    assertMoney("1300.00", aging.total());
    assertMoney("849.50", aging.insEst());
    assertMoney("450.50", aging.estBal());
    assertMoney("417.50", aging.patEstBal());
    assertMoney("0.00", aging.unearned());
  }

  @Test
  void everyFamilyMemberSeesTheFamilyBucketsAndTheirOwnEstimate() {
    long elena = client.patients().simple(PatientsSimpleRequest.of().fName("Elena")).get(0).patNum();
    Aging aging = client.accountModules().aging(elena);
    assertMoney("1300.00", aging.total());
    assertMoney("33.00", aging.patEstBal());
  }

  @Test
  void creditsPayTheOldestChargesFirst() {
    Aging grace = client.accountModules().aging(demo.graceThompson());
    assertMoney("130.00", grace.bal_0_30());
    assertMoney("101.00", grace.bal_61_90());
    assertMoney("0.00", grace.balOver90());
    assertMoney("231.00", grace.total());
    Aging okafor = client.accountModules().aging(demo.danielOkafor());
    assertMoney("199.50", okafor.bal_31_60());
    assertMoney("335.00", okafor.balOver90());
    assertMoney("534.50", okafor.estBal());
  }

  @Test
  void prepaymentsAreUnearnedAndPayNothing() {
    Aging aging = client.accountModules().aging(demo.henrikLarsen());
    assertMoney("0.00", aging.total());
    assertMoney("200.00", aging.unearned());
  }

  @Test
  void unknownPatientsAre404AndDeletedOnes400() {
    assertThrows(ApiNotFoundException.class, () -> client.accountModules().aging(987654));
    long gone = client.patients().create(PatientPatch.builder().lName("Gone").fName("Already").build()).patNum();
    DemoServer.app().server().daos().patients().update(gone,
        PatientPatch.builder().patStatus(PatientStatus.DELETED).build());
    ApiBadRequestException e = assertThrows(ApiBadRequestException.class, () -> client.accountModules().aging(gone));
    assertTrue(e.explanation().contains("deleted"), e.explanation());
  }

  private static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
  }
}
