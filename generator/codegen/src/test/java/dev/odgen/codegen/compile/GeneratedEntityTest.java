package dev.odgen.codegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.odgen.runtime.wire.Json;
import dev.odgen.runtime.wire.WireFormatException;
import dev.odgen.runtime.wire.WireFormats;
import dev.odgen.runtime.wire.WireReader;
import dev.odgen.runtime.wire.WireSettings;
import dev.odgen.runtime.wire.WireWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the generated entity, patch and enum code of the golden case does with JSON, run for real: compiled
 * in memory and called through the runtime's wire reader and writer, as server and client call it.
 */
class GeneratedEntityTest {

  private static final WireFormats FORMATS =
      new WireSettings(true, "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss", "0001-01-01", null, null).formats();

  /** Every column of the golden Patients resource, in wire order, as the API writes them. */
  private static final String FULL_PATIENT = "{\"PatNum\":5,\"LName\":\"Smith\",\"FName\":\"Ann\","
      + "\"Gender\":\"Not Given\",\"PatStatus\":\"Inactive\",\"Signals\":\"Archived\",\"Birthdate\":\"1976-05-24\","
      + "\"DateTimeDeceased\":\"0001-01-01 00:00:00\",\"PreferContactTime\":\"09:30:00\",\"EstBalance\":12.50,"
      + "\"Weight\":70.5,\"Ratio\":0.25,\"BillingType\":3,\"VisitCount\":7,\"Urgency\":200,\"Delta\":-3,"
      + "\"Premed\":\"true\",\"Note\":\"hello\",\"colorOverride\":\"255,0,0\",\"PriProv\":2,\"PrefProv\":\"DOC\","
      + "\"DateTStamp\":\"2024-01-02 03:04:05\",\"DateTEntry\":\"2024-01-01 08:00:00\","
      + "\"priProvAbbr\":\"DOC\",\"provName\":\"DOC Jones\",\"gender\":\"Not Given\",\"hasNote\":\"true\","
      + "\"serverDateTime\":\"2024-01-02 03:04:06\"}";

  private static ClassLoader classes;

  @BeforeAll
  static void compile() {
    classes = GoldenClasses.get();
  }

  @Test
  void anEntityWritesBackExactlyWhatItRead() throws Exception {
    Object patient = call("entity.Patient", "fromJson", reader(FULL_PATIENT));
    assertEquals(FULL_PATIENT, write(patient, "writeJson"));
  }

  @Test
  void quotedNumbersAreWrittenQuotedAndReadInEitherForm() throws Exception {
    String quoted = "{\"VisitNum\":1,\"PatNum\":5,\"ProvNum\":\"2\",\"VisitStatus\":\"Done\","
        + "\"DateVisit\":\"2024-06-01\",\"Fee\":\"300\",\"Note\":\"\",\"BookedBy\":\"\",\"FollowUp\":\"\","
        + "\"DateTStamp\":\"2024-06-01 10:00:00\"}";
    assertEquals(quoted, write(call("entity.Visit", "fromJson", reader(quoted)), "writeJson"));
    Object visit = call("entity.Visit", "fromJson", reader(quoted.replace("\"2\"", "2").replace("\"300\"", "300.00")));
    assertEquals(2L, get(visit, "provNum"));
    assertEquals(quoted, write(visit, "writeJson"), "numbers are read too, and written quoted");
    Object patch = call("entity.VisitPatch", "fromCreateJson", reader("{\"PatNum\":5,\"Fee\":12.5}"));
    assertEquals("{\"PatNum\":5,\"Fee\":\"12.5\"}", write(patch, "writeCreateJson"));
    assertEquals("{\"Fee\":12.50}", write(patch, "writeUpdateJson"), "the update body takes Fee as a number");
    Object procedure = call("entity.Procedure", "fromJson", reader("{\"ProcNum\":3,\"ProcFee\":\"130\"}"));
    assertEquals(true, write(procedure, "writeJson").contains("\"ProcFee\":\"130.00\""), "two decimals");
  }

  @Test
  void aDateTimeShownAsADateIsWrittenAsItsDateAndReadInEitherForm() throws Exception {
    Object appointment = call("entity.Appointment", "fromJson",
        reader("{\"AptNum\":1,\"DateConfirmed\":\"2024-05-01 10:11:12\"}"));
    assertEquals(LocalDateTime.of(2024, 5, 1, 10, 11, 12), get(appointment, "dateConfirmed"));
    assertEquals(true, write(appointment, "writeJson").contains("\"DateConfirmed\":\"2024-05-01\""));
    Object patch = call("entity.AppointmentPatch", "fromUpdateJson", reader("{\"DateConfirmed\":\"2024-05-02\"}"));
    assertEquals("{\"DateConfirmed\":\"2024-05-02\"}", write(patch, "writeUpdateJson"));
    assertEquals(true, write(call("entity.Appointment", "fromJson", reader("{\"AptNum\":1}")), "writeJson")
        .contains("\"DateConfirmed\":\"0001-01-01\""), "no date");
  }

  @Test
  void intervalsTravelAsTextAndArePackedInJava() throws Exception {
    Object visit = call("entity.Visit", "fromJson", reader("{\"VisitNum\":1,\"FollowUp\":\"1y6m\"}"));
    assertEquals(16_777_216 + 6 * 65_536, get(visit, "followUp"));
    assertEquals(true, write(visit, "writeJson").contains("\"FollowUp\":\"1y6m\""));
    assertEquals(6 * 65_536 + 1, get(call("entity.Visit", "defaults"), "followUp"), "default: 6m1d");
    Object patch = call("entity.VisitPatch", "fromUpdateJson", reader("{\"FollowUp\":\"2w\"}"));
    assertEquals("{\"FollowUp\":\"2w\"}", write(patch, "writeUpdateJson"));
    assertEquals("FollowUp: '6 months' is not an interval such as 6m1d (years y up to 127; months m, weeks w,"
        + " days d up to 255; in that order)",
        assertThrows(InvocationTargetException.class, () -> call("entity.VisitPatch", "fromUpdateJson",
            reader("{\"FollowUp\":\"6 months\"}"))).getCause().getMessage());
  }

  @Test
  void absentColumnsReadAsBlanksAndAbsentDerivedFieldsAsNullAndAreNotWritten() throws Exception {
    Object patient = call("entity.Patient", "fromJson", reader("{\"PatNum\":9}"));
    assertEquals("", get(patient, "lName"));
    assertNull(get(patient, "birthdate"), "no date");
    assertEquals("Not Given", get(patient, "gender").toString(), "the enum's default member");
    assertNull(get(patient, "priProvAbbr"));
    String json = write(patient, "writeJson");
    assertEquals(true, json.contains("\"Birthdate\":\"0001-01-01\""), json);
    assertEquals(false, json.contains("priProvAbbr"), json);
  }

  @Test
  void defaultsApplyTheSpecDefaults() throws Exception {
    Object row = call("entity.Patient", "defaults");
    assertEquals("Male", get(row, "gender").toString());
    assertEquals("Patient", get(row, "patStatus").toString());
    assertEquals(true, get(row, "premed"));
    assertEquals(0L, get(row, "patNum"));
  }

  @Test
  void aCreateBodyIsReadUnderItsBodyNamesAndReportsWhatIsMissing() throws Exception {
    Object patch = call("entity.PatientPatch", "fromCreateJson",
        reader("{\"LName\":\"Jones\",\"priProv\":3,\"Birthdate\":\"0001-01-01\",\"Note\":\"ignored on create\"}"));
    assertEquals(List.of("LName", "Birthdate", "PriProv"), invoke(patch, "presentFields"));
    assertEquals(List.of("FName"), invoke(patch, "missingForCreate"));
    assertEquals("{\"LName\":\"Jones\",\"Birthdate\":\"0001-01-01\",\"priProv\":3}", write(patch, "writeCreateJson"));
  }

  @Test
  void aPatchReplacesOnlyThePresentFields() throws Exception {
    Object row = call("entity.Patient", "fromJson", reader(FULL_PATIENT));
    Object patch = call("entity.PatientPatch", "fromUpdateJson", reader("{\"Birthdate\":\"0001-01-01\",\"Delta\":-100}"));
    Object updated = classes.loadClass("com.example.clinic.entity.PatientPatch")
        .getMethod("applyTo", classes.loadClass("com.example.clinic.entity.Patient")).invoke(patch, row);
    assertNull(get(updated, "birthdate"), "a present blank date clears the date");
    assertEquals(-100, get(updated, "delta"));
    assertEquals("Smith", get(updated, "lName"));
    assertEquals(List.of("LName"), invoke(patch, "missingForUpdate"));
  }

  @Test
  void badValuesInABodyAreRefusedWithTheFieldAndTheAllowedValues() {
    assertEquals("Delta: '300' is not a whole number from -128 to 127",
        refused("fromUpdateJson", "{\"Delta\":300}").getMessage());
    assertEquals("Gender: 'X' is not one of Male, Female, Not Given",
        refused("fromUpdateJson", "{\"Gender\":\"X\"}").getMessage());
    assertEquals(true, refused("fromCreateJson", "{\"LName\":\"" + "x".repeat(101) + "\"}").getMessage()
        .startsWith("LName: 'xxxx"));
  }

  @Test
  void theClientBuildsAPatchFluently() throws Exception {
    Object builder = call("entity.PatientPatch", "builder");
    builder.getClass().getMethod("lName", String.class).invoke(builder, "Lee");
    builder.getClass().getMethod("urgency", int.class).invoke(builder, 4);
    Object patch = invoke(builder, "build");
    assertEquals("{\"LName\":\"Lee\",\"Urgency\":4}", write(patch, "writeCreateJson"));
    assertEquals("{\"LName\":\"Lee\"}", write(patch, "writeUpdateJson"), "Urgency is not updatable");
  }

  @Test
  void enumsFindMembersByWireNameAndStoredValue() throws Exception {
    assertEquals("Optional[Not Given]", call("entity.PatientGender", "fromWireName", "not given").toString());
    Class<?> flags = classes.loadClass("com.example.clinic.entity.Flags");
    assertEquals("Optional[Archived]", flags.getMethod("fromStoredValue", int.class).invoke(null, 256).toString());
  }

  @Test
  void aMemberANewerServerSendsReadsAsUnrecognizedKeepsItsTextAndIsWrittenBackAsIt() throws Exception {
    String newer = FULL_PATIENT.replace("\"Gender\":\"Not Given\"", "\"Gender\":\"Nonbinary\"")
        .replace("{\"PatNum\":5,", "{\"PatNum\":5,\"FieldOfANewerServer\":{\"x\":[1]},");
    Object patient = call("entity.Patient", "fromJson", reader(newer));
    Object gender = get(patient, "gender");
    assertEquals("Nonbinary", invoke(gender, "wireName"));
    assertEquals(false, invoke(gender, "isRecognized"));
    assertEquals(FULL_PATIENT.replace("\"Gender\":\"Not Given\"", "\"Gender\":\"Nonbinary\""),
        write(patient, "writeJson"), "the unknown member goes back as it came; the unknown field is dropped");
    assertEquals(call("entity.PatientGender", "unrecognized", "Nonbinary"), gender, "equal by text");
    assertEquals("Optional.empty", call("entity.PatientGender", "fromWireName", "Nonbinary").toString());
    var noNumber = assertThrows(InvocationTargetException.class, () -> invoke(gender, "storedValue"));
    assertEquals("PatientGender 'Nonbinary' is not a member this code knows (it came from a newer server), so it"
        + " has no stored value: send it back only as it came", noNumber.getCause().getMessage());
    // a server checks request bodies strictly: the same member in a body is refused, naming the members
    WireFormatException e = refused("fromCreateJson", "{\"LName\":\"A\",\"FName\":\"B\",\"Gender\":\"Nonbinary\"}");
    assertEquals("Gender", e.field());
  }

  private static WireFormatException refused(String method, String json) {
    InvocationTargetException e = assertThrows(InvocationTargetException.class,
        () -> call("entity.PatientPatch", method, reader(json)));
    return (WireFormatException) e.getCause();
  }

  private static WireReader reader(String json) {
    return new WireReader(Json.parse("body", json.getBytes(StandardCharsets.UTF_8)), FORMATS);
  }

  /** Calls a static method of a generated class; arguments are matched by their classes' simple names. */
  private static Object call(String type, String method, Object... args) throws Exception {
    Class<?> owner = classes.loadClass("com.example.clinic." + type);
    for (Method candidate : owner.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
        return candidate.invoke(null, args);
      }
    }
    throw new NoSuchMethodException(type + "." + method);
  }

  private static Object invoke(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }

  private static Object get(Object record, String component) throws Exception {
    return invoke(record, component);
  }

  private static String write(Object target, String method) throws Exception {
    Method writeMethod = target.getClass().getMethod(method, WireWriter.class);
    byte[] bytes = WireWriter.toBytes(FORMATS, writer -> {
      try {
        writeMethod.invoke(target, writer);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    });
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
