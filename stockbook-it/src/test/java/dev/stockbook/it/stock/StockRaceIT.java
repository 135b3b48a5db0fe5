package dev.stockbook.it.stock;

import static dev.stockbook.it.stock.StockPublishingIT.expect;
import static dev.stockbook.it.stock.StockPublishingIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.woocommerce.Shopper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WooCommerce's {@code inventory_delta} is a read-modify-write in PHP: a checkout between the read
 * and the save loses its stock reduction, and the store shows one more than it has. Stockbook
 * converges anyway, on the next cycles and without waiting for the daily sweep.
 */
class StockRaceIT {

  @Test
  void a_checkout_overwritten_by_a_stock_write_is_repaired_without_the_sweep(@TempDir Path dir)
      throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      ok(world.cycle());
      world.books().bill(Map.of("redwine", 6)); // QuickBooks 26: the store is told +6
      world.woocommerce.checkoutDuringNextStockDelta(List.of(new Shopper.Line("redwine", 2)));

      ok(world.cycle());
      long afterTheRace = world.storeShows("redwine");
      world.clock.advance(Duration.ofMinutes(2));
      ok(world.cycle());
      ok(world.cycle());

      assertThat(afterTheRace).as("the checkout's reduction was overwritten").isEqualTo(26L);
      expect(world, Map.of("redwine", 24L));
    }
  }
}
