package dev.odgen.codegen.naming;

import static dev.odgen.codegen.testing.Specs.column;
import static dev.odgen.codegen.testing.Specs.derived;
import static dev.odgen.codegen.testing.Specs.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.codegen.testing.SampleModels;
import dev.odgen.codegen.testing.Specs;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

  private final JavaNames names = new JavaNames("dev.odgen.opendental", "OpenDental");
  private final Resource patients = SampleModels.clinic().resource("Patients").orElseThrow();

  @ParameterizedTest
  @CsvSource({
      "AptNum, aptNum",
      "SSN, ssn",
      "TPStatus, tpStatus",
      "priProvAbbr, priProvAbbr",
      "DateTStamp, dateTStamp",
      "Bal_0_30, bal_0_30",
      "HL7Msg, hl7Msg",
      "Not Accepted, notAccepted",
      "Default, _default",
      "class, _class",
      "1stVisit, _1stVisit",
  })
  void identifiersAreLowerCamelAndLegal(String specName, String identifier) {
    assertEquals(identifier, names.identifier(specName));
  }

  @ParameterizedTest
  @CsvSource({
      "Scheduled, SCHEDULED",
      "UnschedList, UNSCHED_LIST",
      "ASAP, ASAP",
      "ASAPList, ASAP_LIST",
      "Not Accepted, NOT_ACCEPTED",
      "HL7Msg, HL7_MSG",
      "Bal_0_30, BAL_0_30",
      "2ndNotice, _2ND_NOTICE",
  })
  void enumConstantsAreUpperSnake(String member, String constant) {
    EnumType enumType = new EnumType("E", List.of(new EnumMember(member, 0)), Optional.empty(), "", Specs.at("e.yaml"));
    assertEquals(constant, names.enumConstants(enumType).of(member));
  }

  @Test
  void enumConstantsThatCollideGetNumbers() {
    EnumType enumType = new EnumType("E", List.of(new EnumMember("Asap", 0), new EnumMember("ASAP", 1),
        new EnumMember("asap", 2)), Optional.empty(), "", Specs.at("e.yaml"));
    assertEquals(List.of("ASAP", "ASAP_2", "ASAP_3"), names.enumConstants(enumType).all());
  }

  @Test
  void aLowerCaseTwinOfAColumnGetsLabelAndTheColumnKeepsThePlainName() {
    Resource appointments = resource(
        derived("confirmed", type(FieldType.STRING), new Derivation.Lookup("Confirmed", "ItemName")),
        column("Confirmed", type(FieldType.LONG)),
        derived("isNew", type(FieldType.BOOL), new Derivation.NonEmpty("IsNew")),
        column("IsNew", type(FieldType.BOOL)));
    Identifiers fields = names.fields(appointments);
    assertEquals("confirmed", fields.of("Confirmed"));
    assertEquals("confirmedLabel", fields.of("confirmed"));
    assertEquals("isNewLabel", fields.of("isNew"));
    assertEquals(List.of("confirmedLabel", "confirmed", "isNewLabel", "isNew"), fields.all());
  }

  @Test
  void fieldsNeverTakeTheNamesOfGeneratedMembers() {
    Resource odd = resource(column("ToString", type(FieldType.STRING)), column("Present", type(FieldType.STRING)),
        column("Out", type(FieldType.STRING)));
    assertEquals(List.of("toString2", "present2", "out2"), names.fields(odd).all());
  }

  @Test
  void classesAndPackagesFollowOneScheme() {
    assertEquals("dev.odgen.opendental.entity.Patient", names.entity(patients).canonicalName());
    assertEquals("dev.odgen.opendental.entity.PatientPatch", names.patch(patients).canonicalName());
    assertEquals("dev.odgen.opendental.dao.PatientDao", names.dao(patients).canonicalName());
    assertEquals("dev.odgen.opendental.server.PatientHandler", names.handler(patients).canonicalName());
    assertEquals("dev.odgen.opendental.client.PatientsClient", names.resourceClient(patients).canonicalName());
    assertEquals("dev.odgen.opendental.client.OpenDentalClient", names.clientFacade().canonicalName());
    assertEquals("dev.odgen.opendental.server.OpenDentalServer", names.serverFacade().canonicalName());
    assertEquals("dev.odgen.opendental.schema.OpenDentalSchema", names.schema().canonicalName());
    assertEquals("dev.odgen.opendental.entity.ApptStatus", names.enumType("ApptStatus").canonicalName());
    assertEquals("dev/odgen/opendental/schema/mariadb.sql", names.schemaScript("mariadb"));
  }

  private static Resource resource(dev.odgen.spec.model.Field... fields) {
    return new Resource("Things", "Thing", "/things", Optional.of("thing"), Optional.empty(), List.of(fields),
        List.of(), List.of(), List.of(), "", Optional.empty(), "", Specs.at("t.yaml"));
  }
}
