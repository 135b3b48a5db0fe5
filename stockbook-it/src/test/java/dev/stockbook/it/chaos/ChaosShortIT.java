package dev.stockbook.it.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stockbook.demo.DemoStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The short crash-and-fault run of the default suite, once on a WooCommerce connection and once on
 * a Shopify one: at least 10 SIGKILLs of the real process each. {@code -Dchaos.seed=N} replays a
 * seed; {@code -Dchaos.kills=N} runs longer (the chaos profile runs 200); {@code
 * -Dchaos.store=shopify} (or woocommerce) runs one store only.
 */
class ChaosShortIT {
  @TempDir Path dir;

  @ParameterizedTest(name = "on {0}")
  @EnumSource(DemoStore.Kind.class)
  void every_order_refund_cancellation_and_stock_figure_survives_kills_and_faults(
      DemoStore.Kind store) throws Exception {
    String only = System.getProperty("chaos.store", "");
    Assumptions.assumeTrue(
        only.isBlank() || only.equalsIgnoreCase(store.type()),
        "-Dchaos.store=" + only + " runs only that store");
    long seed = Long.getLong("chaos.seed", System.nanoTime() % 100_000);
    int kills = Integer.getInteger("chaos.kills", 12);
    ChaosRun.Result result = new ChaosRun(seed, store, kills, System.out).run(dir);
    assertTrue(
        result.kills() >= Math.min(kills, 10),
        "killed the process only " + result.kills() + " times (seed " + seed + ")");
    assertEquals(
        0, result.report().failed(), "invariants failed; replay with -Dchaos.seed=" + seed);
  }
}
