package dev.odgen.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code internal}: a stored column that never travels; how it is read, linked and checked. */
class InternalFieldSpecTest {

  private static final String HEAD = """
      resource: Notes
      entity: Note
      path: /notes
      table: note
      id: NoteNum
      fields:
        - {name: NoteNum, type: id}
        - {name: Text, type: text}
      """;

  /** A Notes resource whose fields end with {@code field} (line 9) and then {@code rest}. */
  private static SpecFixture notes(String field, String rest) {
    return SpecFixture.withApi().file("notes.yaml", HEAD + "  - " + field + "\n" + rest);
  }

  @Test
  void anInternalColumnIsStoredButNotOnTheWire() {
    ApiModel model = notes("{name: Signature, type: text, internal: true}",
        "  - {name: isSigned, derived: {nonEmpty: Signature}}\n").load();
    Resource notes = model.resource("Notes").orElseThrow();
    Field signature = notes.field("Signature").orElseThrow();
    assertTrue(signature.internal());
    assertFalse(signature.onWire());
    assertTrue(signature.isColumn(), "the column is still in the table");
    assertEquals(List.of("NoteNum", "Text", "Signature"), notes.columns().stream().map(Field::name).toList());
    assertEquals(List.of("NoteNum", "Text", "isSigned"), notes.wireFields().stream().map(Field::name).toList());
  }

  @Test
  void fieldsAreOnTheWireUnlessTheySayOtherwise() {
    Field field = notes("{name: Signature, type: text, internal: false}", "").load()
        .resource("Notes").orElseThrow().field("Signature").orElseThrow();
    assertFalse(field.internal());
    assertTrue(field.onWire());
  }

  @Test
  void notTheId() {
    String errors = SpecFixture.withApi().file("notes.yaml", HEAD.replace("{name: NoteNum, type: id}",
        "{name: NoteNum, type: id, internal: true}")).errors();
    assertTrue(errors.contains("spec/notes.yaml:7:41: error: the id field 'NoteNum' cannot be internal"), errors);
    assertTrue(errors.contains("1 error"), errors);
  }

  @Test
  void notInACreateOrUpdateBody() {
    String errors = notes("{name: Signature, type: text, internal: true}", """
        operations:
          create: {required: [Text], optional: [Signature]}
          update: {optional: [{name: sig, field: Signature}]}
        """).errors();
    assertTrue(errors.contains("spec/notes.yaml:11:41: error: body field 'Signature' sets internal field 'Signature',"
        + " which no request may carry"), errors);
    assertTrue(errors.contains("spec/notes.yaml:12:23: error: body field 'sig' sets internal field 'Signature'"),
        errors);
    assertTrue(errors.contains("drop 'internal: true'"), errors);
    assertTrue(errors.contains("2 errors"), errors);
  }

  @Test
  void notInAListFilter() {
    String errors = notes("{name: Signature, type: string, internal: true}", """
        operations:
          list:
            filters: [Text, {param: sig, field: Signature, match: startsWith}]
        """).errors();
    assertTrue(errors.contains("spec/notes.yaml:12:21: error: filter 'sig' names internal field 'Signature',"
        + " which no request may name"), errors);
    assertTrue(errors.contains("1 error"), errors);
  }

  @Test
  void notInAnActionsParametersOrBody() {
    String errors = notes("{name: Signature, type: string, internal: true}", """
        actions:
          - name: sign
            method: PUT
            path: /notes/{NoteNum}/Sign
            params: [{name: old, field: Signature}]
            body: [{name: Signature, field: Signature, required: true}]
            response: none
        """).errors();
    assertTrue(errors.contains("spec/notes.yaml:14:14: error: query parameter 'old' takes internal field 'Signature'"),
        errors);
    assertTrue(errors.contains("spec/notes.yaml:15:12: error: body field 'Signature' takes internal field"
        + " 'Signature', which no request may carry"), errors);
    assertTrue(errors.contains("in action 'sign'"), errors);
  }

  @Test
  void notWithAWireFormOrByName() {
    String errors = notes("{name: Amount, type: money, wireAs: string, internal: true}", "").errors();
    assertTrue(errors.contains("spec/notes.yaml:9:41: error: an internal field never travels, so 'wireAs' means"
        + " nothing on it"), errors);
    assertTrue(errors.contains("1 error"), errors);
  }

  @Test
  void notOnADerivedField() {
    String errors = notes("{name: isSigned, derived: {nonEmpty: Text}, internal: true}", "").errors();
    assertTrue(errors.contains("spec/notes.yaml:9:59: error: 'internal' does not apply to a derived field"), errors);
  }

  @Test
  void notOnAModelField() {
    String errors = notes("{name: Signature, type: text}", """
        models:
          - name: Stamp
            fields:
              - {name: Sig, type: text, internal: true}
        """).errors();
    assertTrue(errors.contains("spec/notes.yaml:13:33: error: unknown key 'internal'"), errors);
  }

  @Test
  void derivedFieldsMayReadIt() {
    ApiModel model = SpecFixture.withApi().file("notes.yaml", HEAD + """
          - {name: ProvNum, type: ref, ref: Notes, internal: true}
          - {name: provText, derived: {via: ProvNum, take: Text}}
        """).load();
    assertTrue(model.resource("Notes").orElseThrow().field("ProvNum").orElseThrow().internal());
  }

  @Test
  void onlyTrueOrFalse() {
    String errors = notes("{name: Signature, type: text, internal: yes please}", "").errors();
    assertTrue(errors.contains("spec/notes.yaml:9:"), errors);
    assertTrue(errors.contains("'internal'"), errors);
  }
}
