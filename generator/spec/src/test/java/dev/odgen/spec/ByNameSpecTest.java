package dev.odgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.ByName;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.OperationKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code byName}: a ref that travels as a field of the row it refers to; how it is read, linked and checked. */
class ByNameSpecTest {

  private static final String DEFINITIONS = """
      resource: Definitions
      entity: Definition
      path: /definitions
      table: definition
      id: DefNum
      fields:
        - {name: DefNum, type: id}
        - {name: ItemName, type: string}
        - {name: ItemOrder, type: int}
        - {name: Category, type: enum, enum: DefCat}
        - {name: IsHidden, type: bool}
        - {name: Secret, type: string, internal: true}
        - {name: category, derived: {nameOf: Category}}
      enums:
        DefCat:
          members: {AdjTypes: 1, BillingTypes: 4}
      """;

  private static SpecFixture patients(String billingType) {
    return SpecFixture.withApi().file("definitions.yaml", DEFINITIONS).file("patients.yaml", """
        resource: Patients
        entity: Patient
        path: /patients
        table: patient
        id: PatNum
        fields:
          - {name: PatNum, type: id}
        """ + "  - " + billingType + "\n");
  }

  @Test
  void theModelCarriesTakeAndTheConditionsInWrittenOrder() {
    ApiModel model = patients("{name: BillingType, type: ref, ref: Definitions,"
        + " byName: {take: ItemName, where: {Category: BillingTypes, IsHidden: false}}}").load();
    Field field = model.resource("Patients").orElseThrow().field("BillingType").orElseThrow();
    assertEquals(Optional.of(new ByName("ItemName", Map.of("Category", "BillingTypes", "IsHidden", "false"))),
        field.byName());
    assertEquals(List.of("Category", "IsHidden"), List.copyOf(field.byName().get().where().keySet()));
    assertTrue(field.travelsByName());
    assertEquals(FieldType.REF, field.kind(), "the column still holds the id");
    assertEquals(FieldType.STRING, field.wireType().kind(), "the wire carries the name");
  }

  @Test
  void aListFilterOnTheFieldTakesTheName() {
    ApiModel model = SpecFixture.withApi().file("definitions.yaml", DEFINITIONS).file("patients.yaml", """
        resource: Patients
        entity: Patient
        path: /patients
        table: patient
        id: PatNum
        fields:
          - {name: PatNum, type: id}
          - {name: BillingType, type: ref, ref: Definitions, byName: {take: ItemName}}
        operations:
          list:
            filters: [BillingType]
        """).load();
    assertEquals(FieldType.STRING, model.resource("Patients").orElseThrow().operation(OperationKind.LIST).orElseThrow()
        .filters().get(0).type().kind());
  }

  @Test
  void whereIsOptional() {
    Field field = patients("{name: BillingType, type: ref, ref: Definitions, byName: {take: ItemName}}").load()
        .resource("Patients").orElseThrow().field("BillingType").orElseThrow();
    assertEquals(Map.of(), field.byName().orElseThrow().where());
  }

  @Test
  void aFieldWithoutByNameTravelsAsItsType() {
    Field field = patients("{name: BillingType, type: ref, ref: Definitions}").load()
        .resource("Patients").orElseThrow().field("BillingType").orElseThrow();
    assertFalse(field.travelsByName());
    assertEquals(FieldType.REF, field.wireType().kind());
  }

  @Test
  void onlyOnARef() {
    String errors = patients("{name: BillingType, type: long, byName: {take: ItemName}}").errors();
    assertTrue(errors.contains("spec/patients.yaml:8:45: error: 'byName' applies only to a field of type 'ref',"
        + " but 'BillingType' has type 'long'"), errors);
    assertTrue(errors.contains("for field 'BillingType' (spec/patients.yaml:8:5)"), errors);
  }

  @Test
  void notWithWireAs() {
    String errors = patients("{name: BillingType, type: ref, ref: Definitions, wireAs: string,"
        + " byName: {take: ItemName}}").errors();
    assertTrue(errors.contains("spec/patients.yaml:8:62: error: a field with 'byName' travels as a name and takes no"
        + " 'wireAs'"), errors);
    assertTrue(errors.contains("1 error"), errors);
  }

  @Test
  void notWithADefault() {
    String errors = patients("{name: BillingType, type: ref, ref: Definitions, default: 3,"
        + " byName: {take: ItemName}}").errors();
    assertTrue(errors.contains("spec/patients.yaml:8:63: error: a field with 'byName' takes no 'default'"), errors);
  }

  @Test
  void notWithList() {
    String errors = patients("{name: BillingType, type: ref, ref: Definitions, list: true,"
        + " byName: {take: ItemName}}").errors();
    assertTrue(errors.contains("spec/patients.yaml:8:60: error: a list cannot travel by name"), errors);
  }

  @Test
  void takeMustBeAStringColumnOfTheTarget() {
    String unknown = patients("{name: BillingType, type: ref, ref: Definitions, byName: {take: ItemNam}}").errors();
    assertTrue(unknown.contains("spec/patients.yaml:8:69: error: 'take' names no column field of 'Definitions':"
        + " 'ItemNam'"), unknown);
    assertTrue(unknown.contains("did you mean 'ItemName'?"), unknown);
    String number = patients("{name: BillingType, type: ref, ref: Definitions, byName: {take: ItemOrder}}").errors();
    assertTrue(number.contains("spec/patients.yaml:8:69: error: 'take' needs a string field, but"
        + " 'Definitions.ItemOrder' has type 'int'"), number);
    String internal = patients("{name: BillingType, type: ref, ref: Definitions, byName: {take: Secret}}").errors();
    assertTrue(internal.contains("spec/patients.yaml:8:69: error: 'take' names an internal field of 'Definitions':"
        + " 'Secret' never travels"), internal);
    String derived = patients("{name: BillingType, type: ref, ref: Definitions, byName: {take: category}}").errors();
    assertTrue(derived.contains("'take' names no column field of 'Definitions': 'category'"), derived);
  }

  @Test
  void whereKeysMustBeColumnsOfTheTargetAndValuesMustFit() {
    String errors = patients("{name: BillingType, type: ref, ref: Definitions, byName: {take: ItemName,"
        + " where: {Categry: 4, Category: Billing, ItemOrder: x, IsHidden: maybe}}}").errors();
    assertTrue(errors.contains("spec/patients.yaml:8:96: error: 'where' names no column field of 'Definitions':"
        + " 'Categry'"), errors);
    assertTrue(errors.contains("spec/patients.yaml:8:109: error: 'where' value 'Billing' does not fit"
        + " Definitions.Category (enum 'DefCat')"), errors);
    assertTrue(errors.contains("spec/patients.yaml:8:129: error: 'where' value 'x' does not fit"
        + " Definitions.ItemOrder (type 'int')"), errors);
    assertTrue(errors.contains("spec/patients.yaml:8:142: error: 'where' value 'maybe' does not fit"
        + " Definitions.IsHidden (type 'bool')"), errors);
    assertTrue(errors.contains("4 errors"), errors);
  }

  @Test
  void takeIsRequiredAndUnknownKeysAreRefused() {
    String errors = patients("{name: BillingType, type: ref, ref: Definitions, byName: {tkae: ItemName}}").errors();
    assertTrue(errors.contains("missing key 'take'"), errors);
    assertTrue(errors.contains("unknown key 'tkae'"), errors);
  }

  @Test
  void modelFieldsTakeNoByName() {
    String errors = SpecFixture.withApi().file("definitions.yaml", DEFINITIONS + """
        models:
          - name: Pick
            fields:
              - {name: Def, type: ref, ref: Definitions, byName: {take: ItemName}}
        """).errors();
    assertTrue(errors.contains("unknown key 'byName'"), errors);
  }
}
