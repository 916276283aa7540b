package dev.odgen.samples.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.samples.opendental.server.OpenDentalServer;
import dev.odgen.samples.testdb.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated server over tables Open Dental created: its column types (tinyint enums and booleans, bigint
 * keys, date and timestamp columns) and columns the API never shows. Rows are written by SQL the way Open Dental
 * writes them (enum ordinals, 0/1), read and partly updated through HTTP, and the columns the server does not
 * know are checked to be untouched.
 */
class OpenDentalShapedTablesTest {
  private static ScratchDatabase database;
  private static OpenDentalServer server;
  private static Http http;

  @BeforeAll
  static void openDentalTablesWithRowsAndTheServerOverThem() {
    database = ScratchDatabase.create("odtables");
    database.runScript("/mariadb/opendental-tables.sql");
    database.execute("INSERT INTO definition (DefNum, Category, ItemOrder, ItemName, ItemValue, ItemColor, IsHidden)"
        + " VALUES (7, 4, 0, 'Standard Account', '', 0, 0), (8, 2, 0, 'Confirmed by text', '', 0, 0)");
    database.execute("INSERT INTO provider (ProvNum, Abbr, LName, FName, IsHidden, Birthdate, OdgenTestExtraText)"
        + " VALUES (3, 'DOC1', 'Nguyen', 'An', 1, '1970-02-03', 'provider extra')");
    // PatStatus 5 = Deceased, Gender 1 = Female, Position 1 = Married, TxtMsgOk 2 = No, PreferContactMethod 5 = Email
    database.execute("INSERT INTO patient (PatNum, LName, FName, PatStatus, Gender, Position, Birthdate, Guarantor,"
        + " PriProv, BillingType, Premed, TxtMsgOk, PreferContactMethod, EstBalance, AddrNote, Title,"
        + " OdgenTestExtraText, OdgenTestExtraNum) VALUES (11, 'Martinez', 'Rosa', 5, 1, 1, '1985-06-07', 11, 3, 7,"
        + " 1, 2, 5, 12.5, 'address note only Open Dental shows', 'Dr.', 'patient extra', 7)");
    database.execute("INSERT INTO patient (PatNum, LName, FName, PatStatus, Gender, Premed, AddrNote, Title,"
        + " OdgenTestExtraText, OdgenTestExtraNum) SELECT 12, LName, FName, PatStatus, Gender, Premed, AddrNote, Title,"
        + " OdgenTestExtraText, OdgenTestExtraNum FROM patient WHERE PatNum = 11");
    // AptStatus 2 = Complete, Priority 1 = ASAP
    database.execute("INSERT INTO appointment (AptNum, PatNum, AptStatus, Pattern, Confirmed, TimeLocked, ProvNum,"
        + " AptDateTime, Note, IsNewPatient, Priority, Assistant) VALUES (21, 11, 2, '/XX/', 8, 1, 3,"
        + " '2026-03-04 09:30:00', 'first visit', 0, 1, 99),"
        + " (22, 11, 2, '/XX/', 8, 1, 3, '2026-03-05 10:00:00', 'second visit', 0, 1, 99)");
    server = TestServers.start(database.url());
    http = TestServers.http(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void aPatientReadsWithEnumsByNameBooleansAsWordsAndDates() {
    Http.Answer answer = http.get("/patients/11");
    assertEquals(200, answer.status(), answer.body());
    String body = answer.body();
    assertTrue(body.contains("\"PatStatus\":\"Deceased\""), body);
    assertTrue(body.contains("\"Gender\":\"Female\""), body);
    assertTrue(body.contains("\"Position\":\"Married\""), body);
    assertTrue(body.contains("\"TxtMsgOk\":\"No\""), body);
    assertTrue(body.contains("\"PreferContactMethod\":\"Email\""), body);
    assertTrue(body.contains("\"Premed\":\"true\""), body);
    assertTrue(body.contains("\"Birthdate\":\"1985-06-07\""), body);
    assertTrue(body.contains("\"DateFirstVisit\":\"0001-01-01\""), body);
    assertTrue(body.contains("\"priProvAbbr\":\"DOC1\""), body);
    // BillingType travels as the ItemName of the definition whose DefNum the column holds (byName)
    assertTrue(body.contains("\"BillingType\":\"Standard Account\""), body);
    assertTrue(body.contains("\"EstBalance\":12.50"), body);
    assertTrue(!body.contains("OdgenTestExtra") && !body.contains("AddrNote"), "unexposed columns stay hidden: " + body);
  }

  @Test
  void anAppointmentAndAProviderAndDefinitionsRead() {
    String appointment = http.get("/appointments/21").body();
    assertTrue(appointment.contains("\"AptStatus\":\"Complete\""), appointment);
    assertTrue(appointment.contains("\"Priority\":\"ASAP\""), appointment);
    assertTrue(appointment.contains("\"TimeLocked\":\"true\""), appointment);
    assertTrue(appointment.contains("\"IsNewPatient\":\"false\""), appointment);
    assertTrue(appointment.contains("\"AptDateTime\":\"2026-03-04 09:30:00\""), appointment);
    assertTrue(appointment.contains("\"confirmed\":\"Confirmed by text\""), appointment);
    String provider = http.get("/providers/3").body();
    assertTrue(provider.contains("\"IsHidden\":\"true\""), provider);
    assertTrue(provider.contains("\"Abbr\":\"DOC1\""), provider);
    String definitions = http.get("/definitions").body();
    assertTrue(definitions.contains("\"Category\":4,\"category\":\"BillingTypes\"")
        && definitions.contains("\"Category\":2,\"category\":\"ApptConfirmed\""),
        definitions);
  }

  @Test
  void aPartialUpdateChangesOnlyItsFieldsAndLeavesUnexposedColumnsAlone() {
    Http.Answer answer = http.put("/patients/12", "{\"Gender\":\"Male\",\"Premed\":\"false\",\"City\":\"Lyon\"}");
    assertEquals(200, answer.status(), answer.body());
    assertEquals("0", database.value("SELECT Gender FROM patient WHERE PatNum = 12"));
    assertEquals("0", database.value("SELECT Premed FROM patient WHERE PatNum = 12"));
    assertEquals("Lyon", database.value("SELECT City FROM patient WHERE PatNum = 12"));
    assertEquals("5", database.value("SELECT PatStatus FROM patient WHERE PatNum = 12"), "fields not sent stay");
    assertEquals("Rosa", database.value("SELECT FName FROM patient WHERE PatNum = 12"));
    assertEquals("patient extra|7|address note only Open Dental shows|Dr.", database.value(
        "SELECT CONCAT_WS('|', OdgenTestExtraText, OdgenTestExtraNum, AddrNote, Title) FROM patient WHERE PatNum = 12"));

    Http.Answer appointment = http.put("/appointments/22", "{\"Note\":\"moved\",\"AptStatus\":\"Scheduled\"}");
    assertEquals(200, appointment.status(), appointment.body());
    assertEquals("moved|1|99|untouched|42", database.value("SELECT CONCAT_WS('|', Note, AptStatus, Assistant,"
        + " OdgenTestExtraText, OdgenTestExtraNum) FROM appointment WHERE AptNum = 22"));
  }

  @Test
  void aCreatedRowGetsOpenDentalsDefaultsInTheColumnsTheServerDoesNotKnow() {
    Http.Answer created = http.post("/patients", "{\"LName\":\"Okafor\",\"FName\":\"Ade\",\"Gender\":\"Other\"}");
    assertEquals(201, created.status(), created.body());
    assertEquals("3|untouched|42|0001-01-01", database.value("SELECT CONCAT_WS('|', Gender, OdgenTestExtraText,"
        + " OdgenTestExtraNum, Birthdate) FROM patient WHERE LName = 'Okafor'"));
  }
}
