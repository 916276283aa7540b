package dev.odgen.spec.rules;

import dev.odgen.spec.diag.Diagnostics;
import dev.odgen.spec.diag.Suggestions;
import dev.odgen.spec.link.LinkedSpec;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.IntervalText;
import dev.odgen.spec.model.Resource;
import dev.odgen.spec.model.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that every default fits: a field's default must be a value of its type (an enum member for
 * enums), and an enum's own default must be one of its members.
 */
final class DefaultRules implements Rule {

  private static final Pattern WHOLE = Pattern.compile("-?\\d+");
  private static final Pattern COLOR = Pattern.compile("(\\d{1,3}),(\\d{1,3}),(\\d{1,3})");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Override
  public void check(LinkedSpec spec, Diagnostics diagnostics) {
    for (EnumType enumType : spec.model().enums()) {
      enumType.defaultMember().filter(d -> enumType.member(d).isEmpty()).ifPresent(d -> diagnostics.error(
          spec.sources().marks(enumType.location()).of("default"), ModelTrails.enumType(enumType),
          "default '" + d + "' is not a member of enum '" + enumType.name() + "'",
          Suggestions.useOneOf("member", d, enumType.members().stream().map(EnumMember::name).toList())));
    }
    for (Resource resource : spec.model().resources()) {
      for (Field field : resource.fields()) {
        if (field.defaultValue().isEmpty() || field.isDerived()) {
          continue; // a default on a derived field is reported by FieldKeyRules
        }
        String value = field.defaultValue().get();
        String message = field.type().enumName()
            .map(e -> "default '" + value + "' is not a member of enum '" + e + "'")
            .orElse("default '" + value + "' does not fit type '" + field.kind().specName() + "'");
        problem(spec, field, value).ifPresent(fix -> diagnostics.error(
            spec.sources().marks(field.location()).of("default"), ModelTrails.field(resource, field), message, fix));
      }
    }
  }

  /** Empty when {@code value} fits {@code type}; otherwise how to fix it. */
  static Optional<String> problem(LinkedSpec spec, Field field, String value) {
    TypeRef type = field.type();
    return switch (type.kind()) {
      case ID, REF, LONG -> fits(WHOLE.matcher(value).matches(), "give a whole number");
      case INT -> fits(WHOLE.matcher(value).matches() && fitsInt(value), "give a whole number");
      case BYTE -> field.signed()
          ? fits(inRange(value, -128, 127), "give a whole number from -128 to 127")
          : fits(inRange(value, 0, 255), "give a whole number from 0 to 255");
      case MONEY, DOUBLE, FLOAT -> fits(isDecimal(value), "give a number such as 0 or 12.50");
      case BOOL -> fits(value.equals("true") || value.equals("false"), "use true or false");
      case STRING -> fits(value.length() <= type.maxLength(),
          "shorten it to at most " + type.maxLength() + " characters, or raise 'maxLength'");
      case TEXT -> Optional.empty();
      case DATE -> fits(parses(() -> LocalDate.parse(value)), "write a date as yyyy-MM-dd, e.g. 0001-01-01");
      case DATE_TIME -> fits(parses(() -> DATE_TIME.parse(value)),
          "write a date-time as yyyy-MM-dd HH:mm:ss, e.g. 0001-01-01 00:00:00");
      case TIME -> fits(parses(() -> LocalTime.parse(value)), "write a time as HH:mm:ss, e.g. 00:00:00");
      case COLOR -> fits(isColor(value), "write a colour as r,g,b with each part from 0 to 255, e.g. 0,0,0");
      case INTERVAL -> fits(IntervalText.parse(value).isPresent(),
          "write an interval as counts with y, m, w, d in that order, e.g. 6m1d (years up to 127, others up to 255)");
      case ENUM -> enumProblem(spec, type, value);
      case TIMESTAMP -> Optional.of("remove 'default'; the database keeps a timestamp");
      case MODEL -> Optional.of("remove 'default'");
    };
  }

  private static Optional<String> enumProblem(LinkedSpec spec, TypeRef type, String value) {
    Optional<EnumType> enumType = type.enumName().flatMap(spec.model()::enumType);
    if (enumType.isEmpty() || enumType.get().member(value).isPresent()) {
      return Optional.empty(); // an unknown enum is reported while linking
    }
    return Optional.of(Suggestions.useOneOf("member", value,
        enumType.get().members().stream().map(EnumMember::name).toList()));
  }

  private static boolean inRange(String value, int min, int max) {
    return WHOLE.matcher(value).matches() && fitsInt(value)
        && Integer.parseInt(value) >= min && Integer.parseInt(value) <= max;
  }

  private static Optional<String> fits(boolean fits, String fix) {
    return fits ? Optional.empty() : Optional.of(fix);
  }

  private static boolean fitsInt(String value) {
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDecimal(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isColor(String value) {
    var matcher = COLOR.matcher(value.replace(" ", ""));
    if (!matcher.matches()) {
      return WHOLE.matcher(value).matches();
    }
    for (int part = 1; part <= 3; part++) {
      if (Integer.parseInt(matcher.group(part)) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
