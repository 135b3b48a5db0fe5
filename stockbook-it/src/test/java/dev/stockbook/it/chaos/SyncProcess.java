package dev.stockbook.it.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real {@code stockbook sync --once}: the distribution jar in its own JVM, output appended to a
 * log.
 */
final class SyncProcess {
  private final Path jar;
  private final Path config;
  private final Path log;

  SyncProcess(Path config, Path log) {
    this.jar = distributionJar();
    this.config = config;
    this.log = log;
  }

  /**
   * stockbook-app/target/dist/stockbook.jar, found from the module directory (built by the
   * reactor's package phase).
   */
  static Path distributionJar() {
    Path module =
        Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    for (Path candidate :
        List.of(module.resolveSibling("stockbook-app"), module.resolve("stockbook-app"))) {
      Path jar = candidate.resolve("target/dist/stockbook.jar");
      if (Files.isRegularFile(jar)) {
        return jar;
      }
    }
    throw new IllegalStateException(
        "stockbook-app/target/dist/stockbook.jar is missing near "
            + module
            + ": build it with 'mvn -pl stockbook-it -am verify' (stockbook-app's package phase makes it)");
  }

  Process start(String... extra) throws IOException {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-jar",
                jar.toString(),
                "sync",
                "--config",
                config.toString(),
                "--once"));
    command.addAll(List.of(extra));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }
}
