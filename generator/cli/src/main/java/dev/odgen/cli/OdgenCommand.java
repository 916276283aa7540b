package dev.odgen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code odgen} command. Its subcommands are listed here, in one place: a new command
 * is added to {@code subcommands} below.
 */
@Command(
    name = "odgen",
    scope = ScopeType.INHERIT, // --help and --version on every subcommand too
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Generates Java (entities, DAOs, SQL schema, a REST server and clients) from a YAML spec of an API.",
    subcommands = {
        GenerateCommand.class,
        ValidateCommand.class,
        InitCommand.class,
        DescribeCommand.class,
        SchemaCommand.class,
        DiffCommand.class,
        OpenApiCommand.class,
        ImportCommand.class,
        CommandLine.HelpCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        ExitCodes.OK + ":done; the spec is valid",
        ExitCodes.SPEC_ERRORS + ":the spec has errors (printed to stderr with file:line:column)",
        ExitCodes.USAGE + ":the command line is wrong",
        ExitCodes.FAILURE + ":a file could not be read or written, or an internal error",
        ExitCodes.CHANGES_REFUSED + ":diff found changes its options refuse"})
public final class OdgenCommand implements Callable<Integer> {

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show more detail, including stack traces of internal errors.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The command line with odgen's error handling, ready to {@code execute}. */
  public static CommandLine commandLine() {
    OdgenCommand top = new OdgenCommand();
    CommandLine commandLine = new CommandLine(top);
    commandLine.setExecutionExceptionHandler(new ErrorHandler(() -> top.verbose));
    return commandLine;
  }

  /** {@code odgen} without a command: show what it can do, as for any other usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
