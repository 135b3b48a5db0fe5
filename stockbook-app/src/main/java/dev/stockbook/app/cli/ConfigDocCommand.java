package dev.stockbook.app.cli;

import dev.stockbook.app.config.ConfigDoc;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stockbook config-doc}: prints docs/configuration.md from the declared settings. */
@Command(
    name = "config-doc",
    description =
        "Print the configuration reference (docs/configuration.md) from the declared settings.")
final class ConfigDocCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().print(ConfigDoc.markdown());
    spec.commandLine().getOut().flush();
  }
}
