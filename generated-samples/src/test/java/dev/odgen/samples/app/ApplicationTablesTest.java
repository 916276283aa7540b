package dev.odgen.samples.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.runtime.jdbc.SchemaPolicy;
import dev.odgen.samples.app.ApiCalls.Reply;
import dev.odgen.samples.app.notes.ProcGroupItems;
import dev.odgen.samples.opendental.dao.OpenDentalDaos;
import dev.odgen.samples.opendental.entity.PatientPatch;
import dev.odgen.samples.opendental.entity.ProcStat;
import dev.odgen.samples.opendental.entity.ProcedureCodePatch;
import dev.odgen.samples.opendental.entity.ProcedureLogPatch;
import dev.odgen.samples.testdb.ScratchDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application-owned procgroupitem table (not in the spec): created at the first start on an empty database,
 * kept with its rows when the server starts again under {@code --schema validate}, on H2 and on MariaDB. The
 * database has no demo data, so it also shows group notes refused for an office without the ~GRP~ code.
 */
class ApplicationTablesTest {

  @Test
  void procGroupItemIsCreatedOnceAndValidateAcceptsItOnH2() throws StartupException {
    check("jdbc:h2:mem:application-tables;DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Test
  void procGroupItemIsCreatedOnceAndValidateAcceptsItOnMariaDb() throws StartupException {
    try (ScratchDatabase database = ScratchDatabase.create("apptables")) {
      check(database.url(), ScratchDatabase.USER, ScratchDatabase.PASSWORD);
    }
  }

  private static void check(String url, String user, String password) throws StartupException {
    long groupNum;
    try (OpenDentalApp first = start(url, user, password, SchemaPolicy.MIGRATE)) {
      ProcGroupItems items = new ProcGroupItems(first.server().daos().db());
      assertEquals(List.of(), items.procNums(1), "a new, empty table");
      groupNum = officeWithoutGroupNoteCode(first);
      items.add(groupNum, 42);
    }
    try (OpenDentalApp again = start(url, user, password, SchemaPolicy.VALIDATE)) {
      assertEquals(List.of(42L), new ProcGroupItems(again.server().daos().db()).procNums(groupNum),
          "the table and its rows stay as they were");
    }
  }

  /** A patient with two completed procedures, and no ~GRP~ code: POST GroupNote is 400. Returns a ProcNum. */
  private static long officeWithoutGroupNoteCode(OpenDentalApp app) {
    OpenDentalDaos daos = app.server().daos();
    long patNum = daos.patients().insert(PatientPatch.builder().lName("Nocode").fName("Nora").build());
    long codeNum = daos.procedureCodes().insert(ProcedureCodePatch.builder().procCode("D0120").build());
    LocalDate day = LocalDate.now().minusDays(1);
    List<Long> procNums = List.of(1, 2).stream().map(i -> daos.procedureLogs().insert(ProcedureLogPatch.builder()
        .patNum(patNum).procDate(day).procStatus(ProcStat.C).codeNum(codeNum).build())).toList();
    Reply refused = ApiCalls.send(app, "POST", "/procedurelogs/GroupNote", "{\"PatNum\":" + patNum
        + ",\"ProcNums\":" + procNums + ",\"Note\":\"x\"}");
    assertEquals(400, refused.status(), refused.body().toString());
    assertTrue(refused.body().asText().contains("~GRP~"), refused.body().toString());
    assertEquals("[]", ApiCalls.send(app, "GET", "/procedurelogs/GroupNotes?PatNum=" + patNum, null).body()
        .toString());
    return procNums.get(0);
  }

  private static OpenDentalApp start(String url, String user, String password, SchemaPolicy policy)
      throws StartupException {
    return OpenDentalApp.start(AppConfig.defaults().withHost("127.0.0.1").withPort(0)
        .withDatabase(url, user, password).withDemoData(DemoDataMode.OFF).withEvents(EventsMode.OFF)
        .withSchema(policy).withDocumentStore(TestFolders.documentStore()));
  }
}
