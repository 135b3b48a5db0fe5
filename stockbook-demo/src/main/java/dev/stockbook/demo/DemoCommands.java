package dev.stockbook.demo;

import dev.stockbook.app.cli.CommandPlugin;
import java.util.List;

/** {@code stockbook demo} and {@code stockbook simulate}. */
public final class DemoCommands implements CommandPlugin {
  @Override
  public List<Object> commands() {
    return List.of(new DemoCommand(), new SimulateCommand());
  }
}
