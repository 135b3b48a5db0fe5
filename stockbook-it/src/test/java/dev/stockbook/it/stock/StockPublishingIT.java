package dev.stockbook.it.stock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.sim.woocommerce.Shopper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #6 end to end over HTTP: whatever moves QuickBooks' quantity (a bill, an adjustment, a
 * refund receipt, a credit memo, a sale Stockbook posted) reaches the store on the next cycle,
 * variations included. Run with QuickBooks bumping items on transactions and without: without, only
 * the transactions' lines in CDC tell which items moved.
 */
class StockPublishingIT {

  @ParameterizedTest(name = "transactionsBumpItems={0}")
  @ValueSource(booleans = {false, true})
  void every_quantity_change_in_quickbooks_reaches_the_store_on_the_next_cycle(
      boolean bump, @TempDir Path dir) throws Exception {
    try (StockWorld world = StockWorld.start(dir, bump)) {
      ok(world.cycle());
      expect(world, Map.of("redwine", 20L, "whitewine", 35L, "TEE-S", 5L, "TEE-M", 7L));

      Map<String, Integer> delivery = new LinkedHashMap<>();
      delivery.put("redwine", 6);
      delivery.put("TEE-S", 3);
      world.books().bill(delivery);
      ok(world.cycle());
      expect(world, Map.of("redwine", 26L, "TEE-S", 8L, "TEE-M", 7L, "whitewine", 35L));

      world.books().adjust("whitewine", BigDecimal.valueOf(-4));
      ok(world.cycle());
      expect(world, Map.of("whitewine", 31L, "redwine", 26L));

      world.books().bookkeeper().refundReceipt("redwine", 2, "12.00");
      ok(world.cycle());
      expect(world, Map.of("redwine", 28L));

      world.books().bookkeeper().creditMemo("TEE-M", 1, "15.00");
      ok(world.cycle());
      expect(world, Map.of("TEE-M", 8L, "TEE-S", 8L));

      world
          .woocommerce
          .shopper()
          .placeOrder(List.of(new Shopper.Line("redwine", 5), new Shopper.Line("TEE-S", 2)));
      assertThat(world.storeShows("redwine"))
          .as("the store took the sale from its own stock")
          .isEqualTo(23L);
      ok(world.cycle());
      expect(world, Map.of("redwine", 23L, "TEE-S", 6L, "TEE-M", 8L));
      assertThat(world.record("TEE-S").status()).isEqualTo(StockStatus.IN_SYNC);
      assertThat(
              world
                  .woocommerce
                  .journal()
                  .count(
                      e ->
                          e.method().equals("POST")
                              && e.path().matches("/wp-json/wc/v3/products/\\d+/variations/batch")))
          .as("variations are written through their parent's variations endpoint")
          .isPositive();
      assertThat(world.woocommerce.journal().count(e -> e.status() >= 400))
          .as("no store request failed")
          .isZero();
    }
  }

  /** QuickBooks and the store both show {@code expected} for each SKU. */
  static void expect(StockWorld world, Map<String, Long> expected) {
    expected.forEach(
        (sku, qty) -> {
          assertThat(world.onHand(sku))
              .as("QuickBooks " + sku)
              .isEqualByComparingTo(BigDecimal.valueOf(qty));
          assertThat(world.storeShows(sku)).as("store " + sku).isEqualTo(qty);
        });
  }

  static void ok(CycleReport report) {
    assertThat(report.errors()).as(report.summary()).isEmpty();
  }
}
