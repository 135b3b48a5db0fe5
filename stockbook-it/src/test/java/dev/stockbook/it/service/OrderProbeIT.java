package dev.stockbook.it.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.sim.woocommerce.Shopper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose webhooks come late or never (WooCommerce sends them when WP-Cron runs): the
 * service's order probe finds the order between cycles and posts it within seconds.
 */
class OrderProbeIT {
  @TempDir Path dir;
  private ServiceWorld world;

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void an_order_whose_webhook_never_comes_is_posted_by_the_probe_long_before_the_next_cycle() {
    world = ServiceWorld.start(dir, c -> c.put("sync.orderProbe", "1s")).afterFirstCycle();
    long order = world.woocommerce.shopper().placeOrder(List.of(new Shopper.Line("redwine", 3)));
    String doc = "WEB-" + world.woocommerce.order(order).path("number").asText();

    // the store's webhook is never delivered; the schedule's next cycle is an hour away
    Eventually.until(
        Duration.ofSeconds(15),
        () -> world.bookkeeper.countDocuments("SalesReceipt", doc) == 1,
        "the sale posted by the probe");

    assertThat(world.bookkeeper.onHand("redwine")).isEqualByComparingTo(BigDecimal.valueOf(17));
    assertThat(world.woocommerce.webhookAttempts())
        .noneSatisfy(a -> assertThat(a.topic()).startsWith("order."));
  }

  @Test
  void a_probe_that_finds_nothing_costs_one_store_request_and_no_quickbooks_call() {
    world = ServiceWorld.start(dir, c -> c.put("sync.orderProbe", "1s")).afterFirstCycle();
    long books = world.quickbooks.journal().entries().size();
    long runs = world.runs();

    Eventually.until(
        Duration.ofSeconds(10),
        () -> world.woocommerce.journal().count(e -> e.path().endsWith("/orders")) >= 3,
        "a few probes");

    assertThat(world.quickbooks.journal().entries().size()).isEqualTo(books);
    assertThat(world.runs()).as("no cycle was recorded for an empty probe").isEqualTo(runs);
  }
}
