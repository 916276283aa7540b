package dev.odgen.codegen.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.odgen.codegen.emit.GeneratedFile;
import dev.odgen.runtime.jdbc.Dialect;
import dev.odgen.runtime.jdbc.TableDef;
import java.util.List;
import java.util.Locale;

/**
 * Checks that the generated SQL scripts say exactly what the runtime creates from the generated schema
 * class: the class's {@code TABLES} rendered by the runtime's {@code Dialect} equals each script, statement
 * for statement.
 */
final class SchemaAgreement {

  private SchemaAgreement() {}

  static void verify(ClassLoader classes, String schemaClass, List<GeneratedFile> files) throws Exception {
    @SuppressWarnings("unchecked")
    List<TableDef> tables = (List<TableDef>) classes.loadClass(schemaClass).getField("TABLES").get(null);
    String folder = schemaClass.substring(0, schemaClass.lastIndexOf('.')).replace('.', '/');
    for (Dialect dialect : Dialect.values()) {
      String path = folder + "/" + dialect.name().toLowerCase(Locale.ROOT) + ".sql";
      String script = files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
      StringBuilder expected = new StringBuilder();
      for (TableDef table : tables) {
        expected.append('\n');
        dialect.createTable(table).forEach(statement -> expected.append(statement).append(";\n"));
      }
      assertEquals(expected.toString(), script.substring(script.indexOf("\n\n") + 1), path);
    }
  }
}
