package dev.stockbook.app.cli;

import dev.stockbook.app.config.ConfigFile;
import dev.stockbook.app.config.StockbookConfig;
import dev.stockbook.app.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --config} and {@code --connection} options shared by the commands that sync. */
final class ConfigOption {
  @Option(
      names = "--config",
      defaultValue = "stockbook.yaml",
      description = "The configuration file (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(
      names = "--connection",
      description = "Which connection of the config (default: the only one).")
  String connection;

  /** What a command does with the wired parts of a valid configuration; returns the exit code. */
  @FunctionalInterface
  interface WiredCommand {
    int run(Wiring wiring) throws Exception;
  }

  /**
   * Runs {@code body} over a valid config; an invalid one has every problem printed and exits 2.
   */
  int run(CommandLine cmd, WiredCommand body) throws Exception {
    StockbookConfig loaded = load(cmd);
    if (loaded == null) {
      return 2;
    }
    try (Wiring wiring = Wiring.open(loaded, Clock.systemUTC())) {
      return body.run(wiring);
    }
  }

  /**
   * The validated config, or {@code null} after printing every problem (the command then exits 2).
   */
  StockbookConfig load(CommandLine cmd) {
    try {
      return ConfigFile.load(file);
    } catch (ConfigFile.Invalid e) {
      cmd.getErr()
          .println("The configuration " + file + " has " + e.problems().size() + " problem(s):");
      e.problems().forEach(p -> cmd.getErr().println("  - " + p));
      return null;
    }
  }
}
