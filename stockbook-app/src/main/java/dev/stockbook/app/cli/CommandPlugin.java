package dev.stockbook.app.cli;

import java.util.List;

/**
 * Subcommands that live outside the production distribution (the demo, the simulators, the
 * benchmarks): a module lists its plugin in {@code
 * META-INF/services/dev.stockbook.app.cli.CommandPlugin} and {@link Main} adds its commands when
 * the module is on the class path. Each command is a picocli {@code @Command} object.
 */
public interface CommandPlugin {
  List<Object> commands();
}
