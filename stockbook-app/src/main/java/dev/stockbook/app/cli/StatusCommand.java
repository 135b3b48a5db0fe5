package dev.stockbook.app.cli;

import dev.stockbook.app.wiring.Wiring;
import dev.stockbook.core.state.CycleRun;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.Posting;
import dev.stockbook.core.state.TrackedOrder;
import dev.stockbook.store.config.ConfigValues;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stockbook status}: per connection, the last cycle, parked orders and uncertain writes. */
@Command(
    name = "status",
    description =
        "Show each connection's last cycle, parked orders with their reasons, and uncertain writes.")
final class StatusCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return config.run(
        spec.commandLine(),
        wiring -> {
          int attention = 0;
          for (ConfigValues c : wiring.config().connections()) {
            attention += show(wiring, c.string("name"), out);
          }
          return attention == 0 ? 0 : 1;
        });
  }

  /** "2 posted, 1 parked, 3 waiting" in the order of the lifecycle; "no orders yet" when empty. */
  static String counts(java.util.Map<OrderState, Long> byState) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (OrderState state : OrderState.values()) {
      long n = byState.getOrDefault(state, 0L);
      if (n > 0) {
        parts.add(n + " " + state.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return parts.isEmpty() ? "no orders yet" : String.join(", ", parts) + " order(s)";
  }

  private int show(Wiring wiring, String name, PrintWriter out) {
    out.println("Connection " + name + ": " + counts(wiring.state().orders().countByState(name)));
    wiring
        .state()
        .runs()
        .recent(name, 1)
        .forEach(
            (CycleRun r) -> out.println("  last cycle " + r.finishedAt() + ": " + r.summary()));
    int attention = 0;
    for (TrackedOrder o : wiring.state().orders().inStates(name, EnumSet.of(OrderState.PARKED))) {
      out.println(
          "  PARKED    order #"
              + o.snapshot().number()
              + " (id "
              + o.orderId()
              + "): "
              + o.reason());
      attention++;
    }
    for (Posting p : wiring.state().postings().unresolved(name)) {
      out.println(
          "  UNCERTAIN "
              + p.kind()
              + " "
              + p.docNumber()
              + " (order id "
              + p.orderId()
              + ", key "
              + p.key()
              + "): will be looked up in QuickBooks before anything is sent again");
      attention++;
    }
    if (attention == 0) {
      out.println("  nothing needs attention");
    }
    return attention;
  }
}
