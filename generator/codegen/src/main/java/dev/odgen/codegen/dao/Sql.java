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

  /** Literals longer than this are split over several lines so generated code stays readable. */
  private static final int CHUNK = 90;
  /** The first piece is shorter: it follows the declaration on its line. */
  private static final int FIRST_CHUNK = 60;

  private Sql() {}

  static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  /** {@code "SELECT t.`PatNum`, " + "t.`LName`"}: the text as string literals of about a line each. */
  static CodeBlock literal(String sql) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    int limit = FIRST_CHUNK;
    while (sql.length() - start > limit) {
      // after ", " where there is one, else before a space; any cut is safe, the pieces are concatenated
      int comma = sql.lastIndexOf(", ", start + limit);
      int cut = comma > start ? comma + 2 : sql.lastIndexOf(' ', start + limit);
      if (cut <= start) {
        break;
      }
      chunks.add(sql.substring(start, cut));
      start = cut;
      limit = CHUNK;
    }
    chunks.add(sql.substring(start));
    CodeBlock.Builder code = CodeBlock.builder().add("$S", chunks.get(0));
    for (String chunk : chunks.subList(1, chunks.size())) {
      code.add("\n    + $S", chunk);
    }
    return code.build();
  }
}
