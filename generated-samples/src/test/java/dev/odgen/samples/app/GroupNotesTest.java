package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.samples.app.ApiCalls.Reply;
import dev.odgen.samples.app.demo.DemoSummary;
import dev.odgen.samples.app.notes.ProcGroupItems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ProcedureLogs group-note actions over HTTP on the demo server (H2 here, MariaDB in the subclass): each
 * action's documented success, its error statuses, and what it does to the ~GRP~ procedure, its procnotes and its
 * procgroupitem rows. Each test writes only to a patient it creates, so the demo's own group note (Carlos
 * Martinez's) stays as the GET test reads it.
 */
class GroupNotesTest {
  private OpenDentalApp app;
  private DemoSummary demo;
  private ProcGroupItems items;

  /** The server under test: the shared demo server on H2 (the MariaDB subclass starts its own). */
  OpenDentalApp app() {
    return DemoServer.app();
  }

  @BeforeEach
  void connect() {
    app = app();
    demo = app.demo().orElseThrow();
    items = new ProcGroupItems(app.server().daos().db());
  }

  @Test
  void getListsThePatientsGroupNotesWithTheirProceduresAndLatestNote() {
    Reply notes = call("GET", "/procedurelogs/GroupNotes?PatNum=" + demo.carlosMartinez(), null);
    assertEquals(200, notes.status(), notes.body().toString());
    assertEquals(1, notes.body().size(), notes.body().toString());
    JsonNode note = notes.body().get(0);
    assertEquals(demo.carlosMartinez(), note.path("PatNum").asLong());
    assertEquals("Medical: no changes\r\nPt concerns: none", note.path("Note").asText());
    assertEquals("false", note.path("isSigned").asText());
    assertEquals(2, note.path("ProcNums").size(), note.toString());
    assertEquals(items.procNums(note.path("ProcNum").asLong()), longs(note.path("ProcNums")));

    long patient = newPatient();
    assertEquals("[]", call("GET", "/procedurelogs/GroupNotes?PatNum=" + patient, null).body().toString(),
        "a patient without group notes has an empty list");
    assertEquals(404, call("GET", "/procedurelogs/GroupNotes?PatNum=999999", null).status());
    assertEquals(400, call("GET", "/procedurelogs/GroupNotes", null).status(), "PatNum is required");
  }

  @Test
  void postCreatesAGroupNoteProcedureItsItemsAndItsNote() {
    long patient = newPatient();
    LocalDate day = LocalDate.now().minusDays(3);
    long first = procedure(patient, "D0120", day, "C", demo.drNguyen());
    long second = procedure(patient, "D0274", day, "EC", demo.drNguyen());
    Reply created = call("POST", "/procedurelogs/GroupNote", "{\"PatNum\":" + patient + ",\"ProcNums\":[" + first
        + "," + second + "," + first + "],\"Note\":\"Exam and x-rays\",\"isSigned\":\"true\"}");
    assertEquals(201, created.status(), created.body().toString());
    long group = created.id("ProcNum");
    assertEquals(List.of(first, second), longs(created.body().path("ProcNums")), "a repeated ProcNum is ignored");
    assertEquals("Exam and x-rays", created.body().path("Note").asText());
    assertEquals("true", created.body().path("isSigned").asText());
    assertEquals(demo.drNguyen(), created.id("ProvNum"), "the patient's PriProv by default");

    JsonNode procedure = call("GET", "/procedurelogs/" + group, null).body();
    assertEquals("~GRP~", procedure.path("procCode").asText());
    assertEquals("EC", procedure.path("ProcStatus").asText());
    assertEquals(day.toString(), procedure.path("ProcDate").asText());
    assertEquals(List.of(first, second), items.procNums(group));
    JsonNode notes = call("GET", "/procnotes?ProcNum=" + group, null).body();
    assertEquals(1, notes.size(), notes.toString());
    assertEquals("true", notes.get(0).path("isSigned").asText());
    assertTrue(call("GET", "/procedurelogs/GroupNotes?PatNum=" + patient, null).body().toString()
        .contains("\"ProcNum\":" + group), "GET lists the new group note");

    Reply withProvider = call("POST", "/procedurelogs/GroupNote", "{\"PatNum\":" + patient + ",\"ProcNums\":["
        + first + "],\"Note\":\"Second note\",\"ProvNum\":" + otherProvider() + "}");
    assertEquals(201, withProvider.status(), withProvider.body().toString());
    assertEquals(otherProvider(), withProvider.id("ProvNum"));
    assertEquals("false", withProvider.body().path("isSigned").asText(), "unsigned by default");
  }

  @Test
  void postRefusesProceduresThatCannotBeGroupedAndWritesNothing() {
    long patient = newPatient();
    long other = newPatient();
    LocalDate day = LocalDate.now().minusDays(5);
    long done = procedure(patient, "D0120", day, "C", demo.drNguyen());
    long planned = procedure(patient, "D0274", day, "TP", demo.drNguyen());
    long otherDay = procedure(patient, "D0274", day.minusDays(1), "C", demo.drNguyen());
    long otherDoctor = procedure(patient, "D0274", day, "C", otherProvider());
    long othersProc = procedure(other, "D0120", day, "C", demo.drNguyen());
    int before = procedures(patient);

    assertStatus(404, "\"PatNum\":999999,\"ProcNums\":[" + done + "],\"Note\":\"x\"", "Patient");
    assertStatus(404, "\"PatNum\":" + patient + ",\"ProcNums\":[999999],\"Note\":\"x\"", "999999");
    assertStatus(400, "\"PatNum\":" + patient + ",\"ProcNums\":[" + done + "," + othersProc + "],\"Note\":\"x\"",
        "patient " + other);
    assertStatus(400, "\"PatNum\":" + patient + ",\"ProcNums\":[" + done + "," + planned + "],\"Note\":\"x\"",
        "TP");
    assertStatus(400, "\"PatNum\":" + patient + ",\"ProcNums\":[" + done + "," + otherDay + "],\"Note\":\"x\"",
        "date");
    assertStatus(400, "\"PatNum\":" + patient + ",\"ProcNums\":[" + done + "," + otherDoctor + "],\"Note\":\"x\"",
        "provider");
    assertStatus(400, "\"PatNum\":" + patient + ",\"ProcNums\":[],\"Note\":\"x\"", "ProcNums");
    assertStatus(400, "\"PatNum\":" + patient + ",\"ProcNums\":[" + done + "],\"Note\":\" \"", "Note");
    assertStatus(400, "\"PatNum\":" + patient + ",\"ProcNums\":[" + done + "],\"Note\":\"x\",\"ProvNum\":999999",
        "ProvNum");
    assertStatus(400, "\"PatNum\":" + patient + ",\"Note\":\"x\"", "ProcNums");
    assertEquals(before, procedures(patient), "no group note procedure was written");
  }

  @Test
  void putAddsANoteSignsAppendsAndChangesTheProvider() {
    long patient = newPatient();
    long group = groupNote(patient, "Original");
    String path = "/procedurelogs/" + group + "/GroupNote";
    Reply signed = call("PUT", path, "{\"PatNum\":" + patient + ",\"Note\":\"Revised\",\"isSigned\":\"true\"}");
    assertEquals(200, signed.status(), signed.body().toString());
    assertEquals("Revised", signed.body().path("Note").asText());
    assertEquals("true", signed.body().path("isSigned").asText());
    assertEquals(2, call("GET", "/procnotes?ProcNum=" + group, null).body().size(), "each change is a new procnote");

    Reply kept = call("PUT", path, "{\"PatNum\":" + patient + ",\"Note\":\"Revised again\"}");
    assertEquals("true", kept.body().path("isSigned").asText(), "an absent isSigned keeps the signature");
    Reply cleared = call("PUT", path, "{\"PatNum\":" + patient + ",\"Note\":\"Unsigned\",\"isSigned\":\"false\","
        + "\"ProvNum\":" + otherProvider() + "}");
    assertEquals("false", cleared.body().path("isSigned").asText());
    assertEquals(otherProvider(), cleared.id("ProvNum"));
    assertEquals(otherProvider(), call("GET", "/procedurelogs/" + group, null).id("ProvNum"));

    Reply notLocked = call("PUT", path, "{\"PatNum\":" + patient + ",\"Note\":\"More\",\"doAppendNote\":\"true\"}");
    assertEquals(400, notLocked.status(), notLocked.body().toString());
    assertTrue(notLocked.body().asText().contains("locked"), notLocked.body().toString());
    lock(group);
    Reply appended = call("PUT", path, "{\"PatNum\":" + patient + ",\"Note\":\"More\",\"doAppendNote\":\"true\"}");
    assertEquals(200, appended.status(), appended.body().toString());
    assertEquals("Unsigned\r\n\r\nMore", appended.body().path("Note").asText());
    assertEquals(2, appended.body().path("ProcNums").size(), "the group keeps its procedures");
  }

  @Test
  void putRefusesAnotherPatientAProcedureThatIsNoGroupNoteAndAnUnknownOne() {
    long patient = newPatient();
    long group = groupNote(patient, "Original");
    long plain = items.procNums(group).get(0);
    assertEquals(400, call("PUT", "/procedurelogs/" + group + "/GroupNote", "{\"PatNum\":" + demo.henrikLarsen()
        + ",\"Note\":\"x\"}").status(), "PatNum must be the group note's patient");
    Reply notGroup = call("PUT", "/procedurelogs/" + plain + "/GroupNote", "{\"PatNum\":" + patient
        + ",\"Note\":\"x\"}");
    assertEquals(400, notGroup.status());
    assertTrue(notGroup.body().asText().contains("~GRP~"), notGroup.body().toString());
    assertEquals(404, call("PUT", "/procedurelogs/999999/GroupNote", "{\"PatNum\":" + patient + ",\"Note\":\"x\"}")
        .status());
    assertEquals(400, call("PUT", "/procedurelogs/" + group + "/GroupNote", "{\"PatNum\":" + patient + "}")
        .status(), "Note is required");
    assertEquals("Original", call("GET", "/procnotes?ProcNum=" + group, null).body().get(0).path("Note").asText());
  }

  @Test
  void deleteRemovesTheGroupNoteItsNotesAndItsItemsButNotItsProcedures() {
    long patient = newPatient();
    long group = groupNote(patient, "To be deleted");
    List<Long> covered = items.procNums(group);
    assertEquals(400, call("DELETE", "/procedurelogs/" + covered.get(0) + "/GroupNote", null).status(),
        "only a ~GRP~ procedure is a group note");
    assertEquals(200, call("DELETE", "/procedurelogs/" + group + "/GroupNote", null).status());
    assertEquals(404, call("GET", "/procedurelogs/" + group, null).status());
    assertEquals(0, call("GET", "/procnotes?ProcNum=" + group, null).body().size());
    assertEquals(List.of(), items.procNums(group));
    for (long procNum : covered) {
      assertEquals(200, call("GET", "/procedurelogs/" + procNum, null).status(), "a covered procedure stays");
    }
    assertEquals("[]", call("GET", "/procedurelogs/GroupNotes?PatNum=" + patient, null).body().toString());
    assertEquals(404, call("DELETE", "/procedurelogs/" + group + "/GroupNote", null).status());
  }

  @Test
  void aProcNoteIsSignedWhenAskedAndTreatPlansShowTheirSignatureFlags() {
    long patient = newPatient();
    long proc = procedure(patient, "D0120", LocalDate.now().minusDays(1), "C", demo.drNguyen());
    Reply signed = call("POST", "/procnotes", "{\"PatNum\":" + patient + ",\"ProcNum\":" + proc
        + ",\"Note\":\"Signed\",\"isSigned\":\"true\"}");
    assertEquals(201, signed.status(), signed.body().toString());
    assertEquals("true", signed.body().path("isSigned").asText());
    Reply unsigned = call("POST", "/procnotes", "{\"PatNum\":" + patient + ",\"ProcNum\":" + proc
        + ",\"Note\":\"Not signed\"}");
    assertEquals("false", unsigned.body().path("isSigned").asText());
    JsonNode plans = call("GET", "/treatplans?PatNum=" + demo.carlosMartinez(), null).body();
    assertTrue(plans.size() > 0, plans.toString());
    assertEquals("false", plans.get(0).path("isSigned").asText(), plans.toString());
    assertEquals("false", plans.get(0).path("isSignedPractice").asText(), plans.toString());
    assertNoSignatureKeys(plans.get(0));
  }

  /** The Signature columns are internal: stored (isSigned derives from them) but in no response, set by no body. */
  @Test
  void signaturesAreStoredButNeverSentNorTakenFromBodies() {
    long patient = newPatient();
    long proc = procedure(patient, "D0120", LocalDate.now().minusDays(1), "C", demo.drNguyen());
    Reply signed = call("POST", "/procnotes", "{\"PatNum\":" + patient + ",\"ProcNum\":" + proc
        + ",\"Note\":\"Signed\",\"isSigned\":\"true\"}");
    assertEquals(201, signed.status(), signed.body().toString());
    assertNoSignatureKeys(signed.body());
    assertTrue(stored("procnote", "Signature", "ProcNoteNum", signed.id("ProcNoteNum")).startsWith("Signed through the API"));
    Reply forged = call("POST", "/procnotes", "{\"PatNum\":" + patient + ",\"ProcNum\":" + proc
        + ",\"Note\":\"Forged\",\"Signature\":\"forged\"}");
    assertEquals(201, forged.status(), forged.body().toString());
    assertEquals("false", forged.body().path("isSigned").asText(), "a body's Signature is ignored");
    assertEquals("", stored("procnote", "Signature", "ProcNoteNum", forged.id("ProcNoteNum")));
    JsonNode notes = call("GET", "/procnotes?PatNum=" + patient, null).body();
    assertEquals(2, notes.size(), notes.toString());
    notes.forEach(GroupNotesTest::assertNoSignatureKeys);
    for (JsonNode note : notes) {
      boolean isTheSignedOne = note.path("ProcNoteNum").asLong() == signed.id("ProcNoteNum");
      assertEquals(String.valueOf(isTheSignedOne), note.path("isSigned").asText(), note.toString());
    }

    Reply plan = call("POST", "/treatplans", "{\"PatNum\":" + patient + ",\"Signature\":\"forged\","
        + "\"SignaturePractice\":\"forged\"}");
    assertEquals(201, plan.status(), plan.body().toString());
    assertNoSignatureKeys(plan.body());
    assertEquals("false", plan.body().path("isSigned").asText(), plan.body().toString());
    assertEquals("false", plan.body().path("isSignedPractice").asText());
    Db db = app.server().daos().db();
    db.update("UPDATE " + db.dialect().quote("treatplan") + " SET " + db.dialect().quote("SignaturePractice")
        + " = ? WHERE " + db.dialect().quote("TreatPlanNum") + " = ?", List.of("signed at the desk", plan.id("TreatPlanNum")));
    JsonNode plans = call("GET", "/treatplans?PatNum=" + patient, null).body();
    assertEquals(1, plans.size(), plans.toString());
    assertEquals("true", plans.get(0).path("isSignedPractice").asText(), plans.toString());
    assertEquals("false", plans.get(0).path("isSigned").asText(), plans.toString());
    assertNoSignatureKeys(plans.get(0));
  }

  private static void assertNoSignatureKeys(JsonNode row) {
    assertTrue(row.has("isSigned"), row.toString());
    assertFalse(row.has("Signature"), row.toString());
    assertFalse(row.has("SignaturePractice"), row.toString());
  }

  private String stored(String table, String column, String idColumn, long id) {
    Db db = app.server().daos().db();
    return db.queryOne("SELECT " + db.dialect().quote(column) + " FROM " + db.dialect().quote(table) + " WHERE "
        + db.dialect().quote(idColumn) + " = ?", List.of(id), rs -> rs.getString(1)).orElseThrow();
  }

  private void assertStatus(int status, String body, String mentioned) {
    Reply reply = call("POST", "/procedurelogs/GroupNote", "{" + body + "}");
    assertEquals(status, reply.status(), body + " -> " + reply.body());
    assertTrue(reply.body().asText().contains(mentioned), body + " -> " + reply.body() + " should name "
        + mentioned);
  }

  /** A group note over two new completed procedures of {@code patient}; its ProcNum. */
  private long groupNote(long patient, String note) {
    LocalDate day = LocalDate.now().minusDays(2);
    long first = procedure(patient, "D0120", day, "C", demo.drNguyen());
    long second = procedure(patient, "D1110", day, "C", demo.drNguyen());
    Reply created = call("POST", "/procedurelogs/GroupNote", "{\"PatNum\":" + patient + ",\"ProcNums\":[" + first
        + "," + second + "],\"Note\":\"" + note + "\"}");
    assertEquals(201, created.status(), created.body().toString());
    return created.id("ProcNum");
  }

  /** Locks a procedure as Open Dental does after a while (IsLocked is in no API body). */
  private void lock(long procNum) {
    Db db = app.server().daos().db();
    db.update("UPDATE " + db.dialect().quote("procedurelog") + " SET " + db.dialect().quote("IsLocked") + " = ? WHERE "
        + db.dialect().quote("ProcNum") + " = ?", List.of(true, procNum));
  }

  private long newPatient() {
    Reply patient = call("POST", "/patients", "{\"LName\":\"Grouper\",\"FName\":\"Gina\",\"PriProv\":"
        + demo.drNguyen() + "}");
    assertEquals(201, patient.status(), patient.body().toString());
    return patient.id("PatNum");
  }

  private long procedure(long patient, String code, LocalDate day, String status, long provNum) {
    Reply proc = call("POST", "/procedurelogs", "{\"PatNum\":" + patient + ",\"ProcDate\":\"" + day
        + "\",\"ProcStatus\":\"" + status + "\",\"procCode\":\"" + code + "\",\"ProvNum\":" + provNum + "}");
    assertEquals(201, proc.status(), proc.body().toString());
    return proc.id("ProcNum");
  }

  private int procedures(long patient) {
    return call("GET", "/procedurelogs?PatNum=" + patient, null).body().size();
  }

  private long otherProvider() {
    for (JsonNode provider : call("GET", "/providers", null).body()) {
      long provNum = provider.path("ProvNum").asLong();
      if (provNum != demo.drNguyen()) {
        return provNum;
      }
    }
    throw new AssertionError("the demo has one provider only");
  }

  private Reply call(String method, String path, String json) {
    return ApiCalls.send(app, method, path, json);
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> values = new ArrayList<>();
    array.forEach(n -> values.add(n.asLong()));
    return values;
  }
}
