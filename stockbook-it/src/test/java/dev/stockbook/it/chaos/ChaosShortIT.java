package dev.stockbook.it.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash-and-fault run of the default suite: at least 10 SIGKILLs of the real process.
 * {@code -Dchaos.seed=N} replays a seed; {@code -Dchaos.kills=N} runs longer (the chaos profile
 * runs 200).
 */
class ChaosShortIT {
  @TempDir Path dir;

  @Test
  void every_order_refund_cancellation_and_stock_figure_survives_kills_and_faults()
      throws Exception {
    long seed = Long.getLong("chaos.seed", System.nanoTime() % 100_000);
    int kills = Integer.getInteger("chaos.kills", 12);
    ChaosRun.Result result = new ChaosRun(seed, kills, System.out).run(dir);
    assertTrue(
        result.kills() >= Math.min(kills, 10),
        "killed the process only " + result.kills() + " times (seed " + seed + ")");
    assertEquals(
        0, result.report().failed(), "invariants failed; replay with -Dchaos.seed=" + seed);
  }
}
