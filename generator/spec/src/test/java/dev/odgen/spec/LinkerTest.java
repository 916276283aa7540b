package dev.odgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.model.Action;
import dev.odgen.spec.model.ApiInfo;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Auto;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.ExclusionKind;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.OperationKind;
import dev.odgen.spec.model.Property;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.ResponseKind;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The linked model of a small valid spec: names resolved, defaults applied, flags worked out. */
class LinkerTest {

  private static final ApiModel MODEL = SpecFixture.withApi()
      .file("enums.yaml", """
          enums:
            ApptStatus:
              members: {None: 0, Scheduled: 1, Complete: 2}
              default: None
            Alpha:
              members: {A: 0}
          """)
      .file("providers.yaml", """
          resource: Providers
          entity: Provider
          path: /providers
          table: provider
          id: ProvNum
          fields:
            - {name: ProvNum, type: id}
            - {name: Abbr, type: string, maxLength: 5}
            - {name: FName, type: string}
            - {name: LName, type: string}
            - {name: aptNums, derived: {collect: Appointments, match: ProvNum, take: AptNum, join: ","}}
            - {name: aptList, list: true, derived: {collect: Appointments, match: ProvNum, take: AptNum}}
          operations:
            get: {}
            create:
              status: 200
              required: [Abbr]
            update:
              required: [Abbr]
              optional: [FName]
          """)
      .file("appointments.yaml", """
          resource: Appointments
          entity: Appointment
          path: /appointments
          table: appointment
          id: AptNum
          fields:
            - {name: serverDateTime, derived: serverTime}
            - {name: AptNum, type: id}
            - {name: ProvNum, type: ref, ref: Providers}
            - {name: provAbbr, derived: {via: ProvNum, take: Abbr}}
            - {name: provName, derived: {via: ProvNum, take: "{FName} {LName}"}}
            - {name: AptStatus, type: enum, enum: ApptStatus, default: Scheduled}
            - {name: statusName, derived: {nameOf: AptStatus}}
            - {name: Note, type: text}
            - {name: hasNote, derived: {nonEmpty: Note}}
            - {name: AptDateTime, type: dateTime}
            - {name: DateTStamp, type: timestamp}
            - {name: SecDateTEntry, type: dateTime, auto: insert}
            - {name: colorOverride, column: ColorOverride, type: color}
          operations:
            delete: {}
            update:
              optional: [AptStatus, Note]
            get: {versionAdded: "21.1"}
            list:
              filters:
                - ProvNum
                - {param: date, field: AptDateTime, match: onDate}
                - {param: DateTStamp, match: changedSince}
                - {param: hideInactive, type: bool, match: custom, notes: leaves out inactive ones}
            create:
              required: [ProvNum, AptDateTime]
              optional: [AptStatus, {name: note, field: Note}]
          actions:
            - name: break
              method: PUT
              path: /appointments/{AptNum}/Break
              body:
                - {name: breakType, values: [Missed, Cancelled], required: true}
                - {name: Note, field: Note}
              response: none
            - {name: planned, method: POST, path: /appointments/Planned, response: resource, creates: true}
            - {name: restore, method: POST, path: "/appointments/{AptNum}/Restore", response: resource}
            - {name: slots, method: GET, path: /appointments/Slots, response: {model: Slot, list: true}, paged: true}
            - {name: byProvider, method: GET, path: "/appointments/Provider/{ProvNum}/{Day}", response: resourceList,
               pathParams: [{name: Day, type: long}]}
          models:
            - name: Slot
              fields:
                - {name: DateTimeStart, type: dateTime}
                - {name: OpNum, type: long}
          """)
      .file("exclusions.yaml", """
          exclusions:
            - {resource: Appointments, endpoint: GET /appointments/ASAP, reason: not needed}
            - {resource: Appointments, responseField: Assistant, reason: not documented}
          """)
      .load();

  private static final Resource APPOINTMENTS = MODEL.resource("Appointments").orElseThrow();

  @Test
  void resourcesAndEnumsAreSortedByNameAndFieldsKeepTheirOrder() {
    assertEquals(List.of("Appointments", "Providers"), MODEL.resources().stream().map(Resource::name).toList());
    assertEquals(List.of("Alpha", "ApptStatus"), MODEL.enums().stream().map(e -> e.name()).toList());
    assertEquals(List.of("serverDateTime", "AptNum", "ProvNum", "provAbbr", "provName", "AptStatus", "statusName",
        "Note", "hasNote", "AptDateTime", "DateTStamp", "SecDateTEntry", "colorOverride"),
        APPOINTMENTS.fields().stream().map(Field::name).toList());
  }

  @Test
  void apiInfoGetsDefaultsForWhatTheFileLeavesOut() {
    ApiInfo api = MODEL.api();
    assertEquals("Test", api.title());
    assertEquals("/api", api.basePath());
    assertEquals("test.generated", api.javaPackage());
    assertFalse(api.wire().booleansAsStrings());
    assertEquals("yyyy-MM-dd HH:mm:ss", api.wire().dateTime());
    assertEquals(new ApiInfo.Paging("Offset", "Limit", 100, 100), api.paging());
    assertEquals(Optional.of("serverDateTime"), api.serverTimeField());
  }

  @Test
  void conventionsDefaultToTheCommonRestBehaviour() {
    ApiInfo api = MODEL.api();
    assertEquals(ApiInfo.Auth.none(), api.auth());
    assertEquals(ApiInfo.Blanks.NULL, api.blanks());
    assertEquals(ApiInfo.ErrorStyle.PROBLEM, api.errors());
    assertEquals(new ApiInfo.Strictness(true, true, true), api.strictness());
    assertEquals(new ApiInfo.Integrity(false, true), api.integrity());
    Field prov = field("ProvNum");
    assertTrue(prov.nullable());
    assertFalse(prov.foreignKey());
    assertFalse(field("AptNum").nullable()); // the id and the database's timestamp are never NULL
    assertFalse(field("DateTStamp").nullable());
  }

  @Test
  void fieldFlagsFollowFromTheOperations() {
    assertFlags("AptNum", false, false, true);
    assertFlags("ProvNum", true, false, false);
    assertFlags("AptDateTime", true, false, false);
    assertFlags("AptStatus", false, true, false);
    assertFlags("Note", false, true, false); // created through the body name 'note', updated as 'Note'
    assertFlags("DateTStamp", false, false, true);
    assertFlags("provAbbr", false, false, true);
  }

  @Test
  void columnFieldsGetTheirColumnAndDefaults() {
    Field status = field("AptStatus");
    assertEquals(Optional.of("AptStatus"), status.column());
    assertEquals(Optional.of("Scheduled"), status.defaultValue());
    assertEquals(Optional.of("ApptStatus"), status.type().enumName());
    assertEquals(EnumStorage.ORDINAL, status.storeAs());
    assertEquals(WireForm.NAME, status.wireAs());
    assertEquals(Optional.of("ColorOverride"), field("colorOverride").column());
    assertEquals(Auto.INSERT, field("SecDateTEntry").auto());
    assertEquals(Auto.NONE, field("AptDateTime").auto());
    assertEquals(Optional.of("Providers"), field("ProvNum").type().ref());
  }

  @Test
  void derivedFieldsHaveNoColumnAndTheTypeTheirDerivationGives() {
    Field abbr = field("provAbbr");
    assertEquals(Optional.empty(), abbr.column());
    assertEquals(Optional.of(new Derivation.Lookup("ProvNum", "Abbr")), abbr.derived());
    assertEquals(FieldType.STRING, abbr.kind());
    assertEquals(5, abbr.type().maxLength()); // the target field's type, length included
    assertEquals(FieldType.STRING, field("provName").kind());
    assertEquals(FieldType.STRING, field("statusName").kind());
    assertEquals(FieldType.BOOL, field("hasNote").kind());
    assertEquals(FieldType.DATE_TIME, field("serverDateTime").kind());
    Resource providers = MODEL.resource("Providers").orElseThrow();
    assertEquals(TypeRef.of(FieldType.STRING), providers.field("aptNums").orElseThrow().type());
    assertEquals(TypeRef.of(FieldType.LONG).asList(), providers.field("aptList").orElseThrow().type());
  }

  @Test
  void operationsAreInKindOrderWithTheirStandardPaths() {
    assertEquals(List.of(OperationKind.GET, OperationKind.LIST, OperationKind.CREATE, OperationKind.UPDATE,
        OperationKind.DELETE), APPOINTMENTS.operations().stream().map(Operation::kind).toList());
    assertEquals("/appointments/{AptNum}", operation(OperationKind.GET).path());
    assertEquals("/appointments", operation(OperationKind.LIST).path());
    assertEquals("/appointments", operation(OperationKind.CREATE).path());
    assertEquals("PUT", operation(OperationKind.UPDATE).method());
    assertEquals(Optional.of("21.1"), operation(OperationKind.GET).versionAdded());
  }

  @Test
  void successStatusIs201ForCreateUnlessTheSpecSaysOtherwise() {
    assertEquals(201, operation(OperationKind.CREATE).status());
    assertEquals(200, operation(OperationKind.UPDATE).status());
    Resource providers = MODEL.resource("Providers").orElseThrow();
    assertEquals(200, providers.operation(OperationKind.CREATE).orElseThrow().status());
    assertEquals(List.of(true, false), providers.operation(OperationKind.UPDATE).orElseThrow().body().stream()
        .map(BodyField::required).toList());
  }

  @Test
  void filtersTakeTheirFieldAndAParameterType() {
    List<Filter> filters = operation(OperationKind.LIST).filters();
    Filter provNum = filters.get(0);
    assertEquals(Optional.of("ProvNum"), provNum.field());
    assertEquals(MatchKind.EQUALS, provNum.match());
    assertEquals(Optional.of("Providers"), provNum.type().ref());
    Filter date = filters.get(1);
    assertEquals(Optional.of("AptDateTime"), date.field());
    assertEquals(FieldType.DATE, date.type().kind()); // a day, though the field holds a date-time
    assertEquals(FieldType.DATE_TIME, filters.get(2).type().kind());
    assertEquals(Optional.of("DateTStamp"), filters.get(2).field());
    Filter custom = filters.get(3);
    assertEquals(Optional.empty(), custom.field());
    assertEquals(MatchKind.CUSTOM, custom.match());
    assertEquals(FieldType.BOOL, custom.type().kind());
    assertEquals("leaves out inactive ones", custom.notes());
  }

  @Test
  void bodyEntriesNameTheFieldTheySet() {
    List<BodyField> body = operation(OperationKind.CREATE).body();
    assertEquals(List.of("ProvNum", "AptDateTime", "AptStatus", "note"), body.stream().map(BodyField::name).toList());
    assertEquals(List.of(true, true, false, false), body.stream().map(BodyField::required).toList());
    assertEquals("Note", body.get(3).field());
  }

  @Test
  void actionsGetPathParamsResponsesAndStatuses() {
    Action breakAction = action("break");
    Property aptNum = breakAction.pathParams().get(0);
    assertEquals("AptNum", aptNum.name());
    assertEquals(Optional.of("Appointments"), aptNum.type().ref());
    assertTrue(aptNum.required());
    Property breakType = breakAction.body().get(0);
    assertEquals(FieldType.STRING, breakType.type().kind());
    assertEquals(List.of("Missed", "Cancelled"), breakType.type().values());
    assertTrue(breakType.required());
    Property note = breakAction.body().get(1);
    assertEquals(Optional.of("Note"), note.field());
    assertEquals(FieldType.TEXT, note.type().kind());
    assertEquals(ResponseKind.NONE, breakAction.response().kind());
    assertEquals(200, breakAction.status());

    Action planned = action("planned");
    assertEquals(ResponseKind.RESOURCE, planned.response().kind());
    assertEquals(Optional.of("Appointments"), planned.response().target());
    assertEquals(201, planned.status());
    assertTrue(planned.creates());
    Action restore = action("restore");
    assertEquals(200, restore.status()); // a POST that answers a row creates nothing unless it says so
    assertFalse(restore.creates());

    Action slots = action("slots");
    assertEquals(ResponseKind.MODEL, slots.response().kind());
    assertEquals(Optional.of("Slot"), slots.response().target());
    assertTrue(slots.response().list());
    assertTrue(slots.paged());

    List<Property> byProvider = action("byProvider").pathParams();
    assertEquals(Optional.of("Providers"), byProvider.get(0).type().ref());
    assertEquals(FieldType.LONG, byProvider.get(1).type().kind()); // declared: no resource has the id 'Day'
  }

  @Test
  void modelsAndExclusionsAreLinked() {
    assertEquals(List.of("DateTimeStart", "OpNum"),
        MODEL.model("Slot").orElseThrow().fields().stream().map(Property::name).toList());
    assertEquals(List.of(ExclusionKind.ENDPOINT, ExclusionKind.RESPONSE_FIELD),
        MODEL.exclusions().stream().map(e -> e.kind()).toList());
    assertEquals(Optional.of("Assistant"), MODEL.exclusions().get(1).name());
  }

  @Test
  void exclusionsMayBeSplitOverSeveralFiles() {
    ApiModel model = SpecFixture.withApi()
        .file("things.yaml", "resource: Things\nentity: Thing\npath: /things\n")
        .file("exclusions-a.yaml", "exclusions:\n  - {resource: Things, endpoint: GET /things, reason: a}\n")
        .file("exclusions-b.yaml", "exclusions:\n  - {resource: Things, responseField: X, reason: b}\n")
        .load();
    assertEquals(List.of("a", "b"), model.exclusions().stream().map(e -> e.reason()).toList());
  }

  @Test
  void summaryCountsCoverAllResources() {
    assertEquals(19, MODEL.fieldCount());
    assertEquals(13, MODEL.endpointCount());
  }

  @Test
  void locationsAreOneBasedAndRelative() {
    assertEquals("spec/appointments.yaml:1:1", APPOINTMENTS.location().toString());
    assertEquals("spec/appointments.yaml:8:5", field("AptNum").location().toString());
  }

  private static void assertFlags(String name, boolean requiredOnCreate, boolean updatable, boolean readOnly) {
    Field field = field(name);
    assertEquals(List.of(requiredOnCreate, updatable, readOnly),
        List.of(field.requiredOnCreate(), field.updatable(), field.readOnly()), "flags of " + name);
  }

  private static Field field(String name) {
    return APPOINTMENTS.field(name).orElseThrow();
  }

  private static Operation operation(OperationKind kind) {
    return APPOINTMENTS.operation(kind).orElseThrow();
  }

  private static Action action(String name) {
    return APPOINTMENTS.actions().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }
}
