package dev.odgen.samples.app.queries;

import dev.odgen.runtime.server.StatusException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses SQL that is not one plain SELECT, with Open Dental's 401 ("not read-only"). Comments are dropped (MySQL's
 * executable comments {@code /*! ... *}{@code /} are refused: the server would run what is inside), string literals
 * and quoted names are blanked, and what is left must be one statement starting with SELECT that has no INTO (OUTFILE,
 * DUMPFILE, variables), no locking clause (FOR UPDATE, FOR SHARE, LOCK IN SHARE MODE), no variable assignment and
 * none of the functions that touch files, locks or sequences.
 */
public final class SelectOnly {
  // INSERT and REPLACE are also string functions, so they are not listed: a statement of them cannot start with
  // SELECT, and INSERT INTO is caught by INTO. DELETE and UPDATE catch H2's data-change delta tables and FOR UPDATE.
  private static final Set<String> FORBIDDEN_WORDS = Set.of("INTO", "LOCK", "UPDATE", "DELETE", "MERGE", "DROP",
      "CREATE", "ALTER", "TRUNCATE", "RENAME", "GRANT", "REVOKE", "CALL", "EXECUTE", "HANDLER", "SHUTDOWN", "KILL",
      "SCRIPT", "RUNSCRIPT", "BACKUP", "CHECKPOINT", "NOWAIT", "LOCKED", "SHARE");
  private static final Set<String> FORBIDDEN_FUNCTIONS = Set.of("LOAD_FILE", "FILE_READ", "FILE_WRITE", "CSVREAD",
      "CSVWRITE", "LINK_SCHEMA", "GET_LOCK", "RELEASE_LOCK", "RELEASE_ALL_LOCKS", "IS_FREE_LOCK", "IS_USED_LOCK",
      "SLEEP", "BENCHMARK", "NEXTVAL", "SETVAL", "LASTVAL", "NEXT_VALUE", "SYS_EXEC", "SYS_EVAL", "DISK_SPACE_USED",
      "SIGNAL", "CANCEL_SESSION", "ABORT_SESSION", "MASTER_POS_WAIT", "SOURCE_POS_WAIT", "SET");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z_0-9$]*");

  private SelectOnly() {
  }

  /** Returns the statement without a trailing semicolon, or throws 401 saying what is not allowed. */
  public static String require(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new StatusException(400, "SqlCommand: is required", List.of("SqlCommand"));
    }
    if (sql.indexOf('\0') >= 0 || sql.contains("\\0")) {
      throw refused("null bytes and null-byte escapes are not allowed (use CHAR(0))");
    }
    String code = blankLiterals(sql);
    String trimmed = code.strip();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
    }
    if (trimmed.contains(";")) {
      throw refused("only one statement is allowed");
    }
    String upper = trimmed.toUpperCase(Locale.ROOT);
    String first = firstWord(upper);
    if (!first.equals("SELECT")) {
      throw refused("only SELECT statements are allowed, not " + (first.isEmpty() ? "this" : first));
    }
    if (upper.contains(":=")) {
      throw refused("variable assignments are not allowed");
    }
    if (upper.contains("@")) {
      throw refused("user and system variables are not allowed");
    }
    Matcher words = WORD.matcher(upper);
    while (words.find()) {
      String word = words.group();
      if (FORBIDDEN_WORDS.contains(word)) {
        throw refused(word + " is not allowed in a read-only query");
      }
      if (FORBIDDEN_FUNCTIONS.contains(word) && upper.substring(words.end()).stripLeading().startsWith("(")) {
        throw refused("the function " + word + " is not allowed in a read-only query");
      }
    }
    String statement = sql.strip();
    while (statement.endsWith(";")) {
      statement = statement.substring(0, statement.length() - 1).stripTrailing();
    }
    return statement;
  }

  private static StatusException refused(String why) {
    return new StatusException(401, "SqlCommand: the query is not read-only: " + why, List.of("SqlCommand"));
  }

  private static String firstWord(String upper) {
    String s = upper.stripLeading();
    while (s.startsWith("(")) {
      s = s.substring(1).stripLeading();
    }
    Matcher m = WORD.matcher(s);
    return m.lookingAt() ? m.group() : "";
  }

  /**
   * The SQL with comments dropped and the insides of '...', "..." and `...` blanked, so words in them are not
   * read as SQL. An unterminated quote or comment is refused: the database might read it otherwise.
   */
  static String blankLiterals(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = closing(sql, i, c);
        out.append(c).append(c);
        i = close + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        if (sql.startsWith("/*!", i) || sql.startsWith("/*M!", i) || sql.startsWith("/*+", i)) {
          throw refused("executable comments and optimizer hints are not allowed");
        }
        int close = sql.indexOf("*/", i + 2);
        if (close < 0) {
          throw refused("an unterminated comment");
        }
        out.append(' ');
        i = close + 2;
      } else if (c == '#' || (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-')) {
        int eol = sql.indexOf('\n', i);
        out.append(' ');
        i = eol < 0 ? n : eol + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The index of the quote closing the one at {@code open}; doubled quotes and backslash escapes stay inside. */
  private static int closing(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i;
        }
      } else {
        i++;
      }
    }
    throw refused("an unterminated quote");
  }
}
