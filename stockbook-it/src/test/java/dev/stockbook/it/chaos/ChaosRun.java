package dev.stockbook.it.chaos;

import dev.stockbook.demo.DemoStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The crash-and-fault run: the real process syncs again and again while faults fire, shoppers and a
 * bookkeeper work, and SIGKILL lands at seeded moments; then faults go off and clean cycles run
 * until the engine has nothing left to do, and the checker reads both sides.
 */
final class ChaosRun {
  /** What happened. */
  record Result(
      long seed,
      int kills,
      int runs,
      TreeMap<Integer, Integer> exits,
      long quickbooksFaults,
      long storeFaults,
      String traffic,
      int quiesceCycles,
      InvariantChecker.Report report) {}

  private final long seed;
  private final DemoStore.Kind store;
  private final int kills;
  private final PrintStream out;

  ChaosRun(long seed, DemoStore.Kind store, int kills, PrintStream out) {
    this.seed = seed;
    this.store = store;
    this.kills = kills;
    this.out = out;
  }

  Result run(Path dir) throws Exception {
    out.println(
        "chaos: seed "
            + seed
            + " (replay with -Dchaos.seed="
            + seed
            + "), "
            + store.label()
            + " store, target "
            + kills
            + " kills");
    try (ChaosWorld world = new ChaosWorld(seed, store, dir)) {
      Random random = new Random(seed);
      FaultMix faults = new FaultMix(seed, world.store);
      Traffic traffic = new Traffic(seed, world.store, world.bookkeeper());
      SyncProcess sync = new SyncProcess(world.config, dir.resolve("stockbook.log"));
      long[] timing = timedCleanCycle(sync, world);
      long activeMillis = Math.max(50, timing[1] - timing[0]);
      out.println(
          "chaos: one clean cycle of the real process takes "
              + timing[1]
              + " ms, "
              + activeMillis
              + " ms of it talking to the simulators; kills land within 120% of that talking time");
      faults.install(world.quickbooks.faults(), world.store.demo().faults());
      int killed = 0;
      int runs = 0;
      TreeMap<Integer, Integer> exits = new TreeMap<>();
      while (killed < kills && runs < kills * 4) {
        faults.maybeBurst(world.quickbooks.faults(), world.store.demo().faults());
        traffic.act();
        long before = requests(world);
        Process p = sync.start();
        runs++;
        // the JVM's start-up is dead time: count the kill from the run's first request
        boolean ended = untilFirstRequest(p, world, before, timing[1] * 2);
        if (ended
            || p.waitFor(
                random.nextInt((int) Math.max(1, activeMillis * 12 / 10)), TimeUnit.MILLISECONDS)) {
          exits.merge(p.exitValue(), 1, Integer::sum);
        } else {
          p.destroyForcibly().waitFor();
          killed++;
        }
      }
      long qbFaults =
          world.quickbooks.journal().count(e -> e.fault() != null && !e.fault().isEmpty());
      long wooFaults =
          world.store.demo().journal().count(e -> e.fault() != null && !e.fault().isEmpty());
      world.faultsOff();
      int cycles = quiesce(sync);
      out.println(
          "chaos: "
              + runs
              + " runs, "
              + killed
              + " killed, exits "
              + exits
              + "; "
              + traffic.summary());
      out.println(
          "chaos: faults injected: QuickBooks "
              + qbFaults
              + ", store "
              + wooFaults
              + "; quiesced in "
              + cycles
              + " clean cycles");
      InvariantChecker.Report report = new InvariantChecker(world).check();
      report.print(out);
      return new Result(
          seed, killed, runs, exits, qbFaults, wooFaults, traffic.summary(), cycles, report);
    }
  }

  /**
   * The first cycle, unfaulted and unkilled, timed: milliseconds to its first request and to its
   * end. It calibrates when kills land.
   */
  private static long[] timedCleanCycle(SyncProcess sync, ChaosWorld world) throws Exception {
    long started = System.nanoTime();
    long before = requests(world);
    Process p = sync.start();
    untilFirstRequest(p, world, before, 180_000);
    long firstRequest = (System.nanoTime() - started) / 1_000_000;
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor();
      throw new IllegalStateException("the first cycle took more than 3 minutes");
    }
    return new long[] {firstRequest, (System.nanoTime() - started) / 1_000_000};
  }

  private static long requests(ChaosWorld world) {
    return world.quickbooks.journal().entries().size()
        + world.store.demo().journal().entries().size();
  }

  /**
   * Waits (on the process, never a sleep) until a simulator saw a new request; true when the
   * process ended first.
   */
  private static boolean untilFirstRequest(Process p, ChaosWorld world, long before, long maxMillis)
      throws Exception {
    long deadline = System.nanoTime() + maxMillis * 1_000_000;
    while (requests(world) == before && System.nanoTime() < deadline) {
      if (p.waitFor(10, TimeUnit.MILLISECONDS)) {
        return true;
      }
    }
    return !p.isAlive();
  }

  /** Faults off: cycles until three in a row exit 0 (at most twelve). */
  private static int quiesce(SyncProcess sync) throws Exception {
    int clean = 0;
    int cycles = 0;
    while (clean < 3 && cycles < 12) {
      Process p = sync.start();
      cycles++;
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly().waitFor();
        throw new IllegalStateException("a clean cycle took more than 3 minutes");
      }
      clean = p.exitValue() == 0 ? clean + 1 : 0;
    }
    return cycles;
  }
}
