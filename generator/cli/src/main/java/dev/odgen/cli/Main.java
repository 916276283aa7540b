package dev.odgen.cli;

/** Starts the {@code odgen} command line; the only place that ends the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(OdgenCommand.commandLine(args).execute(args));
  }
}
