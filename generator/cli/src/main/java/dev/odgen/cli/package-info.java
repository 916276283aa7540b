/**
 * The {@code odgen} command line (picocli): the top command, its subcommands, exit codes and how
 * errors are printed.
 *
 * <p>{@link dev.odgen.cli.Main} only builds the command line and exits with its result; commands
 * print through {@code spec.commandLine().getOut()/getErr()} so that tests can capture them, and
 * spec errors never show a stack trace.
 */
package dev.odgen.cli;
