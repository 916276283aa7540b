package dev.odgen.samples.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API-wide wire conventions the spec states once (in its API file) rather than per field: blank dates,
 * booleans as strings, the per-request date format parameters, the server's clock; and documented behaviour a
 * field's type cannot describe.
 */
@EndToEnd
class WireConventionsTest {
  private static LiveServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    server = LiveServer.start();
    api = server.api();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void blankDatesAreWrittenAsTheNoDateValue() {
    JsonNode patient = api.post("/patients", "{\"LName\":\"Blank\",\"FName\":\"Dates\"}").expect(201).json();
    assertEquals("0001-01-01", patient.path("Birthdate").asText());
    assertEquals("0001-01-01", patient.path("DateFirstVisit").asText());
    JsonNode cleared = api.put("/patients/" + patient.path("PatNum").asLong(), "{\"Birthdate\":\"\"}").expect(200).json();
    assertEquals("0001-01-01", cleared.path("Birthdate").asText(), "an empty date clears it");
  }

  @Test
  void booleansTravelAsStringsAndAreReadEitherWay() {
    JsonNode asString = api.post("/patients", "{\"LName\":\"Bool\",\"FName\":\"S\",\"Premed\":\"true\"}").expect(201).json();
    assertEquals("true", asString.path("Premed").textValue());
    JsonNode asJson = api.post("/patients", "{\"LName\":\"Bool\",\"FName\":\"J\",\"Premed\":true}").expect(201).json();
    assertEquals("true", asJson.path("Premed").textValue(), "a JSON boolean is read, a string written");
    assertEquals("false", api.post("/patients", "{\"LName\":\"Bool\",\"FName\":\"F\"}").expect(201).json()
        .path("Premed").textValue());
  }

  @Test
  void formatParametersChangeTheOutputOfOneRequest() {
    long patNum = api.post("/patients", "{\"LName\":\"Fmt\",\"FName\":\"D\",\"Birthdate\":\"1985-06-07\"}")
        .expect(201).json().path("PatNum").asLong();
    JsonNode usual = api.get("/patients/" + patNum).expect(200).json();
    JsonNode custom = api.get("/patients/" + patNum,
        Map.of("DateFormatString", "MM/dd/yyyy", "DateTimeFormatString", "yyyyMMddHHmmss")).expect(200).json();
    assertEquals("06/07/1985", custom.path("Birthdate").asText());
    assertTrue(custom.path("DateTStamp").asText().matches("\\d{14}"), custom.path("DateTStamp").asText());
    assertEquals("1985-06-07", api.get("/patients/" + patNum).expect(200).json().path("Birthdate").asText(),
        "the next request is back to the usual format");
    assertEquals(usual.path("LName"), custom.path("LName"));
    api.get("/patients/" + patNum, Map.of("DateFormatString", "qq{")).expectError(400, "DateFormatString");
  }

  @Test
  void serverDateTimeIsTheServersClock() {
    long patNum = api.post("/patients", "{\"LName\":\"Clock\",\"FName\":\"C\"}").expect(201).json().path("PatNum").asLong();
    long op = new RowFactory(server).create(TheSpec.resource("Operatories")).id();
    JsonNode appointment = api.post("/appointments",
        "{\"PatNum\":" + patNum + ",\"Op\":" + op + ",\"AptDateTime\":\"2024-01-02 08:00:00\"}").expect(201).json();
    LocalDateTime shown = LocalDateTime.parse(appointment.path("serverDateTime").asText(), SampleValues.DATE_TIME);
    assertTrue(Duration.between(shown, LocalDateTime.now()).abs().toSeconds() < 60, "serverDateTime " + shown);
    // the documented sync: the next call asks for rows changed since the serverDateTime of the last one
    String since = appointment.path("serverDateTime").asText();
    long aptNum = appointment.path("AptNum").asLong();
    api.put("/appointments/" + aptNum, "{\"Note\":\"changed after the last call\"}").expect(200);
    JsonNode changed = api.get("/appointments", Map.of("PatNum", Long.toString(patNum), "DateTStamp", since))
        .expect(200).json();
    assertEquals(aptNum, changed.path(0).path("AptNum").asLong(), "changed since " + since + ": " + changed);
  }

  @Test
  void definitionsTakeTheirCategoryByNameOnCreate() {
    // the docs: POST /definitions names the category ("AdjTypes"); responses carry its number (Category: 1)
    JsonNode created = api.post("/definitions", "{\"ItemName\":\"Sales Tax\",\"category\":\"AdjTypes\"}")
        .expect(201).json();
    assertEquals(1, created.path("Category").asInt());
    assertEquals("AdjTypes", created.path("category").asText());
  }
}
