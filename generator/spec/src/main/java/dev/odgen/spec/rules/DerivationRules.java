package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.Derivation;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.yaml.Marks;
import java.util.Optional;

/**
 * Checks that each derivation fits the fields it uses: {@code via} follows a ref field,
 * {@code nameOf} names an enum field, {@code collect} matches on a ref to this resource and says
 * how to combine the values, and {@code serverTime} goes on the field the API file names for it.
 * (Names that do not exist at all are reported while linking.)
 */
final class DerivationRules implements Rule {

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    ApiModel model = spec.model();
    for (Resource resource : model.resources()) {
      for (Field field : resource.fields()) {
        if (field.derived().isEmpty()) {
          continue;
        }
        Derivation derivation = field.derived().get();
        Marks fieldMarks = spec.sources().marks(field.location());
        Marks marks = spec.sources().marks(fieldMarks.of("derived"));
        Trail trail = ModelTrails.field(resource, field);
        if (derivation instanceof Derivation.Lookup via) {
          resource.field(via.via()).filter(f -> f.kind() != FieldType.REF).ifPresent(f -> diagnostics.error(
              marks.of("via"), trail,
              "'via' needs a ref field, but '" + f.name() + "' has type '" + f.kind().specName() + "'",
              "follow a field of type 'ref', or use {custom: ...}"));
        } else if (derivation instanceof Derivation.NameOf nameOf) {
          resource.field(nameOf.field()).filter(f -> f.kind() != FieldType.ENUM).ifPresent(f -> diagnostics.error(
              marks.of("nameOf"), trail,
              "'nameOf' needs an enum field, but '" + f.name() + "' has type '" + f.kind().specName() + "'",
              "name a field of type 'enum', or use {via: F, take: G} for a ref"));
        } else if (derivation instanceof Derivation.Collect collect) {
          checkCollect(model, resource, collect, fieldMarks, marks, trail, diagnostics);
        } else if (derivation instanceof Derivation.ServerTime) {
          checkServerTime(model, field, marks, trail, diagnostics);
        }
      }
    }
  }

  private static void checkCollect(ApiModel model, Resource resource, Derivation.Collect collect, Marks fieldMarks,
      Marks marks, Trail trail, Diagnostics diagnostics) {
    Optional<Field> match = model.resource(collect.resource()).flatMap(r -> r.field(collect.match()));
    match.filter(m -> m.kind() != FieldType.REF || !m.type().ref().equals(Optional.of(resource.name())))
        .ifPresent(m -> diagnostics.error(marks.of("match"), trail,
            "'match' needs a ref to '" + resource.name() + "', but '" + collect.resource() + "." + m.name() + "' "
                + (m.kind() == FieldType.REF ? "refers to '" + m.type().ref().orElse("?") + "'"
                    : "has type '" + m.kind().specName() + "'"),
            "name the field of '" + collect.resource() + "' that holds the id of a '" + resource.name() + "'"));
    boolean list = fieldMarks.has("list");
    if (collect.join().isPresent() == list) {
      diagnostics.error(marks.start(), trail,
          list ? "a collect cannot both join and be a list" : "a collect needs 'join' or 'list: true'",
          "give 'join: \",\"' for one string, or 'list: true' on the field for a list");
    }
  }

  private static void checkServerTime(ApiModel model, Field field, Marks marks, Trail trail,
      Diagnostics diagnostics) {
    Optional<String> named = model.api().serverTimeField();
    if (named.isEmpty()) {
      diagnostics.error(marks.start(), trail, "'serverTime' is used but the API file names no server time field",
          "add 'serverTime: " + field.name() + "' to the API file");
    } else if (!named.get().equals(field.name())) {
      diagnostics.error(marks.start(), trail,
          "field '" + field.name() + "' carries the server time, which the API file names '" + named.get() + "'",
          "rename the field to '" + named.get() + "'");
    }
  }
}
