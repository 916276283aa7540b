package dev.odgen.cli;

/** The exit codes of every odgen command (also listed in {@code odgen --help}). */
public final class ExitCodes {

  /** The command did what was asked. */
  public static final int OK = 0;
  /** The spec has errors; they were printed to stderr. */
  public static final int SPEC_ERRORS = 1;
  /** The command line was wrong (picocli's usage error code). */
  public static final int USAGE = 2;
  /** A file could not be read or written, or odgen itself failed. */
  public static final int FAILURE = 3;

  /** {@code diff}: a change the options refuse (breaking with {@code --fail-on breaking}, a changed stored value). */
  public static final int CHANGES_REFUSED = 4;

  private ExitCodes() {}
}
