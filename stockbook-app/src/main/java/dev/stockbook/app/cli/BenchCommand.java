package dev.stockbook.app.cli;

import dev.stockbook.app.bench.Bench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stockbook bench}: the real engine against both simulators with realistic latency and QuickBooks' limits. */
@Command(name = "bench", description = "Measure requests, time and latency against the simulators with QuickBooks' real limits.")
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--quick", description = "A small run (under two minutes).")
  boolean quick;

  @Option(names = "--json", description = "Print the results as JSON instead of a table.")
  boolean json;

  @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated store and orders.")
  long seed;

  @Option(names = "--orders", paramLabel = "N", description = "Orders to post (default: 10000, or 60 with --quick).")
  Integer orders;

  @Option(names = "--time-scale", paramLabel = "K", description = "Run posting with every QuickBooks time constant divided by K "
      + "and report seconds × K (default: " + Bench.FULL_TIME_SCALE + ", or 1 with --quick).")
  Double timeScale;

  @Option(names = "--write", paramLabel = "FILE", defaultValue = "docs/benchmarks.md", description = "Where the table is written ('-' for nowhere).")
  Path write;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String command = "./stockbook bench" + (quick ? " --quick" : "") + (orders != null ? " --orders " + orders : "")
        + (timeScale != null ? " --time-scale " + timeScale : "") + " --seed " + seed;
    out.println(Bench.run(quick, seed, orders, timeScale, json, "-".equals(write.toString()) ? null : write, command));
    out.flush();
    return 0;
  }
}
