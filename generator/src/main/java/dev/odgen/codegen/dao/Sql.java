package dev.odgen.codegen.dao;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text in generated DAOs. Identifiers are quoted with backticks, which both dialects of the runtime
 * ({@code Dialect.H2} in MySQL mode and {@code Dialect.MARIADB}) accept; anything that differs between them
 * (paging, case-insensitive matching) is asked of the runtime's {@code Dialect} at run time.
 */
final class Sql {

  /** Literals longer than this are split over several lines at ", " so generated code stays readable. */
  private static final int CHUNK = 90;

  private Sql() {}

  static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  /** {@code "SELECT t.`PatNum`, " + "t.`LName`"}: the text as string literals of about a line each. */
  static CodeBlock literal(String sql) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    while (sql.length() - start > CHUNK) {
      int cut = sql.lastIndexOf(", ", start + CHUNK);
      if (cut <= start) {
        cut = sql.indexOf(", ", start + CHUNK);
      }
      if (cut < 0) {
        break;
      }
      chunks.add(sql.substring(start, cut + 2));
      start = cut + 2;
    }
    chunks.add(sql.substring(start));
    CodeBlock.Builder code = CodeBlock.builder().add("$S", chunks.get(0));
    for (String chunk : chunks.subList(1, chunks.size())) {
      code.add("\n    + $S", chunk);
    }
    return code.build();
  }
}
