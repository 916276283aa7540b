package dev.odgen.runtime.jdbc;

import java.util.Locale;

/** What a server does at start with the tables its spec needs. */
public enum SchemaPolicy {
  /**
   * Creates missing tables and refuses to start when an existing table lacks a column or has one too narrow
   * for the spec; the message lists each with the statement that fixes it. Never alters a table.
   */
  VALIDATE,
  /**
   * Creates missing tables, adds missing columns (with their blank default) and widens columns too narrow;
   * each statement is logged and recorded in {@value SchemaManager#HISTORY_TABLE}. Never drops or narrows
   * anything, and refuses (changing nothing) when a column holds another kind of value than the spec needs.
   */
  MIGRATE,
  /** Touches and checks nothing: the database is the operator's business. */
  NONE;

  /**
   * {@code validate}, {@code migrate} or {@code none}, in any case.
   *
   * @throws IllegalArgumentException naming the allowed values
   */
  public static SchemaPolicy parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown schema policy '" + text + "': use validate, migrate or none", e);
    }
  }

  /** The name as written in options: {@code validate}, {@code migrate}, {@code none}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
