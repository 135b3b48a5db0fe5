package dev.stockbook.demo;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stockbook demo}: the whole story on local simulators, in one process. */
@Command(
    name = "demo",
    description =
        "Play the Stockbook story on local QuickBooks and store (WooCommerce or Shopify) simulators; exit 0 only if every number is right.")
public final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      description = "Folder for the SQLite state file (default: a new temporary folder).")
  Path data;

  @Option(
      names = "--keep-running",
      description =
          "Leave the simulators and the engine up afterwards and print their URLs and credentials.")
  boolean keepRunning;

  @Option(
      names = "--books",
      description =
          "Play the bookkeeping story instead: a Canadian company taking US dollars, tax codes, a"
              + " bundle, gift cards, Stripe's fee and an order parked for its currency"
              + " (docs/accounting.md).")
  boolean books;

  @CommandLine.Mixin SimulatorPorts ports;

  @Option(
      names = "--port",
      defaultValue = "0",
      description = "Dashboard port with --keep-running (default: any free port).")
  int port;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir =
        data != null ? Files.createDirectories(data) : Files.createTempDirectory("stockbook-demo");
    DemoStore.Kind kind = ports.store;
    if (books && kind != DemoStore.Kind.WOOCOMMERCE) {
      spec.commandLine()
          .getErr()
          .println("demo --books plays on WooCommerce only (--store woocommerce)");
      return 2;
    }
    try (DemoWorld world =
        books
            ? DemoWorld.startBooks(dir, ports.quickbooks, ports.store(kind))
            : DemoWorld.start(dir, ports.quickbooks, kind, ports.store(kind))) {
      out.println(
          "Stockbook demo: QuickBooks Online simulator at "
              + world.quickbooks().baseUrl()
              + ", "
              + kind.label()
              + " simulator at "
              + world.store().baseUrl()
              + ", state in "
              + dir.resolve("stockbook.db"));
      try {
        if (books) {
          new BooksStory(world, out).play();
        } else {
          new DemoStory(world, out).play();
        }
      } catch (DemoStory.StepFailed e) {
        out.flush();
        spec.commandLine().getErr().println("Demo FAILED at " + e.getMessage());
        return 1;
      }
      if (keepRunning) {
        SimulateCommand.printCredentials(world, out);
        try (DemoDashboard dashboard = DemoDashboard.start(world, port, out)) {
          out.println(
              "Dashboard: "
                  + dashboard.url()
                  + "  (sign in with the admin token "
                  + dashboard.adminToken()
                  + ")");
          out.println("Everything stays up; press Ctrl-C to stop.");
          out.flush();
          Thread.currentThread().join();
        }
      }
      return 0;
    }
  }
}
