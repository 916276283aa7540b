package dev.odgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.runtime.wire.Intervals;
import dev.odgen.spec.model.ApiModel;
import dev.odgen.spec.model.EnumMember;
import dev.odgen.spec.model.EnumType;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.IntervalText;
import dev.odgen.spec.model.TypeRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Java expressions for values of spec types: the blank value a column holds when nothing was set (Open
 * Dental's blanks: 0, "", no date, the enum's default member) and literals of a field's {@code default}.
 */
public final class ValueCode {

  private static final ClassName INTERVALS = ClassName.get(Intervals.class);

  private final JavaNames names;
  private final ApiModel model;

  public ValueCode(JavaNames names, ApiModel model) {
    this.names = names;
    this.model = model;
  }

  /** The value a column field holds when nothing was set: {@code null} when it is nullable, else {@link #blank(TypeRef)}. */
  public CodeBlock blank(Field field) {
    return field.nullable() ? CodeBlock.of("null") : blank(field.type());
  }

  /** {@code 0L}, {@code ""}, {@code BigDecimal.ZERO}, {@code null} (no date), {@code ApptStatus.NONE}, {@code List.of()}. */
  public CodeBlock blank(TypeRef type) {
    if (type.list()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return switch (type.kind()) {
      case ID, REF, LONG -> CodeBlock.of("0L");
      case INT, BYTE, COLOR, INTERVAL -> CodeBlock.of("0");
      case STRING, TEXT -> CodeBlock.of("$S", "");
      case MONEY -> CodeBlock.of("$T.ZERO", BigDecimal.class);
      case DOUBLE -> CodeBlock.of("0.0");
      case FLOAT -> CodeBlock.of("0.0f");
      case BOOL -> CodeBlock.of("false");
      case DATE, DATE_TIME, TIMESTAMP, TIME, MODEL -> CodeBlock.of("null");
      case ENUM -> enumConstant(type, blankMember(enumOf(type)).name());
    };
  }

  /**
   * The literal of a spec default written as text, e.g. {@code "12.50" -> new BigDecimal("12.50")},
   * {@code "Scheduled" -> ApptStatus.SCHEDULED}, {@code "2024-01-31" -> LocalDate.of(2024, 1, 31)}.
   */
  public CodeBlock literal(TypeRef type, String text) {
    try {
      return switch (type.kind()) {
        case ID, REF, LONG -> CodeBlock.of("$LL", Long.parseLong(text.strip()));
        case INT, BYTE -> CodeBlock.of("$L", Integer.parseInt(text.strip()));
        case COLOR -> CodeBlock.of("$L", colorArgb(text));
        case INTERVAL -> interval(text);
        case STRING, TEXT -> CodeBlock.of("$S", text);
        case MONEY -> CodeBlock.of("new $T($S)", BigDecimal.class, new BigDecimal(text.strip()).setScale(2).toPlainString());
        case DOUBLE -> CodeBlock.of("$L", Double.toString(Double.parseDouble(text.strip())));
        case FLOAT -> CodeBlock.of("$Lf", Float.toString(Float.parseFloat(text.strip())));
        case BOOL -> CodeBlock.of("$L", Boolean.parseBoolean(text.strip()));
        case DATE -> date(LocalDate.parse(text.strip()));
        case DATE_TIME, TIMESTAMP -> dateTime(LocalDateTime.parse(text.strip().replace(' ', 'T')));
        case TIME -> time(LocalTime.parse(text.strip()));
        case ENUM -> enumConstant(type, text.strip());
        case MODEL -> throw new IllegalArgumentException("a model has no literal");
      };
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      throw new IllegalArgumentException("default '" + text + "' does not fit type " + type.kind().specName(), e);
    }
  }

  /** The member a blank enum value takes: the enum's default, else the member stored as 0, else the first. */
  public static EnumMember blankMember(EnumType enumType) {
    return enumType.defaultMember().flatMap(enumType::member)
        .or(() -> enumType.members().stream().filter(m -> m.ordinal() == 0).findFirst())
        .orElse(enumType.members().get(0));
  }

  private CodeBlock enumConstant(TypeRef type, String member) {
    EnumType enumType = enumOf(type);
    if (enumType.member(member).isEmpty()) {
      throw new IllegalArgumentException("'" + member + "' is not a member of enum " + enumType.name());
    }
    ClassName enumClass = names.enumType(enumType.name());
    return CodeBlock.of("$T.$L", enumClass, names.enumConstants(enumType).of(member));
  }

  private EnumType enumOf(TypeRef type) {
    String name = type.enumName().orElseThrow(() -> new IllegalArgumentException("enum type without a name"));
    return model.enumType(name).orElseThrow(() -> new IllegalArgumentException("unknown enum " + name));
  }

  // "0001-01-01" is the no-date value, which Java holds as null
  private static CodeBlock date(LocalDate date) {
    return date.getYear() <= 1
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.of($L, $L, $L)", LocalDate.class, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  private static CodeBlock dateTime(LocalDateTime value) {
    return value.getYear() <= 1
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.of($L, $L, $L, $L, $L, $L)", LocalDateTime.class, value.getYear(), value.getMonthValue(),
            value.getDayOfMonth(), value.getHour(), value.getMinute(), value.getSecond());
  }

  private static CodeBlock time(LocalTime value) {
    return CodeBlock.of("$T.of($L, $L, $L)", LocalTime.class, value.getHour(), value.getMinute(), value.getSecond());
  }

  /** {@code "r,g,b"} as opaque ARGB, as the runtime reads colours. */
  // emits: Intervals.of(0, 6, 0, 1) for 6m1d, so the default reads as what it is
  private static CodeBlock interval(String text) {
    IntervalText value = IntervalText.parse(text)
        .orElseThrow(() -> new NumberFormatException("not an interval: " + text));
    return CodeBlock.of("$T.of($L, $L, $L, $L)", INTERVALS, value.years(), value.months(), value.weeks(), value.days());
  }

  private static int colorArgb(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 3) {
      throw new NumberFormatException("not r,g,b: " + text);
    }
    int argb = 0xFF;
    for (String part : parts) {
      argb = (argb << 8) | (Integer.parseInt(part.strip()) & 0xFF);
    }
    return argb;
  }
}
