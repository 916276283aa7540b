package dev.odgen.codegen.dao;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.emit.EmitContext;
import dev.odgen.runtime.jdbc.Db;
import dev.odgen.runtime.jdbc.Params;
import dev.odgen.runtime.jdbc.Rows;
import dev.odgen.runtime.jdbc.Where;
import dev.odgen.spec.model.EnumStorage;
import dev.odgen.spec.model.Field;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Code that moves one column value between JDBC and Java with the runtime's {@code Rows} (reading, blanks
 * mapped the same way everywhere) and {@code Params} (binding, Java blanks turned into what NOT NULL columns
 * hold; nullable columns, of an API whose blanks are null, read and bind NULL as {@code null}). The result set is
 * always {@value #RS}.
 */
final class ColumnCode {

  static final ClassName ROWS = ClassName.get(Rows.class);
  static final ClassName PARAMS = ClassName.get(Params.class);
  static final ClassName DB = ClassName.get(Db.class);
  static final ClassName WHERE = ClassName.get(Where.class);
  static final String RS = "rs";

  private final EmitContext ctx;
  /** 1-based position of each label in the query's select list; labels not in it are read by name. */
  private final Map<String, Integer> positions = new HashMap<>();

  /** Reads columns by label. */
  ColumnCode(EmitContext ctx) {
    this.ctx = ctx;
  }

  /** Reads the columns of {@code selectLabels} by position: much cheaper per row than by label in JDBC drivers. */
  ColumnCode(EmitContext ctx, List<String> selectLabels) {
    this.ctx = ctx;
    for (int i = 0; i < selectLabels.size(); i++) {
      positions.putIfAbsent(selectLabels.get(i), i + 1);
    }
  }

  /** How a read names its column: {@code 3 /* FName *\/} by position, or {@code "FName"}. */
  CodeBlock column(String label) {
    Integer position = positions.get(label);
    return position == null ? CodeBlock.of("$S", label) : CodeBlock.of("$L /* $L */", position, label);
  }

  /** How {@code field}'s column is read: {@code null} for SQL NULL when the field is nullable. */
  CodeBlock read(Field field, String label) {
    return read(field.type(), field.storeAs(), label, field.nullable());
  }

  /**
   * {@code Rows.getLongOrNull(rs, "AuthorId")}, {@code Rows.getStringOrNull(rs, 2)}: SQL NULL read as {@code null}
   * when {@code nullable}, else as the type's blank ({@link #read(TypeRef, EnumStorage, String)}).
   */
  CodeBlock read(TypeRef type, EnumStorage storage, String label, boolean nullable) {
    if (!nullable) {
      return read(type, storage, label);
    }
    return switch (type.kind()) {
      case ID, REF, LONG -> get("getLongOrNull", label);
      case INT, BYTE, INTERVAL, COLOR -> get("getIntOrNull", label);
      case STRING, TEXT -> get("getStringOrNull", label);
      case MONEY -> get("getMoneyOrNull", label);
      case DOUBLE -> get("getDoubleOrNull", label);
      case FLOAT -> get("getFloatOrNull", label);
      case BOOL -> get("getBoolOrNull", label);
      case DATE, DATE_TIME, TIMESTAMP, TIME -> read(type, storage, label);  // already null for NULL
      case ENUM -> storage == EnumStorage.NAME
          ? CodeBlock.of("$T.getEnumByName($L, $L, $T.class)", ROWS, RS, column(label), ctx.types().element(type))
          : CodeBlock.of("$T.getEnumOrNull($L, $L, $T.class)", ROWS, RS, column(label), ctx.types().element(type));
      case MODEL -> throw new IllegalArgumentException("a model is not a column: " + label);
    };
  }

  /** {@code Rows.getLong(rs, "PatNum")}, {@code Rows.getEnum(rs, "Gender", PatientGender.class)}. */
  CodeBlock read(TypeRef type, EnumStorage storage, String label) {
    return switch (type.kind()) {
      case ID, REF, LONG -> get("getLong", label);
      case INT, BYTE, INTERVAL -> get("getInt", label);
      case COLOR -> get("getColor", label);
      case STRING, TEXT -> get("getString", label);
      case MONEY -> get("getMoney", label);
      case DOUBLE -> get("getDouble", label);
      case FLOAT -> get("getFloat", label);
      case BOOL -> get("getBool", label);
      case DATE -> get("getDate", label);
      case DATE_TIME, TIMESTAMP -> get("getDateTime", label);
      case TIME -> get("getTime", label);
      case ENUM -> storage == EnumStorage.NAME
          // an empty name column reads as the enum's blank member, like every other blank
          ? CodeBlock.of("$T.requireNonNullElse($T.getEnumByName($L, $L, $T.class), $L)", Objects.class, ROWS, RS,
              column(label), ctx.types().element(type), ctx.values().blank(type))
          : CodeBlock.of("$T.getEnum($L, $L, $T.class)", ROWS, RS, column(label), ctx.types().element(type));
      case MODEL -> throw new IllegalArgumentException("a model is not a column: " + label);
    };
  }

  /**
   * The value to bind for {@code field}: {@code Params.text(row.lName())}, {@code row.patNum()}; a nullable field's
   * {@code null} binds as SQL NULL ({@code Params.moneyOrNull(row.fine())}, {@code row.title()}).
   */
  CodeBlock bind(Field field, CodeBlock value) {
    if (field.travelsByName()) {
      return CodeBlock.of("$N($L)", NameIds.methodName(field), value);
    }
    if (field.nullable()) {
      return switch (field.kind()) {
        case MONEY -> CodeBlock.of("$T.moneyOrNull($L)", PARAMS, value);
        case ENUM -> field.storeAs() == EnumStorage.NAME ? CodeBlock.of("$T.enumNameOrNull($L)", PARAMS, value) : value;
        default -> value;
      };
    }
    return switch (field.kind()) {
      case STRING, TEXT -> CodeBlock.of("$T.text($L)", PARAMS, value);
      case MONEY -> CodeBlock.of("$T.money($L)", PARAMS, value);
      case DATE -> CodeBlock.of("$T.date($L)", PARAMS, value);
      case DATE_TIME, TIMESTAMP -> CodeBlock.of("$T.dateTime($L)", PARAMS, value);
      case TIME -> CodeBlock.of("$T.time($L)", PARAMS, value);
      case ENUM -> field.storeAs() == EnumStorage.NAME ? CodeBlock.of("$T.enumName($L)", PARAMS, value) : value;
      default -> value;
    };
  }

  /** Whether a column of this kind is written by the DAO (ids and timestamps are the database's). */
  static boolean written(Field field) {
    return field.isColumn() && field.kind() != FieldType.ID && field.kind() != FieldType.TIMESTAMP;
  }

  private CodeBlock get(String method, String label) {
    return CodeBlock.of("$T.$L($L, $L)", ROWS, method, RS, column(label));
  }
}
