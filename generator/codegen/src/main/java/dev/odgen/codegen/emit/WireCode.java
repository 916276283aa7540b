package dev.odgen.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.odgen.codegen.naming.JavaNames;
import dev.odgen.runtime.wire.Checks;
import dev.odgen.runtime.wire.WireReader;
import dev.odgen.runtime.wire.WireWriter;
import dev.odgen.spec.model.FieldType;
import dev.odgen.spec.model.TypeRef;
import dev.odgen.spec.model.WireForm;

/**
 * Code that moves one typed value between Java and JSON through the runtime's {@code WireWriter} and
 * {@code WireReader} (parameters named {@value JavaNames#WRITER} and {@value JavaNames#READER}). Entities,
 * patches and models use it, and so can the client and server emitters for parameters and bodies.
 */
public final class WireCode {

  /** The runtime's writer and reader. */
  public static final ClassName WIRE_WRITER = ClassName.get(WireWriter.class);
  public static final ClassName WIRE_READER = ClassName.get(WireReader.class);
  public static final ClassName CHECKS = ClassName.get(Checks.class);

  private final JavaTypes types;
  private final boolean openEnums;

  public WireCode(JavaTypes types) {
    this(types, false);
  }

  private WireCode(JavaTypes types, boolean openEnums) {
    this.types = types;
    this.openEnums = openEnums;
  }

  /**
   * Code that reads an enum member it does not know as an unrecognized value instead of failing: for objects
   * as the API sends them (entities and models read by clients), never for request bodies a server checks.
   */
  public WireCode readingUnknownMembers() {
    return new WireCode(types, true);
  }

  /**
   * Statements writing a field, e.g. {@code out.writeLong("AptNum", aptNum);}; {@code value} must not be null.
   * Add them with {@code addCode}.
   */
  public CodeBlock write(TypeRef type, WireForm wireAs, String wireName, CodeBlock value) {
    String out = JavaNames.WRITER;
    CodeBlock.Builder code = CodeBlock.builder();
    if (type.list()) {
      code.addStatement("$L.writeList($S, $L, $L)", out, wireName, value, elementWriter(type, wireAs));
    } else if (type.kind() == FieldType.MODEL) {
      code.addStatement("$L.startObject($S)", out, wireName)
          .addStatement("$L.$L($L)", value, JavaNames.WRITE_FIELDS, out)
          .addStatement("$L.endObject()", out);
    } else {
      code.addStatement("$L.$L($S, $L)", out, writeMethod(type, wireAs), wireName, value);
    }
    return code.build();
  }

  /**
   * Statements writing a field whose name is the pre-encoded constant {@code name} (a Jackson
   * {@code SerializableString}), e.g. {@code out.field(PAT_NUM).longValue(patNum);}: the same bytes as
   * {@link #write}, without encoding the name each time. {@code value} must not be null.
   */
  public CodeBlock writeField(TypeRef type, WireForm wireAs, CodeBlock name, CodeBlock value) {
    String out = JavaNames.WRITER;
    CodeBlock.Builder code = CodeBlock.builder();
    if (type.list()) {
      code.addStatement("$L.field($L).listValue($L, $L)", out, name, value, elementWriter(type, wireAs));
    } else if (type.kind() == FieldType.MODEL) {
      code.addStatement("$L.field($L).startObject()", out, name)
          .addStatement("$L.$L($L)", value, JavaNames.WRITE_FIELDS, out)
          .addStatement("$L.endObject()", out);
    } else {
      code.addStatement("$L.field($L).$L($L)", out, name, valueMethod(type, wireAs), value);
    }
    return code.build();
  }

  /** {@code write} when {@code value} is there, else JSON null under the pre-encoded {@code name}. */
  public CodeBlock writeFieldOrNull(CodeBlock name, CodeBlock value, CodeBlock write) {
    return orNull(value, CodeBlock.of("$L.field($L).nullValue()", JavaNames.WRITER, name), write);
  }

  /** {@code write} when {@code value} is there, else JSON null: {@code if (x == null) { out.writeNull("X"); } else { ... }}. */
  public CodeBlock writeOrNull(String wireName, CodeBlock value, CodeBlock write) {
    return orNull(value, CodeBlock.of("$L.writeNull($S)", JavaNames.WRITER, wireName), write);
  }

  private static CodeBlock orNull(CodeBlock value, CodeBlock writeNull, CodeBlock write) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement(writeNull)
        .nextControlFlow("else")
        .add(write)
        .endControlFlow()
        .build();
  }

  /** An expression reading a field that must be there, e.g. {@code in.getLong("AptNum")}. */
  public CodeBlock read(TypeRef type, WireForm wireAs, String wireName) {
    String in = JavaNames.READER;
    if (type.list()) {
      return readList(type, wireName);
    }
    return switch (type.kind()) {
      case ENUM -> openEnums
          ? CodeBlock.of("$L.$L($S, $T.class, null)", in, enumGetter(wireAs), wireName, types.element(type))
          : CodeBlock.of("$L.$L($S, $T.class)", in, enumGetter(wireAs), wireName, types.element(type));
      case MODEL -> CodeBlock.of("$T.$L($L.getObject($S))", types.element(type), JavaNames.FROM_JSON, in, wireName);
      default -> CodeBlock.of("$L.$L($S)", in, getter(type), wireName);
    };
  }

  /** An expression reading a field, or {@code fallback} when it is absent or null. */
  public CodeBlock readOr(TypeRef type, WireForm wireAs, String wireName, CodeBlock fallback) {
    String in = JavaNames.READER;
    if (type.list() || type.kind() == FieldType.MODEL) {
      return CodeBlock.of("$L.has($S) ? $L : $L", in, wireName, read(type, wireAs, wireName), fallback);
    }
    if (type.kind() == FieldType.ENUM) {
      return CodeBlock.of("$L.$L($S, $T.class, $L)", in, enumGetter(wireAs), wireName, types.element(type), fallback);
    }
    return CodeBlock.of("$L.$L($S, $L)", in, getter(type), wireName, fallback);
  }

  /**
   * Wraps a value read from a body in the check the column needs, so it never reaches the database too
   * long or out of range: {@code Checks.maxLength("LName", <read>, 100)}, and for text the capacity of a
   * {@code text} column in bytes (a session that is not strict would cut a longer value short without a
   * word). Other types pass as they are.
   */
  public CodeBlock checked(TypeRef type, boolean signed, String wireName, CodeBlock read) {
    if (type.list()) {
      return read;
    }
    return switch (type.kind()) {
      case STRING -> CodeBlock.of("$T.maxLength($S, $L, $L)", CHECKS, wireName, read, type.maxLength());
      case TEXT -> CodeBlock.of("$T.maxUtf8Bytes($S, $L, $T.TEXT_BYTES)", CHECKS, wireName, read, CHECKS);
      case BYTE -> signed
          ? CodeBlock.of("$T.range($S, $L, -128, 127)", CHECKS, wireName, read)
          : CodeBlock.of("$T.range($S, $L, 0, 255)", CHECKS, wireName, read);
      default -> read;
    };
  }

  private CodeBlock readList(TypeRef type, String wireName) {
    String in = JavaNames.READER;
    return switch (type.kind()) {
      case ID, REF, LONG -> CodeBlock.of("$L.getLongList($S)", in, wireName);
      case STRING, TEXT -> CodeBlock.of("$L.getStringList($S)", in, wireName);
      case MODEL -> CodeBlock.of("$L.getObjectList($S, $T::$L)", in, wireName, types.element(type), JavaNames.FROM_JSON);
      default -> throw new IllegalArgumentException(
          "reading a list of " + type.kind().specName() + " is not supported (field '" + wireName + "')");
    };
  }

  // emits: WireWriter::longValue, or (w, item) -> item.writeJson(w) for models
  private CodeBlock elementWriter(TypeRef type, WireForm wireAs) {
    if (type.kind() == FieldType.MODEL) {
      return CodeBlock.of("($L, item) -> item.$L($L)", "writer", JavaNames.WRITE_JSON, "writer");
    }
    if (type.kind() == FieldType.ENUM && wireAs == WireForm.ORDINAL) {
      return CodeBlock.of("(writer, item) -> writer.intValue(item.storedValue())");
    }
    return CodeBlock.of("$T::$L", WIRE_WRITER, valueMethod(type, wireAs));
  }

  // the writer's value method matching a field method: writeLong -> longValue, writeEnumStoredValue -> enumStoredValue
  private static String valueMethod(TypeRef type, WireForm wireAs) {
    String write = writeMethod(type, wireAs);
    String value = Character.toLowerCase(write.charAt(5)) + write.substring(6);
    return value.endsWith("Value") ? value : value + "Value";
  }

  private static String writeMethod(TypeRef type, WireForm wireAs) {
    if (wireAs.quotesNumber()) {
      return quotedWriteMethod(type, wireAs);
    }
    if (wireAs == WireForm.DATE) {
      return "writeDateOfDateTime";   // read back by getDateTime, which takes a date alone
    }
    return switch (type.kind()) {
      case ID, REF, LONG -> "writeLong";
      case INT, BYTE -> "writeInt";
      case COLOR -> "writeColor";
      case INTERVAL -> "writeInterval";
      case STRING, TEXT -> "writeString";
      case MONEY -> "writeMoney";
      case DOUBLE -> "writeDouble";
      case FLOAT -> "writeFloat";
      case BOOL -> "writeBool";
      case DATE -> "writeDate";
      case DATE_TIME, TIMESTAMP -> "writeDateTime";
      case TIME -> "writeTime";
      case ENUM -> wireAs == WireForm.ORDINAL ? "writeEnumStoredValue" : "writeEnum";
      case MODEL -> throw new IllegalArgumentException("models are written as objects");
    };
  }

  // numbers the API writes as JSON strings; reading needs nothing else, the getters take both forms
  private static String quotedWriteMethod(TypeRef type, WireForm wireAs) {
    return switch (type.kind()) {
      case ID, REF, LONG -> "writeLongString";
      case INT, BYTE -> "writeIntString";
      case MONEY -> wireAs == WireForm.TRIMMED_STRING ? "writeMoneyTrimmed" : "writeMoneyString";
      case DOUBLE -> "writeDoubleTrimmed";
      case FLOAT -> "writeFloatTrimmed";
      default -> throw new IllegalArgumentException(
          "type " + type.kind().specName() + " cannot travel as '" + wireAs.specName() + "'");
    };
  }

  private static String getter(TypeRef type) {
    return switch (type.kind()) {
      case ID, REF, LONG -> "getLong";
      case INT, BYTE -> "getInt";
      case COLOR -> "getColor";
      case INTERVAL -> "getInterval";
      case STRING, TEXT -> "getString";
      case MONEY -> "getMoney";
      case DOUBLE -> "getDouble";
      case FLOAT -> "getFloat";
      case BOOL -> "getBool";
      case DATE -> "getDate";
      case DATE_TIME, TIMESTAMP -> "getDateTime";
      case TIME -> "getTime";
      case ENUM, MODEL -> throw new IllegalArgumentException("no plain getter for " + type.kind());
    };
  }

  private String enumGetter(WireForm wireAs) {
    String getter = wireAs == WireForm.ORDINAL ? "getEnumByStoredValue" : "getEnum";
    return openEnums ? getter + "OrUnrecognized" : getter;
  }
}
