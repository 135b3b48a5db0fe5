package dev.stockbook.bench;

import dev.stockbook.app.cli.CommandPlugin;
import java.util.List;

/** {@code stockbook bench}. */
public final class BenchCommands implements CommandPlugin {
  @Override
  public List<Object> commands() {
    return List.of(new BenchCommand());
  }
}
