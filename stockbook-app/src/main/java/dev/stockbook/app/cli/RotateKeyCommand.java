package dev.stockbook.app.cli;

import dev.stockbook.app.config.OwnerOnlyFiles;
import dev.stockbook.app.config.StartupProblem;
import dev.stockbook.app.wiring.KeyRotation;
import dev.stockbook.app.wiring.MasterKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stockbook rotate-key}: re-seals the stored secrets under a new master key. Stop every node
 * first; afterwards give each the new key and start them again.
 */
@Command(
    name = "rotate-key",
    description =
        "Re-seal the secrets in the state database under a new master key (stop every node first).")
final class RotateKeyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin ConfigOption config = new ConfigOption();

  @Option(
      names = "--new-key-file",
      required = true,
      description =
          "The new key (base64 of 32 bytes); made, owner-only, when the file does not exist.")
  Path newKeyFile;

  @Override
  public Integer call() throws Exception {
    String newKey;
    if (Files.exists(newKeyFile)) {
      newKey = Files.readString(newKeyFile).trim();
    } else {
      OwnerOnlyFiles.create(newKeyFile, KeyRotation.newKey() + "\n");
      newKey = Files.readString(newKeyFile).trim();
    }
    return config.run(
        spec.commandLine(),
        wiring -> {
          if (MasterKey.keyFile(wiring.config())
              .toAbsolutePath()
              .equals(newKeyFile.toAbsolutePath())) {
            throw new StartupProblem(
                "--new-key-file: that is the current key file; name a new file");
          }
          int count = KeyRotation.rotate(wiring, newKey);
          spec.commandLine()
              .getOut()
              .println(
                  "stockbook: re-sealed "
                      + count
                      + " secret(s) under the key in "
                      + newKeyFile
                      + "; give every node that key (STOCKBOOK_MASTER_KEY or secrets.keyFile) and"
                      + " start them again");
          return 0;
        });
  }
}
