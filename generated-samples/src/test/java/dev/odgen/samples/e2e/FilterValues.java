package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.Filter;
import dev.odgen.spec.model.Resource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Query values for list filters, worked out from a row's value of the filtered field and the filter's match
 * kind: one the row passes, one it does not.
 */
final class FilterValues {
  private FilterValues() {}

  /** A value of {@code filter} that keeps a row whose field holds {@code value}. */
  static String matching(Resource resource, Filter filter, JsonNode value) {
    requireValue(filter, value);
    String text = value.asText();
    switch (filter.match()) {
      case STARTS_WITH:
        return text.substring(0, Math.min(3, text.length())).toLowerCase(Locale.ROOT);
      case CONTAINS:
        return middle(text).toUpperCase(Locale.ROOT);
      case ON_DATE:
      case FROM:
      case TO:
      case CHANGED_SINCE:
        return temporal(filter, text, 0);
      default:
        return text;
    }
  }

  /** A value of {@code filter} that leaves out a row whose field holds {@code value}. */
  static String nonMatching(Resource resource, Filter filter, JsonNode value) {
    requireValue(filter, value);
    String text = value.asText();
    switch (filter.match()) {
      case STARTS_WITH:
        return "zq" + text;
      case CONTAINS:
        return "no such text " + text;
      case ON_DATE:
      case FROM:
      case CHANGED_SINCE:
        return temporal(filter, text, 1);
      case TO:
        return temporal(filter, text, -1);
      case EQUALS:
        return otherEqual(resource, filter, value);
      default:
        throw new IllegalArgumentException(filter.param() + ": no non-matching value for match " + filter.match());
    }
  }

  private static String otherEqual(Resource resource, Filter filter, JsonNode value) {
    Optional<Field> field = resource.field(filter.field().orElse(filter.param()));
    FieldType kind = field.map(Field::kind).orElse(filter.type().kind());
    if (kind == FieldType.REF || kind == FieldType.ID) {
      return Long.toString(value.asLong() + 100_000);
    }
    if (field.isPresent()) {
      return SampleValues.changed(field.get(), value).asText();
    }
    throw new IllegalArgumentException(filter.param() + ": no field to vary");
  }

  /** The value moved by {@code days}, written as the filter's type wants (a date, or a date-time). */
  private static String temporal(Filter filter, String text, int days) {
    LocalDateTime at = text.length() > 10
        ? LocalDateTime.parse(text, SampleValues.DATE_TIME)
        : LocalDate.parse(text, SampleValues.DATE).atStartOfDay();
    LocalDateTime moved = at.plusDays(days);
    FieldType kind = filter.type().kind();
    return kind == FieldType.DATE ? moved.toLocalDate().format(SampleValues.DATE) : moved.format(SampleValues.DATE_TIME);
  }

  /** A piece from inside the text, so "contains" is tested apart from "starts with". */
  private static String middle(String text) {
    return text.length() <= 2 ? text : text.substring(1, text.length() - 1);
  }

  private static void requireValue(Filter filter, JsonNode value) {
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(filter.param() + ": the row has no value to filter on");
    }
  }
}
