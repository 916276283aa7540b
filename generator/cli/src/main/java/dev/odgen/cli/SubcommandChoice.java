package dev.odgen.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Which subcommands a command line needs set up to run its arguments: the one named by the first argument that is
 * not an option, when it names one (other than {@code help}); none for {@code --version} alone; otherwise all of
 * them, because help, usage errors and their suggestions list every command.
 */
final class SubcommandChoice {

  /** The options of the top-level command that take no value and may come before the command's name. */
  private static final List<String> LEADING_FLAGS = List.of("--verbose");
  private static final List<String> VERSION = List.of("--version", "-V");

  private SubcommandChoice() {}

  static List<Class<?>> needed(String[] args, List<Class<?>> all) {
    if (args.length == 1 && VERSION.contains(args[0])) {
      return List.of();
    }
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return all.stream().filter(command -> named(command, arg)).findFirst().<List<Class<?>>>map(List::of)
            .orElse(all);
      }
      if (!LEADING_FLAGS.contains(arg)) {
        break;
      }
    }
    return all;
  }

  /** Whether {@code command} is called {@code name}; never {@code help}, which needs every command beside it. */
  private static boolean named(Class<?> command, String name) {
    return command != CommandLine.HelpCommand.class && command.getAnnotation(Command.class).name().equals(name);
  }
}
