package dev.stockbook.app.cli;

import dev.stockbook.app.config.ConfigFile;
import dev.stockbook.app.config.StockbookConfig;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --config} and {@code --connection} options shared by the commands that sync. */
final class ConfigOption {
  @Option(names = "--config", defaultValue = "stockbook.yaml", description = "The configuration file (default: ${DEFAULT-VALUE}).")
  Path file;

  @Option(names = "--connection", description = "Which connection of the config (default: the only one).")
  String connection;

  /** The validated config, or {@code null} after printing every problem (the command then exits 2). */
  StockbookConfig load(CommandLine cmd) {
    try {
      return ConfigFile.load(file);
    } catch (ConfigFile.Invalid e) {
      cmd.getErr().println("The configuration " + file + " has " + e.problems().size() + " problem(s):");
      e.problems().forEach(p -> cmd.getErr().println("  - " + p));
      return null;
    }
  }
}
