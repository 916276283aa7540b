package dev.odgen.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code odgen} command. Its subcommands are listed here, in one place: a new command
 * is added to {@link #SUBCOMMANDS} below.
 */
@Command(
    name = "odgen",
    scope = ScopeType.INHERIT, // --help and --version on every subcommand too
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Generates Java (entities, DAOs, SQL schema, a REST server and clients) from a YAML spec of an API.",
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

  /** Every subcommand, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      GenerateCommand.class,
      ValidateCommand.class,
      InitCommand.class,
      DescribeCommand.class,
      SchemaCommand.class,
      DiffCommand.class,
      OpenApiCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class);

  /** The command line with every subcommand and odgen's error handling, ready to {@code execute}. */
  public static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  /**
   * The command line for running {@code args}, with only the subcommands they need. picocli builds each
   * command's model by reflection when it is added (every option, converter and type it mentions), a good part
   * of a short command's start: {@code odgen validate} needs only {@code validate}, {@code odgen --version} none.
   * Help, usage errors and anything else get every command, as help and suggestions list them all.
   */
  public static CommandLine commandLine(String... args) {
    return commandLine(SubcommandChoice.needed(args, SUBCOMMANDS));
  }

  private static CommandLine commandLine(List<Class<?>> subcommands) {
    OdgenCommand top = new OdgenCommand();
    CommandLine commandLine = new CommandLine(top);
    subcommands.forEach(commandLine::addSubcommand);
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
