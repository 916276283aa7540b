package dev.odgen.runtime.server;

/** The body of the server's error answers, as the spec's {@code errors} setting chooses. */
public enum ErrorFormat {
  /** The explanation as {@code text/plain} (Open Dental's form). */
  TEXT,
  /**
   * An RFC 9457 {@code application/problem+json} object: {@code type} ({@code about:blank}), {@code title} (the
   * status's reason phrase), {@code status}, {@code detail} (the explanation) and, when fields are at fault, {@code
   * fields} (their names).
   */
  PROBLEM
}
