package dev.odgen.codegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding, changing or removing {@code byName} changes what travels (a number or a name): breaking for clients. */
class ByNameDiffTest {

  private static final String API = """
      api:
        name: Test
        basePath: /api
        package: test.generated
      """;
  private static final String DEFINITIONS = """
      resource: Definitions
      entity: Definition
      path: /definitions
      table: definition
      id: DefNum
      fields:
        - {name: DefNum, type: id}
        - {name: ItemName, type: string}
        - {name: ItemValue, type: string}
        - {name: Category, type: int}
      operations:
        get: {}
      """;

  private static ApiModel spec(String billingType) {
    String patients = """
        resource: Patients
        entity: Patient
        path: /patients
        table: patient
        id: PatNum
        fields:
          - {name: PatNum, type: id}
        """ + "  - " + billingType + "\n" + """
        operations:
          get: {}
        """;
    return SpecLoader.load(List.of(new SpecSource("spec/api.yaml", API),
        new SpecSource("spec/definitions.yaml", DEFINITIONS), new SpecSource("spec/patients.yaml", patients)), "spec");
  }

  private static final String PLAIN = "{name: BillingType, type: ref, ref: Definitions}";
  private static final String BY_NAME = "{name: BillingType, type: ref, ref: Definitions,"
      + " byName: {take: ItemName, where: {Category: 4}}}";

  @Test
  void addingByNameBreaksClientsButKeepsTheColumn() {
    DiffReport report = SpecDiff.compare(spec(PLAIN), spec(BY_NAME));
    assertEquals(List.of("Patients.BillingType | BREAKING | NONE"), lines(report));
    assertTrue(report.render().contains("travels as ref Definitions before, by ItemName where Category = 4 now"),
        report.render());
  }

  @Test
  void removingOrChangingByNameBreaksClientsToo() {
    assertEquals(List.of("Patients.BillingType | BREAKING | NONE"), lines(SpecDiff.compare(spec(BY_NAME), spec(PLAIN))));
    String otherName = BY_NAME.replace("ItemName", "ItemValue");
    DiffReport changed = SpecDiff.compare(spec(BY_NAME), spec(otherName));
    assertEquals(List.of("Patients.BillingType | BREAKING | NONE"), lines(changed));
    assertTrue(changed.render().contains("by ItemName where Category = 4 before, by ItemValue where Category = 4 now"),
        changed.render());
  }

  @Test
  void theSameByNameIsNoChange() {
    assertTrue(SpecDiff.compare(spec(BY_NAME), spec(BY_NAME)).isEmpty());
  }

  private static List<String> lines(DiffReport report) {
    return report.changes().stream().map(c -> c.subject() + " | " + c.client() + " | " + c.data()).toList();
  }
}
