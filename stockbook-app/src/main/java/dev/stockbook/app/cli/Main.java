package dev.stockbook.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code stockbook}: the command line. Usage errors and setup problems ({@link
 * dev.stockbook.app.config.StartupProblem}: database, master key, port) exit 2, like every
 * subcommand's.
 */
@Command(
    name = "stockbook",
    mixinStandardHelpOptions = true,
    // every subcommand answers --help (and --version) too
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description =
        "Keeps a QuickBooks Online company and an online store in sync: orders in, stock out.",
    subcommands = {
      SyncCommand.class,
      StatusCommand.class,
      RetryCommand.class,
      ReconcileCommand.class,
      ServeCommand.class,
      ConnectCommand.class,
      ConfigDocCommand.class,
      RotateKeyCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Commands that come from the distribution's tools/ folder, not from the production classpath.
   */
  static final java.util.Set<String> TOOLS = java.util.Set.of("demo", "simulate", "bench");

  public static int run(String... args) {
    CommandLine cmd = new CommandLine(new Main());
    java.util.ServiceLoader.load(CommandPlugin.class)
        .forEach(plugin -> plugin.commands().forEach(cmd::addSubcommand));
    cmd.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (e instanceof dev.stockbook.app.config.StartupProblem) {
            line.getErr().println("stockbook: " + e.getMessage());
            return 2;
          }
          line.getErr()
              .println(
                  "stockbook: "
                      + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
          return 1;
        });
    cmd.setParameterExceptionHandler(
        (e, given) -> {
          CommandLine wrong = e.getCommandLine();
          if (wrong == cmd && given.length > 0 && TOOLS.contains(given[0])) {
            wrong
                .getErr()
                .println(
                    "stockbook: '"
                        + given[0]
                        + "' is not installed with this class path; it comes from the"
                        + " distribution's tools/ folder, which ./stockbook adds for demo, simulate"
                        + " and bench.");
            return 2;
          }
          wrong.getErr().println(e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, wrong.getErr());
          wrong.usage(wrong.getErr());
          return 2;
        });
    return cmd.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing subcommand: say what to run, e.g. 'stockbook demo'.");
  }

  /** The version written into the jar's manifest by the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"stockbook " + (v == null ? "development build" : v)};
    }
  }
}
