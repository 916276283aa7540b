package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Trail;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.MatchKind;
import dev.odgen.spec.model.Operation;
import dev.odgen.spec.model.Resource;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that each list filter can be carried out: its match kind fits the type of the field, only
 * custom filters look at derived fields (which have no column to compare), and a default is a value
 * of a simple type on a filter that is not required.
 */
final class FilterRules implements Rule {

  private static final Set<FieldType> DEFAULTABLE =
      EnumSet.of(FieldType.BOOL, FieldType.INT, FieldType.LONG, FieldType.STRING);
  private static final Set<FieldType> TEXTS = EnumSet.of(FieldType.STRING, FieldType.TEXT);
  private static final Set<FieldType> DATES =
      EnumSet.of(FieldType.DATE, FieldType.DATE_TIME, FieldType.TIMESTAMP);
  private static final Set<FieldType> CHANGES = EnumSet.of(FieldType.DATE_TIME, FieldType.TIMESTAMP);
  private static final Set<FieldType> ORDERED = EnumSet.of(FieldType.ID, FieldType.REF, FieldType.LONG,
      FieldType.INT, FieldType.BYTE, FieldType.MONEY, FieldType.DOUBLE, FieldType.FLOAT, FieldType.DATE,
      FieldType.DATE_TIME, FieldType.TIME, FieldType.TIMESTAMP, FieldType.STRING);

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (Resource resource : spec.model().resources()) {
      for (Operation operation : resource.operations()) {
        for (Filter filter : operation.filters()) {
          filter.defaultValue().ifPresent(value -> checkDefault(spec, resource, operation, filter, value, diagnostics));
          Optional<Field> field = filter.field().flatMap(resource::field);
          if (field.isEmpty() || filter.match() == MatchKind.CUSTOM) {
            continue; // unknown fields are reported while linking; custom filters are the application's
          }
          Trail trail = ModelTrails.operation(resource, operation)
              .in("for filter '" + filter.param() + "'", filter.location());
          check(filter, field.get(), trail, diagnostics);
        }
      }
    }
  }

  private static void checkDefault(LinkedSpec spec, Resource resource, Operation operation, Filter filter,
      String value, Diagnostics diagnostics) {
    Trail trail = ModelTrails.operation(resource, operation).in("for filter '" + filter.param() + "'",
        filter.location());
    var marks = spec.sources().marks(filter.location());
    FieldType kind = filter.type().kind();
    if (filter.required()) {
      diagnostics.error(marks.of("default"), trail, "a required filter cannot have a default",
          "remove 'default', or 'required: true'");
    } else if (filter.type().list() || !DEFAULTABLE.contains(kind)) {
      diagnostics.error(marks.of("default"), trail,
          "'default' does not apply to a filter of type '" + kind.specName() + (filter.type().list() ? " list'" : "'"),
          "remove 'default'; filters of type bool, int, long and string take one");
    } else if (kind == FieldType.BOOL ? !(value.equals("true") || value.equals("false"))
        : kind != FieldType.STRING && !value.matches("-?\\d{1,18}")) {
      diagnostics.error(marks.of("default"), trail,
          "default '" + value + "' does not fit type '" + kind.specName() + "'",
          kind == FieldType.BOOL ? "give true or false" : "give a whole number");
    }
  }

  private static void check(Filter filter, Field field, Trail trail, Diagnostics diagnostics) {
    if (field.isDerived()) {
      diagnostics.error(filter.location(), trail,
          "filter '" + filter.param() + "' compares derived field '" + field.name() + "', which has no column",
          "filter on a column field, or use 'match: custom' and say in 'notes' what it does");
      return;
    }
    Set<FieldType> fitting = switch (filter.match()) {
      case STARTS_WITH, CONTAINS -> TEXTS;
      case ON_DATE -> DATES;
      case CHANGED_SINCE -> CHANGES;
      case FROM, TO -> ORDERED;
      default -> EnumSet.complementOf(EnumSet.of(FieldType.MODEL));
    };
    if (!fitting.contains(field.kind())) {
      diagnostics.error(filter.location(), trail,
          "match '" + filter.match().specName() + "' does not fit field '" + field.name() + "' of type '"
              + field.kind().specName() + "'",
          "use it on a field of type " + String.join(" or ", fitting.stream().map(FieldType::specName).toList())
              + ", or use another match");
    }
  }
}
