package dev.odgen.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.codegen.openapi.DocumentText;
import dev.odgen.codegen.openapi.OpenApiDocument;
import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Export a spec, import the document, load what came out: the model is the one we started from, value by value.
 * Prints the figures the issue asks for (resources, fields, endpoints before and after).
 */
class RoundTripTest {

  @Test
  void openDentalComesBackAsItWas() throws Exception {
    roundTrip("Open Dental", Specs.openDental());
  }

  @Test
  void clinicComesBackAsItWas() throws Exception {
    roundTrip("clinic", Specs.clinic());
  }

  @Test
  void libraryComesBackAsItWas() throws Exception {
    roundTrip("library", Specs.library());
  }

  /** An internal field is no property of the entity schema, but the extension brings it back in its place. */
  @Test
  void internalFieldsAreNoPropertiesYetComeBack() throws Exception {
    ApiModel clinic = Specs.clinic();
    var patient = OpenApiDocument.of(clinic).at("/components/schemas/Patient");
    assertFalse(patient.path("properties").has("PortalPasswordHash"), patient.toString());
    assertTrue(patient.path("properties").has("Note"));
    assertEquals(18, patient.at("/x-odgen-internal/PortalPasswordHash/x-odgen-position").asInt());
    ImportResult imported = OpenApiImporter.importDocument(DocumentText.yaml(OpenApiDocument.of(clinic)), "c.yaml");
    String patients = imported.files().get("resources/patients.yaml");
    assertTrue(patients.contains("internal: true"), patients);
    assertTrue(patients.indexOf("name: Note") < patients.indexOf("name: PortalPasswordHash")
        && patients.indexOf("name: PortalPasswordHash") < patients.indexOf("name: colorOverride"), patients);
  }

  /** The comparison can fail: two different specs differ, and a changed value is named by its path. */
  @Test
  void comparisonFindsDifferences() {
    ApiModel clinic = Specs.clinic();
    List<String> differences = ModelComparison.differences(clinic, Specs.openDental());
    assertEquals("model.api.name: ClinicBook became OpenDental", differences.get(0));
  }

  private static void roundTrip(String name, ApiModel original) throws Exception {
    String document = DocumentText.yaml(OpenApiDocument.of(original));
    ImportResult imported = OpenApiImporter.importDocument(document, name + ".yaml");
    List<SpecSource> sources = imported.files().entrySet().stream()
        .map(e -> new SpecSource(e.getKey(), e.getValue())).toList();
    ApiModel back = SpecLoader.load(sources, "imported");
    System.out.printf("round trip of %s: resources %d -> %d, fields %d -> %d, endpoints %d -> %d, enums %d -> %d%n",
        name, original.resources().size(), back.resources().size(), original.fieldCount(), back.fieldCount(),
        original.endpointCount(), back.endpointCount(), original.enums().size(), back.enums().size());
    assertEquals(List.of(), imported.leftOut(), "the import left nothing out");
    List<String> differences = ModelComparison.differences(original, back);
    assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())),
        differences.size() + " differences");
  }
}
