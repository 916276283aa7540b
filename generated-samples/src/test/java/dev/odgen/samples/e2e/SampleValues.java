package dev.odgen.samples.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.odgen.spec.model.BodyField;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Valid wire values for fields, synthesized from their spec types: the value a client would send, as JSON.
 * Values differ from the field's default (so a stored value is told apart from a value left out) and vary
 * with {@code seed} (so rows are told apart). References are not made here: see {@link RowFactory}.
 */
final class SampleValues {
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final LocalDate BASE_DATE = LocalDate.of(2021, 3, 4);

  private SampleValues() {}

  /** A value for {@code field} (not a ref, id or timestamp), varied by {@code seed}. */
  static JsonNode of(Field field, int seed) {
    TypeRef type = field.type();
    switch (type.kind()) {
      case LONG:
        return NODES.numberNode(1000L + seed);
      case INT:
        return NODES.numberNode(100 + seed % 1000);
      case BYTE:
        return NODES.numberNode(1 + seed % 100);
      case STRING:
      case TEXT:
        return NODES.textNode(text(field, seed));
      case MONEY:
        return NODES.numberNode(new BigDecimal("12.34").add(BigDecimal.valueOf(seed % 1000)));
      case DOUBLE:
        return NODES.numberNode(1.5 + seed % 1000);
      case FLOAT:
        return NODES.numberNode(2.5f + seed % 1000);
      case BOOL:
        return NODES.textNode(field.defaultValue().map(d -> d.equals("true") ? "false" : "true").orElse("true"));
      case DATE:
        return NODES.textNode(date(seed).format(DATE));
      case DATE_TIME:
        return field.wireAs() == WireForm.DATE ? NODES.textNode(date(seed).format(DATE))
            : NODES.textNode(date(seed).atTime(10, 11, 12).format(DATE_TIME));
      case TIME:
        return NODES.textNode(LocalTime.of(10, 11, 12).plusMinutes(seed % 600).format(TIME));
      case ENUM:
        return enumValue(field, nonDefaultMember(field));
      case COLOR:
        return NODES.textNode((10 + seed % 200) + ",20,30");
      case INTERVAL:
        return NODES.textNode((1 + seed % 11) + "m" + (1 + seed % 27) + "d");
      default:
        throw new IllegalArgumentException("no sample value for " + field.name() + " of type " + type.kind());
    }
  }

  /** A value different from {@code current} for the same field, for a partial update. */
  static JsonNode changed(Field field, JsonNode current) {
    TypeRef type = field.type();
    switch (type.kind()) {
      case LONG:
      case INT:
      case BYTE:
        return NODES.numberNode(current.asLong() == 7 ? 8 : 7);
      case STRING:
      case TEXT:
        return NODES.textNode(fit(field, "changed " + field.name()));
      case MONEY:
        return NODES.numberNode(new BigDecimal("98.76"));
      case DOUBLE:
      case FLOAT:
        return NODES.numberNode(current.asDouble() == 7.25 ? 8.25 : 7.25);
      case BOOL:
        return NODES.textNode(current.asText().equals("true") ? "false" : "true");
      case DATE:
        return NODES.textNode(LocalDate.parse(current.asText(), DATE).plusDays(40).format(DATE));
      case DATE_TIME:
        if (field.wireAs() == WireForm.DATE) {
          return NODES.textNode(LocalDate.parse(current.asText(), DATE).plusDays(40).format(DATE));
        }
        return NODES.textNode(LocalDateTime.parse(current.asText(), DATE_TIME).plusDays(40).format(DATE_TIME));
      case TIME:
        return NODES.textNode(current.asText().equals("09:30:00") ? "09:45:00" : "09:30:00");
      case ENUM:
        EnumType e = TheSpec.enumType(type.enumName().orElseThrow());
        EnumMember other = e.members().stream()
            .filter(m -> !current.asText().equals(wireText(field, m)))
            .reduce((first, second) -> second)
            .orElseThrow();
        return enumValue(field, other);
      case COLOR:
        return NODES.textNode(current.asText().equals("1,2,3") ? "4,5,6" : "1,2,3");
      case INTERVAL:
        return NODES.textNode(current.asText().equals("1y2w") ? "3w" : "1y2w");
      default:
        throw new IllegalArgumentException("cannot change " + field.name() + " of type " + type.kind());
    }
  }

  /** The enum member a created row gets: the first that is not the default (the default when it is alone). */
  static EnumMember nonDefaultMember(Field field) {
    EnumType e = TheSpec.enumType(field.type().enumName().orElseThrow());
    Optional<String> blank = field.defaultValue().or(e::defaultMember);
    List<EnumMember> members = e.members();
    return members.stream()
        .filter(m -> blank.map(d -> !d.equals(m.name())).orElse(m.ordinal() != 0))
        .findFirst()
        .orElse(members.get(0));
  }

  static JsonNode enumValue(Field field, EnumMember member) {
    return field.wireAs() == WireForm.ORDINAL ? NODES.numberNode(member.ordinal()) : NODES.textNode(member.name());
  }

  /** {@code value}, in the form responses carry the field, as body entry {@code entry} carries it. */
  static JsonNode toBody(BodyField entry, Field field, JsonNode value) {
    return convert(field, value, field.wireAs(), entry.wireAs(field));
  }

  /** {@code value}, as body entry {@code entry} carries it, in the form responses carry the field. */
  static JsonNode fromBody(BodyField entry, Field field, JsonNode value) {
    return convert(field, value, entry.wireAs(field), field.wireAs());
  }

  // an enum member's name to its number or back; anything else, and nulls, as they are
  private static JsonNode convert(Field field, JsonNode value, WireForm from, WireForm to) {
    if (field.kind() != FieldType.ENUM || from == to || value == null || value.isNull()) {
      return value;
    }
    EnumType e = TheSpec.enumType(field.type().enumName().orElseThrow());
    return e.members().stream()
        .filter(m -> from == WireForm.ORDINAL ? m.ordinal() == value.asInt(-1) : m.name().equals(value.asText()))
        .findFirst()
        .map(m -> to == WireForm.ORDINAL ? (JsonNode) NODES.numberNode(m.ordinal()) : NODES.textNode(m.name()))
        .orElse(value);
  }

  private static String wireText(Field field, EnumMember member) {
    return field.wireAs() == WireForm.ORDINAL ? Integer.toString(member.ordinal()) : member.name();
  }

  static LocalDate date(int seed) {
    return BASE_DATE.plusDays(seed % 3000);
  }

  /** Text unique to the field and the seed, within the column's length. */
  private static String text(Field field, int seed) {
    return fit(field, field.name() + " " + seed);
  }

  private static String fit(Field field, String text) {
    int max = field.type().maxLength();
    return text.length() <= max ? text : text.substring(text.length() - max);
  }
}
