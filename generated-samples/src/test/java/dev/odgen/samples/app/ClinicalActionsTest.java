package dev.odgen.samples.app;

import static dev.odgen.samples.app.ApiCalls.get;
import static dev.odgen.samples.app.ApiCalls.post;
import static dev.odgen.samples.app.ApiCalls.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.samples.app.ApiCalls.Reply;
import dev.odgen.samples.app.demo.DemoSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clinical and scheduling actions of issue #14 over HTTP on the demo server: each action's success, its
 * documented errors, and what it does to other rows. Writes go to Henrik Larsen and Daniel Okafor (the new and the
 * uninsured patient), whose rows no other test of this JVM reads, or to rows the test creates.
 */
class ClinicalActionsTest {
  private final DemoSummary demo = DemoServer.demo();

  @Test
  void patFieldsAreUpsertedByPatientAndName() {
    long henrik = demo.henrikLarsen();
    Reply first = put("/patfields", "{\"PatNum\":" + henrik + ",\"FieldName\":\"Deposit\",\"FieldValue\":\"50\"}");
    assertEquals(200, first.status(), first.body().toString());
    Reply second = put("/patfields", "{\"PatNum\":" + henrik + ",\"FieldName\":\"Deposit\",\"FieldValue\":\"75\"}");
    assertEquals(first.id("PatFieldNum"), second.id("PatFieldNum"), "the same row is updated");
    assertEquals("75", second.body().path("FieldValue").asText());
    assertEquals(400, put("/patfields", "{\"PatNum\":" + henrik
        + ",\"FieldName\":\"deposit\",\"FieldValue\":\"1\"}").status(), "field names are case-sensitive");
    assertEquals(404, put("/patfields", "{\"PatNum\":999999,\"FieldName\":\"Deposit\",\"FieldValue\":\"1\"}")
        .status());
  }

  @Test
  void apptFieldsNeedAnAppointmentAndADefinedName() {
    assertEquals(400, put("/apptfields", "{\"AptNum\":999999,\"FieldName\":\"Ins Verified\",\"FieldValue\":\"No\"}")
        .status());
    assertEquals(400, put("/apptfields", "{\"AptNum\":" + demo.graceNextAptNum()
        + ",\"FieldName\":\"No such field\",\"FieldValue\":\"No\"}").status());
  }

  @Test
  void insVerifiesAreUpsertedByTypeAndKeyKeepingWhatIsNotGiven() {
    long patPlan = get("/patplans?PatNum=" + demo.graceThompson()).body().get(0).path("PatPlanNum").asLong();
    Reply created = put("/insverifies", "{\"VerifyType\":\"PatientEnrollment\",\"FKey\":" + patPlan
        + ",\"DateLastVerified\":\"" + LocalDate.now() + "\",\"Note\":\"checked\"}");
    assertEquals(200, created.status(), created.body().toString());
    Reply updated = put("/insverifies", "{\"VerifyType\":\"PatientEnrollment\",\"FKey\":" + patPlan
        + ",\"DefNum\":0}");
    assertEquals(created.id("InsVerifyNum"), updated.id("InsVerifyNum"));
    assertEquals("checked", updated.body().path("Note").asText(), "a field the body leaves out is kept");
    assertEquals(400, put("/insverifies", "{\"VerifyType\":\"InsuranceBenefit\",\"FKey\":999999}").status());
  }

  @Test
  void aPerioExamKeepsTheMeasuresOfItsChartRows() {
    String depths = "323".repeat(15) + "3b24";
    Reply exam = post("/perioexams", "{\"PatNum\":" + demo.danielOkafor() + ",\"UpperFacial\":\"" + depths + "\"}");
    assertEquals(201, exam.status(), exam.body().toString());
    JsonNode measures = get("/periomeasures?PerioExamNum=" + exam.id("PerioExamNum")).body();
    assertEquals(32, measures.size(), "a Probing and a BleedSupPlaqCalc row per upper tooth");
    Reply bad = post("/perioexams", "{\"PatNum\":" + demo.danielOkafor() + ",\"LowerLingual\":\"3 2 3\"}");
    assertEquals(400, bad.status());
    assertTrue(bad.body().toString().contains("LowerLingual"), bad.body().toString());
  }

  @Test
  void aProcNoteCanPutTheLatestNoteFirst() {
    long proc = firstProcedure(demo.danielOkafor());
    post("/procnotes", "{\"PatNum\":" + demo.danielOkafor() + ",\"ProcNum\":" + proc + ",\"Note\":\"First\"}");
    Reply second = post("/procnotes", "{\"PatNum\":" + demo.danielOkafor() + ",\"ProcNum\":" + proc
        + ",\"Note\":\"Second\",\"doAppendNote\":\"true\"}");
    assertEquals(201, second.status(), second.body().toString());
    assertEquals("First\r\n\r\nSecond", second.body().path("Note").asText());
    assertEquals(400, post("/procnotes", "{\"PatNum\":" + demo.henrikLarsen() + ",\"ProcNum\":" + proc
        + ",\"Note\":\"x\"}").status(), "the procedure is another patient's");
  }

  @Test
  void aPlannedAppointmentHoldsItsProceduresAndIsScheduledFromThem() {
    long daniel = demo.danielOkafor();
    long crown = plannedProcedure(daniel);
    Reply planned = post("/appointments/Planned", "{\"PatNum\":" + daniel + ",\"procNums\":[" + crown + "]}");
    assertEquals(201, planned.status(), planned.body().toString());
    assertEquals("Planned", planned.body().path("AptStatus").asText());
    long plannedNum = planned.id("AptNum");
    assertEquals(plannedNum, get("/procedurelogs/" + crown).body().path("PlannedAptNum").asLong());
    assertTrue(get("/chartmodules/" + daniel + "/PlannedAppts").body().toString()
        .contains("\"AptNum\":\"" + plannedNum + "\""));

    String when = LocalDate.now().plusYears(3).withDayOfMonth(3) + " 09:00:00";
    Reply scheduled = post("/appointments/SchedulePlanned", "{\"AptNum\":" + plannedNum + ",\"AptDateTime\":\""
        + when + "\",\"ProvNum\":" + demo.drNguyen() + ",\"Op\":" + demo.operatory1() + "}");
    assertEquals(201, scheduled.status(), scheduled.body().toString());
    assertEquals("Scheduled", scheduled.body().path("AptStatus").asText());
    assertEquals(plannedNum, scheduled.id("NextAptNum"));
    assertEquals(scheduled.id("AptNum"), get("/procedurelogs/" + crown).body().path("AptNum").asLong());
    assertEquals(400, post("/appointments/SchedulePlanned", "{\"AptNum\":" + scheduled.id("AptNum")
        + ",\"AptDateTime\":\"" + when + "\",\"ProvNum\":" + demo.drNguyen() + ",\"Op\":" + demo.operatory1() + "}")
        .status(), "only a Planned appointment can be scheduled");
    assertEquals(400, post("/appointments/Planned", "{\"PatNum\":" + daniel + "}").status());
  }

  @Test
  void recallsSwitchBetweenProphyAndPerio() {
    long henrik = demo.henrikLarsen();
    long prophy = recallType("Prophy");
    Reply recall = post("/recalls", "{\"PatNum\":" + henrik + ",\"RecallTypeNum\":" + prophy + "}");
    assertTrue(recall.status() == 200 || recall.status() == 201, recall.body().toString());
    assertEquals(200, put("/recalls/SwitchType", "{\"PatNum\":" + henrik + "}").status());
    JsonNode after = get("/recalls?PatNum=" + henrik).body();
    assertEquals(1, after.size(), after.toString());
    assertEquals(recallType("Perio"), after.get(0).path("RecallTypeNum").asLong(), after.toString());
    assertEquals(400, put("/recalls/Status", "{\"PatNum\":" + henrik + ",\"recallType\":\"Perio\",\"RecallStatus\":"
        + demo.drNguyen() + "}").status(), "RecallStatus must be a recall status definition");
    assertEquals(404, put("/recalls/SwitchType", "{\"PatNum\":999999}").status());
  }

  @Test
  void aSavedPlanCopiesTheAttachedProcedures() {
    long carlosPlan = -1;
    for (JsonNode plan : get("/treatplans?PatNum=" + demo.carlosMartinez()).body()) {
      if (plan.path("TPStatus").asText().equals("Active")) {
        carlosPlan = plan.path("TreatPlanNum").asLong();
      }
    }
    Reply saved = post("/treatplans/Saved", "{\"TreatPlanNum\":" + carlosPlan + ",\"Heading\":\"Presented\"}");
    assertEquals(201, saved.status(), saved.body().toString());
    assertEquals("Saved", saved.body().path("TPStatus").asText());
    int attaches = get("/treatplanattaches?TreatPlanNum=" + carlosPlan).body().size();
    assertEquals(attaches, get("/proctps?TreatPlanNum=" + saved.id("TreatPlanNum")).body().size());
    assertEquals(400, post("/treatplans/Saved", "{\"TreatPlanNum\":" + saved.id("TreatPlanNum") + "}").status(),
        "a Saved plan is not saved again");
  }

  @Test
  void asapOffersAreOnlyForTheAsapList() {
    String opening = "\"" + LocalDate.now().plusDays(1) + " 10:00:00\"";
    assertEquals(400, post("/asapcomms", "{\"op\":" + demo.operatory1() + ",\"aptNum\":" + demo.carlosNextAptNum()
        + ",\"dateTimeStart\":" + opening + "}").status());
    Reply offer = post("/asapcomms", "{\"op\":" + demo.operatory1() + ",\"aptNum\":" + demo.graceNextAptNum()
        + ",\"dateTimeStart\":" + opening + "}");
    assertEquals(201, offer.status(), offer.body().toString());
    assertEquals("ScheduledAppt", offer.body().path("FKeyType").asText());
  }

  @Test
  void theReadModelsAnswerForTheDemoFamilies() {
    assertEquals(demo.danielOkafor(), get("/discountplansubs?PatNum=" + demo.danielOkafor()).body().path("PatNum")
        .asLong());
    assertEquals(404, get("/discountplansubs?PatNum=" + demo.carlosMartinez()).status());
    assertTrue(get("/securityperms").body().size() > 30);
    assertEquals(4, get("/familymodules/" + demo.carlosMartinez() + "/Insurance").body().size(),
        "the Martinez family: four patplans on one subscription");
    JsonNode info = get("/chartmodules/" + demo.graceThompson() + "/PatientInfo").body();
    assertEquals("Age", info.get(0).path("Field").asText());
    // the demo patients' billing type, read by name
    assertEquals("Billing Type", info.get(1).path("Field").asText(), info.toString());
    assertEquals("Standard Account", info.get(1).path("Content").asText(), info.toString());
    assertEquals("Standard Account", get("/patients/" + demo.graceThompson()).body().path("BillingType").asText());
    assertTrue(get("/chartmodules/" + demo.carlosMartinez() + "/ProgNotes").body().size() > 0);
    assertEquals(404, get("/chartmodules/999999/ProgNotes").status());
  }

  @Test
  void webSchedBookingsAreListed() {
    long type = -1;
    for (JsonNode def : get("/definitions?Category=42").body()) {
      type = def.path("DefNum").asLong();
    }
    String day = LocalDate.now().plusYears(3).withDayOfMonth(5).toString();
    Reply booked = post("/appointments/WebSched", "{\"PatNum\":" + demo.henrikLarsen() + ",\"DateTimeStart\":\""
        + day + " 13:00:00\",\"DateTimeEnd\":\"" + day + " 13:30:00\",\"ProvNum\":" + demo.drNguyen() + ",\"OpNum\":"
        + demo.operatory1() + ",\"defNumApptType\":" + type + "}");
    assertEquals(201, booked.status(), booked.body().toString());
    JsonNode listed = get("/appointments/WebSched?date=" + day).body();
    assertEquals(1, listed.size(), listed.toString());
    assertEquals("NewPat", listed.get(0).path("eServiceLogType").asText());
    assertEquals(400, post("/appointments/WebSched", "{\"PatNum\":" + demo.henrikLarsen() + ",\"DateTimeStart\":\""
        + day + " 13:00:00\",\"DateTimeEnd\":\"" + day + " 13:30:00\",\"ProvNum\":" + demo.drNguyen() + ",\"OpNum\":"
        + demo.operatory1() + ",\"defNumApptType\":" + demo.drNguyen() + "}").status());
  }

  private static long firstProcedure(long patNum) {
    return get("/procedurelogs?PatNum=" + patNum).body().get(0).path("ProcNum").asLong();
  }

  private static long plannedProcedure(long patNum) {
    List<Long> tp = new ArrayList<>();
    for (JsonNode proc : get("/procedurelogs?PatNum=" + patNum).body()) {
      if (proc.path("ProcStatus").asText().equals("TP")) {
        tp.add(proc.path("ProcNum").asLong());
      }
    }
    assertTrue(!tp.isEmpty(), "the demo patient has a treatment planned procedure");
    return tp.get(0);
  }

  private static long recallType(String description) {
    for (JsonNode type : get("/recalltypes").body()) {
      if (type.path("Description").asText().equals(description)) {
        return type.path("RecallTypeNum").asLong();
      }
    }
    throw new AssertionError("no recall type " + description);
  }
}
