package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.client.ApiBadRequestException;
import dev.odgen.runtime.client.RetryPolicy;
import dev.odgen.samples.opendental.client.OpenDentalClient;
import dev.odgen.samples.opendental.entity.DefCat;
import dev.odgen.samples.opendental.entity.DefinitionPatch;
import dev.odgen.samples.opendental.entity.Patient;
import dev.odgen.samples.opendental.entity.PatientPatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ref the spec marks {@code byName}: Patients.BillingType travels as the ItemName of a definition of Category 4
 * (BillingTypes) while the column holds its DefNum; on each backend.
 */
@EndToEnd
class ByNameReferencesTest {
  private static LiveServer server;
  private static Api api;
  private static long standard;
  private static long collections;
  private static long elsewhere;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    api = server.api();
    var definitions = server.server().daos().definitions();
    standard = definitions.insert(DefinitionPatch.builder().itemName("Standard Account").category(DefCat.BILLING_TYPES)
        .build());
    collections = definitions.insert(DefinitionPatch.builder().itemName("Collections").category(DefCat.BILLING_TYPES)
        .build());
    // the same name in another category must not be taken
    elsewhere = definitions.insert(DefinitionPatch.builder().itemName("Elsewhere").category(DefCat.ADJ_TYPES).build());
    for (int i = 0; i < 2; i++) {
      definitions.insert(DefinitionPatch.builder().itemName("Twice").category(DefCat.BILLING_TYPES).build());
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void putTakesTheNameStoresTheDefNumAndAnswersTheName() {
    long patNum = patient();
    Reply reply = api.put("/patients/" + patNum, "{\"BillingType\":\"standard account\"}").expect(200);
    assertEquals("Standard Account", reply.json().get("BillingType").asText());
    assertEquals(standard, storedBillingType(patNum));
    assertEquals("Standard Account", api.get("/patients/" + patNum).expect(200).json().get("BillingType").asText());
  }

  @Test
  void anUnknownNameIsRefusedNamingTheFieldAndTheValueAndChangesNothing() {
    long patNum = patient();
    api.put("/patients/" + patNum, "{\"BillingType\":\"Collections\"}").expect(200);
    Reply refused = api.put("/patients/" + patNum, "{\"BillingType\":\"Elsewhere\",\"LName\":\"Changed\"}");
    refused.expectError(400, "BillingType");
    assertTrue(refused.body().contains("no Definitions row with ItemName 'Elsewhere' (Category BillingTypes)"),
        refused.body());
    assertEquals(collections, storedBillingType(patNum));
    assertEquals("Byname", api.get("/patients/" + patNum).json().get("LName").asText());
  }

  @Test
  void aNumberIsStillTakenAsTheDefNum() {
    long patNum = patient();
    api.put("/patients/" + patNum, "{\"BillingType\":" + collections + "}").expect(200);
    assertEquals(collections, storedBillingType(patNum));
    assertEquals("Collections", api.get("/patients/" + patNum).json().get("BillingType").asText());
  }

  @Test
  void aNameTwoRowsHaveIsRefusedAsAmbiguous() {
    long patNum = patient();
    api.put("/patients/" + patNum, "{\"BillingType\":\"twice\"}").expectError(400, "ambiguous");
    assertEquals(0, storedBillingType(patNum));
  }

  @Test
  void aNumberMustBeTheDefNumOfARowMeetingTheConditions() {
    long patNum = patient();
    Reply refused = api.put("/patients/" + patNum, "{\"BillingType\":" + elsewhere + "}");
    refused.expectError(400, "BillingType");
    assertTrue(refused.body().contains("or DefNum " + elsewhere + " (Category BillingTypes)"), refused.body());
    // a name first; a number with a leading zero is no id
    api.put("/patients/" + patNum, "{\"BillingType\":\"0" + collections + "\"}").expectError(400, "BillingType");
    assertEquals(0, storedBillingType(patNum));
  }

  @Test
  void postTakesTheNameToo() {
    Reply created = api.post("/patients", "{\"LName\":\"Byname\",\"FName\":\"Posted\",\"BillingType\":\"Collections\"}")
        .expect(201);
    long patNum = created.json().get("PatNum").asLong();
    assertEquals("Collections", created.json().get("BillingType").asText());
    assertEquals(collections, storedBillingType(patNum));
  }

  @Test
  void noBillingTypeIsBlankInResponses() {
    long patNum = patient();
    assertEquals("", api.get("/patients/" + patNum).json().get("BillingType").asText());
  }

  @Test
  void theTypedClientSendsAndReadsTheName() {
    OpenDentalClient client = OpenDentalClient.builder().baseUrl(server.baseUrl())
        .developerKey(LiveServer.DEVELOPER_KEY).customerKey(LiveServer.CUSTOMER_KEY).retry(RetryPolicy.none()).build();
    Patient created = client.patients().create(PatientPatch.builder().lName("Byname").fName("Client")
        .billingType("Standard Account").build());
    assertEquals("Standard Account", created.billingType());
    assertEquals(standard, storedBillingType(created.patNum()));
    Patient updated = client.patients().update(created.patNum(), PatientPatch.builder().billingType("COLLECTIONS")
        .build());
    assertEquals("Collections", updated.billingType());
    assertEquals("Collections", client.patients().get(created.patNum()).billingType());
    ApiBadRequestException refused = assertThrows(ApiBadRequestException.class,
        () -> client.patients().update(created.patNum(), PatientPatch.builder().billingType("Nope").build()));
    assertTrue(refused.explanation().contains("BillingType: no Definitions row with ItemName 'Nope'"),
        refused.explanation());
  }

  private static long patient() {
    return server.server().daos().patients().insert(PatientPatch.builder().lName("Byname").fName("Test").build());
  }

  private static long storedBillingType(long patNum) {
    try (var connection = server.database().getConnection();
        var statement = connection.prepareStatement("SELECT BillingType FROM patient WHERE PatNum = ?")) {
      statement.setLong(1, patNum);
      try (var rows = statement.executeQuery()) {
        assertTrue(rows.next(), "no patient " + patNum);
        return rows.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
