package dev.odgen.codegen.schema;

/** SQL spelling shared by the schema emitters. */
final class Sql {

  private Sql() {}

  /** A quoted identifier: MariaDB/MySQL backticks, which H2 accepts in MySQL mode. */
  static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
