package dev.odgen.codegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.SpecLoader;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.yaml.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Making a field internal takes it off the wire (breaking for clients that read it), making it public again puts it
 * back (compatible); the stored column is the same either way.
 */
class InternalDiffTest {

  private static ApiModel notes(String signature, String extra) {
    String notes = """
        resource: Notes
        entity: Note
        path: /notes
        table: note
        id: NoteNum
        fields:
          - {name: NoteNum, type: id}
        """ + "  - " + signature + "\n" + extra + """
        operations:
          get: {}
        """;
    return SpecLoader.load(List.of(new SpecSource("spec/api.yaml", "api: {name: Test, basePath: /api, package: t.g}\n"),
        new SpecSource("spec/notes.yaml", notes)), "spec");
  }

  private static final String PUBLIC = "{name: Signature, type: string}";
  private static final String INTERNAL = "{name: Signature, type: string, internal: true}";

  @Test
  void makingAFieldInternalBreaksClientsButKeepsTheColumn() {
    DiffReport report = SpecDiff.compare(notes(PUBLIC, ""), notes(INTERNAL, ""));
    assertEquals(List.of("Notes.Signature | BREAKING | NONE"), lines(report));
    assertTrue(report.render().contains("now internal: no longer sent or taken (the column stays)"), report.render());
  }

  @Test
  void makingItPublicAgainIsCompatible() {
    DiffReport report = SpecDiff.compare(notes(INTERNAL, ""), notes(PUBLIC, ""));
    assertEquals(List.of("Notes.Signature | COMPATIBLE | NONE"), lines(report));
    assertTrue(report.render().contains("no longer internal: now sent"), report.render());
  }

  @Test
  void changesToAFieldThatStaysInternalAreDataOnly() {
    DiffReport longer = SpecDiff.compare(notes(INTERNAL, ""), notes(INTERNAL.replace("string", "text"), ""));
    assertEquals(List.of("Notes.Signature | NONE | COLUMN_WIDENED"), lines(longer));
    String second = "  - {name: Stamp, type: string, internal: true}\n";
    assertEquals(List.of("Notes.Stamp | NONE | COLUMN_ADDED"),
        lines(SpecDiff.compare(notes(INTERNAL, ""), notes(INTERNAL, second))));
    assertEquals(List.of("Notes.Stamp | NONE | COLUMN_REMOVED"),
        lines(SpecDiff.compare(notes(INTERNAL, second), notes(INTERNAL, ""))));
  }

  @Test
  void theSameInternalFieldIsNoChange() {
    assertTrue(SpecDiff.compare(notes(INTERNAL, ""), notes(INTERNAL, "")).isEmpty());
  }

  private static List<String> lines(DiffReport report) {
    return report.changes().stream().map(c -> c.subject() + " | " + c.client() + " | " + c.data()).toList();
  }
}
