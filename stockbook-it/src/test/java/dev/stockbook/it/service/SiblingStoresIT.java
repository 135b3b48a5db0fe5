package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.StockStatus;
import dev.stockbook.sim.common.Fault;
import dev.stockbook.sim.common.FaultPlan;
import dev.stockbook.sim.common.Journal;
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
  void a_sale_quickbooks_refused_is_held_back_from_the_other_store_at_once() throws Exception {
    try (ServiceWorld world = ServiceWorld.withStores(dir, 2).afterFirstCycle()) {
      WooCommerceSimulator first = world.stores.get(0);
      WooCommerceSimulator second = world.stores.get(1);
      String shop = world.names().get(0);
      // QuickBooks refuses every sale for now: the order is parked with QuickBooks' words, and
      // QuickBooks keeps its 20
      world
          .quickbooks
          .faults()
          .add(
              new FaultPlan.Rule(
                  "POST", "/v3/company/[^/]+/(batch|salesreceipt)", Fault.status(400), 1.0, -1));

      long order = first.shopper().placeOrder(List.of(new Shopper.Line("redwine", 5)));
      assertThat(first.deliverDueWebhooks()).isPositive();

      Eventually.until(
          WAIT,
          () ->
              world
                  .wiring
                  .state()
                  .orders()
                  .find(shop, String.valueOf(order))
                  .map(o -> o.state() == OrderState.PARKED)
                  .orElse(false),
          "the order parked");
      Eventually.until(
          WAIT,
          () -> Long.valueOf(15).equals(second.stock("redwine")),
          "the other store holding back the 5 the first store sold");
      assertThat(world.bookkeeper.onHand("redwine")).isEqualByComparingTo(BigDecimal.valueOf(20));
      assertThat(world.bookkeeper.countDocuments("SalesReceipt", "WEB-" + order)).isZero();
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

  @Test
  void a_sale_posted_while_the_other_stores_write_is_on_its_way_does_not_wait_for_it()
      throws Exception {
    try (ServiceWorld world = ServiceWorld.withStores(dir, 2).afterFirstCycle()) {
      WooCommerceSimulator first = world.stores.get(0);
      WooCommerceSimulator second = world.stores.get(1);
      second.latency(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(3));
      int before = stockWrites(second).size();

      first.shopper().placeOrder(List.of(new Shopper.Line("redwine", 2)));
      assertThat(first.deliverDueWebhooks()).isPositive();
      Eventually.until(
          WAIT, () -> writing(world, "redwine"), "the other store's write of redwine on its way");
      first.shopper().placeOrder(List.of(new Shopper.Line("whitewine", 1)));
      assertThat(first.deliverDueWebhooks()).isPositive();

      Eventually.until(
          WAIT,
          () ->
              Long.valueOf(18).equals(second.stock("redwine"))
                  && Long.valueOf(34).equals(second.stock("whitewine")),
          "the other store showing both sales");
      List<Journal.Entry> writes = stockWrites(second).subList(before, stockWrites(second).size());
      assertThat(writes).hasSizeGreaterThanOrEqualTo(2);
      Journal.Entry redwine = writes.get(0);
      Journal.Entry whitewine = writes.get(1);
      assertThat(whitewine.at())
          .as("the whitewine write left before the 3 s redwine write had landed")
          .isBefore(redwine.at().plusMillis(redwine.latencyMillis()));
    }
  }

  @Test
  void two_sales_of_one_sku_are_written_to_the_other_store_one_after_the_other() throws Exception {
    try (ServiceWorld world = ServiceWorld.withStores(dir, 2).afterFirstCycle()) {
      WooCommerceSimulator first = world.stores.get(0);
      WooCommerceSimulator second = world.stores.get(1);
      second.latency(Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(2));
      int before = stockWrites(second).size();

      first.shopper().placeOrder(List.of(new Shopper.Line("redwine", 2)));
      assertThat(first.deliverDueWebhooks()).isPositive();
      Eventually.until(WAIT, () -> writing(world, "redwine"), "the first write on its way");
      first.shopper().placeOrder(List.of(new Shopper.Line("redwine", 1)));
      assertThat(first.deliverDueWebhooks()).isPositive();

      Eventually.until(
          WAIT,
          () -> Long.valueOf(17).equals(second.stock("redwine")),
          "the other store showing QuickBooks' 20 - 2 - 1");
      List<Journal.Entry> writes = stockWrites(second).subList(before, stockWrites(second).size());
      for (int i = 1; i < writes.size(); i++) {
        Journal.Entry earlier = writes.get(i - 1);
        assertThat(writes.get(i).at())
            .as("write %d of redwine left after write %d had landed", i + 1, i)
            .isAfterOrEqualTo(earlier.at().plusMillis(earlier.latencyMillis()));
      }
      assertThat(world.bookkeeper.onHand("redwine")).isEqualByComparingTo(BigDecimal.valueOf(17));
    }
  }

  /**
   * Whether the other store's write of {@code sku} is with the store (the journal has it later).
   */
  private static boolean writing(ServiceWorld world, String sku) {
    return world
        .wiring
        .state()
        .stock()
        .find(world.names().get(1), sku)
        .map(r -> r.status() == StockStatus.WRITING)
        .orElse(false);
  }

  private static List<Journal.Entry> stockWrites(WooCommerceSimulator store) {
    return store.journal().entries().stream()
        .filter(e -> "POST".equals(e.method()) && e.path().endsWith("/products/batch"))
        .sorted(java.util.Comparator.comparing(Journal.Entry::at))
        .toList();
  }

  private static long orderListings(WooCommerceSimulator store) {
    return store.journal().count(e -> "GET".equals(e.method()) && e.path().endsWith("/orders"));
  }
}
