package dev.odgen.codegen.naming;

import static dev.odgen.codegen.testing.Specs.column;
import static dev.odgen.codegen.testing.Specs.derived;
import static dev.odgen.codegen.testing.Specs.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.codegen.testing.SampleModels;
import dev.odgen.codegen.testing.Specs;
import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.ResponseShape;
import dev.odgen.spec.model.WireForm;
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

  @Test
  void serverSideNamesFollowTheEntity() {
    Resource appointments = SampleModels.clinic().resource("Appointments").orElseThrow();
    Action breakAction = appointments.actions().stream().filter(a -> a.name().equals("break")).findFirst().orElseThrow();
    assertEquals("dev.odgen.opendental.dao.AppointmentFilter", names.filter(appointments).canonicalName());
    assertEquals("dev.odgen.opendental.dao.AppointmentHooks", names.hooks(appointments).canonicalName());
    assertEquals("dev.odgen.opendental.server.AppointmentActions", names.actions(appointments).canonicalName());
    assertEquals("dev.odgen.opendental.server.AppointmentActions.BreakInput",
        names.actionInput(appointments, breakAction).canonicalName());
    assertEquals("_break", names.actionMethod(breakAction));
    assertEquals("appointmentActions", names.actionsSetter(appointments));
    assertEquals("appointmentHooks", names.hooksSetter(appointments));
    assertEquals("appointmentDao", names.daoVariable(appointments));
    Filter hasProcs = appointments.operation(OperationKind.LIST).orElseThrow().filters().stream()
        .filter(f -> f.param().equals("hasProcs")).findFirst().orElseThrow();
    assertEquals("filterHasProcs", names.filterHook(hasProcs));
    assertEquals("deriveConfirmedText", names.deriveHook(appointments.field("confirmedText").orElseThrow()));
  }

  @Test
  void actionInputsAreUniqueAndEndWithThePageWhenPaged() {
    Property path = new Property("AptNum", type(FieldType.REF), WireForm.NAME, Optional.empty(), true, Optional.empty(),
        "", Specs.at("a.yaml"));
    Property body = new Property("aptNum", type(FieldType.LONG), WireForm.NAME, Optional.empty(), false, Optional.empty(),
        "", Specs.at("a.yaml"));
    Property page = new Property("page", type(FieldType.INT), WireForm.NAME, Optional.empty(), false, Optional.empty(),
        "", Specs.at("a.yaml"));
    Action action = new Action("move", "PUT", "/things/{AptNum}/Move", List.of(path), List.of(page), List.of(body),
        new ResponseShape(ResponseKind.NONE, Optional.empty(), false), true, 200, false, Optional.empty(), Optional.empty(),
        "", Specs.at("a.yaml"));
    assertEquals(List.of("aptNum", "page", "aptNumLabel", "page2"), names.actionInputComponents(action));
  }

  @Test
  void clientTypesAreNamedAfterTheResourceAndTheAction() {
    Action slots = action("slots", false, List.of(), List.of(), List.of());
    assertEquals("dev.odgen.opendental.client.PatientsQuery", names.listQuery(patients).canonicalName());
    assertEquals("dev.odgen.opendental.client.PatientsSlotsRequest", names.actionRequest(patients, slots).canonicalName());
    assertEquals("dev.odgen.opendental.client.OpenDentalClient.Throttle", names.throttle().canonicalName());
    assertEquals(List.of("READ_ONLY", "STANDARD"), names.throttleConstants(List.of("readOnly", "standard")).all());
  }

  @Test
  void actionMethodsAvoidTheCrudMethodsAndEachOther() {
    Resource things = resource("Things", List.of(action("listAll", false, List.of(), List.of(), List.of()),
        action("simple", true, List.of(), List.of(), List.of()),
        action("simpleAll", false, List.of(), List.of(), List.of()),
        action("break", false, List.of(), List.of(), List.of())));
    ActionMethodNames methods = names.actionMethods(things);
    assertEquals(List.of("listAll2", "simple", "simpleAll", "_break"), methods.calls().all());
    assertEquals(List.of("simpleAll2"), methods.allPages().all());
  }

  @Test
  void actionInputsShareOneScopeAndAvoidTheLocalsOfClientMethods() {
    Action action = action("move", false, List.of(property("AptNum")), List.of(property("Offset")),
        List.of(property("aptNum"), property("request"), property("Notify")));
    ActionInputNames inputs = names.actionInputs(action);
    assertEquals(List.of("aptNum"), inputs.pathParams().all());
    assertEquals(List.of("offset2"), inputs.params().all());
    assertEquals(List.of("aptNumLabel", "request2", "notify2"), inputs.body().all());
  }

  @Test
  void facadeBuilderMethodsAvoidTheBuildersOwn() {
    FacadeBuilderNames builder = names.facadeBuilder(List.of("developerKey", "retry"), List.of("local", "build"));
    assertEquals(List.of("developerKey", "retry2"), builder.credentials().all());
    assertEquals(List.of("local", "build2"), builder.baseUrlPresets().all());
    assertEquals(List.of("patients", "transport2"),
        names.resourceAccessors(List.of(patients, resource("Transport", List.of()))).all());
  }

  private static Action action(String name, boolean paged, List<Property> path, List<Property> params,
      List<Property> body) {
    return new Action(name, "GET", "/things/" + name, path, params, body,
        new ResponseShape(ResponseKind.NONE, Optional.empty(), paged), paged, 200, false, Optional.empty(),
        Optional.empty(), "", Specs.at("t.yaml"));
  }

  private static Property property(String name) {
    return new Property(name, type(FieldType.LONG), WireForm.NAME, Optional.empty(), false, Optional.empty(), "",
        Specs.at("t.yaml"));
  }

  private static Resource resource(String name, List<Action> actions) {
    return new Resource(name, "Thing", "/things", Optional.empty(), Optional.empty(), List.of(), List.of(),
        actions, List.of(), "", Optional.empty(), "", Specs.at("t.yaml"));
  }

  private static Resource resource(dev.odgen.spec.model.Field... fields) {
    return new Resource("Things", "Thing", "/things", Optional.of("thing"), Optional.empty(), List.of(fields),
        List.of(), List.of(), List.of(), "", Optional.empty(), "", Specs.at("t.yaml"));
  }
}
