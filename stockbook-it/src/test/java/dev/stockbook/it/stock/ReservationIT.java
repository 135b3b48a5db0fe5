package dev.stockbook.it.stock;

import static dev.stockbook.it.stock.StockPublishingIT.expect;
import static dev.stockbook.it.stock.StockPublishingIT.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.stock.StockRow;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.woocommerce.Shopper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders the store took while QuickBooks could not receive them are reserved: the store never shows
 * more than QuickBooks' quantity on hand minus what is pending, even when QuickBooks' number goes
 * up meanwhile; once the orders post, both sides agree.
 */
class ReservationIT {

  @Test
  void the_store_never_shows_more_than_quickbooks_minus_orders_quickbooks_has_not_received(
      @TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, false)) {
      ok(world.cycle());
      world.quickbooks.faults().next("POST", ".*/(batch|salesreceipt)", Fault.status(503), -1);

      long first = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 3)));
      String doc = "WEB-" + world.woocommerce.order(first).path("number").asText();
      world.cycle();
      assertThat(world.books().bookkeeper().countDocuments("SalesReceipt", doc))
          .as("QuickBooks refused the posting")
          .isZero();
      assertAtMostOnHandMinusPending(world, 3);

      world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 4)));
      world.cycle();
      assertAtMostOnHandMinusPending(world, 7);

      world.books().bill(Map.of("redwine", 10));
      world.cycle();
      assertThat(world.onHand("redwine")).isEqualByComparingTo("30");
      assertAtMostOnHandMinusPending(world, 7);
      assertThat(world.storeShows("redwine"))
          .as("the delivery reached the store, less the reserved 7")
          .isEqualTo(23L);
      StockRow row =
          world.engine().reconcile(false).stream()
              .filter(r -> r.sku().equals("redwine"))
              .findFirst()
              .orElseThrow();
      assertThat(row.pending()).as("the operator sees what is reserved").isEqualTo(7);
      assertThat(row.status()).isEqualTo(StockStatus.IN_SYNC);

      world.quickbooks.faults().clear(1);
      ok(world.cycle());
      assertThat(world.books().bookkeeper().countDocuments("SalesReceipt", doc)).isEqualTo(1);
      assertThat(world.engine().reconcile(false))
          .filteredOn(r -> r.sku().equals("redwine"))
          .singleElement()
          .satisfies(r -> assertThat(r.pending()).isZero());
      expect(world, Map.of("redwine", 23L));
    }
  }

  private static void assertAtMostOnHandMinusPending(StockWorld world, long pending) {
    BigDecimal allowed = world.onHand("redwine").subtract(BigDecimal.valueOf(pending));
    assertThat(BigDecimal.valueOf(world.storeShows("redwine")))
        .as("store redwine vs QuickBooks minus %d pending", pending)
        .isLessThanOrEqualTo(allowed);
  }
}
