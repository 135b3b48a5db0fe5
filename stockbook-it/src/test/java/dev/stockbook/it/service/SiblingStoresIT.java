package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.woocommerce.Shopper;
import dev.stockbook.sim.woocommerce.WooCommerceSimulator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stores on one QuickBooks company, an hourly schedule and no QuickBooks webhooks: a sale in
 * one store reaches the other store's stock as soon as the first store's turn has posted it.
 */
class SiblingStoresIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  @TempDir Path dir;

  @Test
  void a_sale_posted_for_one_store_reaches_the_other_store_without_a_quickbooks_webhook()
      throws Exception {
    try (ServiceWorld world = ServiceWorld.withStores(dir, 2).afterFirstCycle()) {
      WooCommerceSimulator first = world.stores.get(0);
      WooCommerceSimulator second = world.stores.get(1);
      String other = world.names().get(1);
      assertThat(second.stock("redwine")).isEqualTo(20L);
      int otherRuns = world.runs(other);

      long order = first.shopper().placeOrder(List.of(new Shopper.Line("redwine", 5)));
      assertThat(first.deliverDueWebhooks()).isPositive();

      String doc = "WEB-" + first.order(order).path("number").asText();
      Eventually.until(
          WAIT,
          () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1,
          "the sales receipt in QuickBooks");
      Eventually.until(
          WAIT,
          () -> Long.valueOf(15).equals(second.stock("redwine")),
          "the other store showing QuickBooks' 20 - 5");
      assertThat(world.bookkeeper.onHand("redwine")).isEqualByComparingTo(BigDecimal.valueOf(15));
      // The other store's turn was a stock turn: it read no orders of its own store.
      assertThat(
              world
                  .wiring
                  .state()
                  .runs()
                  .recent(other, 100)
                  .subList(0, world.runs(other) - otherRuns))
          .allSatisfy(r -> assertThat(r.ordersRead()).isZero());
    }
  }

  @Test
  void the_other_stores_stock_turn_does_not_list_its_orders_when_no_probe_is_due()
      throws Exception {
    // The probe is on but due only an hour after the first cycle's listing.
    try (ServiceWorld world =
        ServiceWorld.withStores(dir, 2, c -> c.put("sync.orderProbe", "1h")).afterFirstCycle()) {
      WooCommerceSimulator first = world.stores.get(0);
      WooCommerceSimulator second = world.stores.get(1);
      long listingsBefore = orderListings(second);

      first.shopper().placeOrder(List.of(new Shopper.Line("redwine", 4)));
      assertThat(first.deliverDueWebhooks()).isPositive();
      Eventually.until(
          WAIT,
          () -> Long.valueOf(16).equals(second.stock("redwine")),
          "the other store showing QuickBooks' 20 - 4");

      // Its turn read QuickBooks and wrote the stock; the store's orders were not asked for: the
      // sale did not wait for a listing it does not need.
      assertThat(orderListings(second)).isEqualTo(listingsBefore);
    }
  }

  @Test
  void the_other_store_is_told_as_soon_as_the_sale_is_posted_not_when_the_turn_ends()
      throws Exception {
    try (ServiceWorld world = ServiceWorld.withStores(dir, 2).afterFirstCycle()) {
      WooCommerceSimulator first = world.stores.get(0);
      WooCommerceSimulator second = world.stores.get(1);
      String shop = world.names().get(0);
      String other = world.names().get(1);
      long order = first.shopper().placeOrder(List.of(new Shopper.Line("redwine", 3)));
      // The first store answers slowly: after posting, its turn spends seconds reading back its
      // own stock.
      first.latency(Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO);
      assertThat(first.deliverDueWebhooks()).isPositive();

      Eventually.until(
          WAIT,
          () -> Long.valueOf(17).equals(second.stock("redwine")),
          "the other store showing QuickBooks' 20 - 3");
      Eventually.until(
          WAIT,
          () -> world.wiring.state().runs().recent(shop, 1).get(0).ordersPosted() == 1,
          "the first store's turn recorded");
      var posting = world.wiring.state().runs().recent(shop, 1).get(0);
      var told = world.wiring.state().runs().recent(other, 1).get(0);
      assertThat(told.stockPushed()).isPositive();
      assertThat(told.finishedAt())
          .as("the other store's stock turn ended before the posting turn did (order %s)", order)
          .isBefore(posting.finishedAt());
    }
  }

  private static long orderListings(WooCommerceSimulator store) {
    return store.journal().count(e -> "GET".equals(e.method()) && e.path().endsWith("/orders"));
  }
}
