package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockbook.core.engine.CycleReport;
import dev.stockbook.sim.woocommerce.OrderOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store orders over HTTP into QuickBooks over HTTP: the document equals the order line by line and
 * in total.
 */
class OrderPostingIT {
  @TempDir Path dir;
  OrdersWorld world;

  @BeforeEach
  void start() throws Exception {
    world = OrdersWorld.start(dir);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void an_order_of_several_units_of_simple_products_becomes_one_equal_sales_receipt() {
    long id = world.order("redwine:3", "whitewine:2");

    CycleReport report = world.cycle();

    assertThat(report.errors()).isEmpty();
    assertThat(report.posted()).isEqualTo(1);
    SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
    assertThat(world.books.salesReceipt(id).path("TotalAmt").decimalValue())
        .isEqualByComparingTo("56.00");
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo("17");
    assertThat(world.books.onHand("whitewine")).isEqualByComparingTo("33");
  }

  @Test
  void variations_post_to_their_own_items() {
    long id = world.order("TEE-S:2", "TEE-M:1");

    world.cycle();

    SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
    assertThat(world.books.onHand("TEE-S")).isEqualByComparingTo("3");
    assertThat(world.books.onHand("TEE-M")).isEqualByComparingTo("6");
  }

  @Test
  void shipping_a_fee_and_a_coupon_post_to_the_cent() {
    OrderOptions options =
        OrderOptions.defaults()
            .withShipping("7.50")
            .withFee("Handling", "2.25")
            .withCoupon("SAVE10", "10.00");
    long id = world.order(options, "redwine:2", "TEE-M:1", "whitewine:3");

    world.cycle();

    SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
    assertThat(world.books.salesReceipt(id).path("TotalAmt").decimalValue())
        .isEqualByComparingTo("68.75");
  }

  @Test
  void a_coupon_that_does_not_split_evenly_over_the_lines_still_matches_to_the_cent() {
    long id =
        world.order(
            OrderOptions.defaults().withCoupon("ODD", "3.33"),
            "redwine:3",
            "TEE-S:1",
            "whitewine:7");

    world.cycle();

    SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
  }

  @Test
  void orders_of_one_cycle_post_together_and_a_second_cycle_writes_nothing() {
    long first = world.order("redwine:1");
    long second = world.order(OrderOptions.defaults().withShipping("4.99"), "TEE-M:2");
    long third = world.order(OrderOptions.defaults().withStatus("completed"), "whitewine:4");

    assertThat(world.cycle().posted()).isEqualTo(3);
    long writes =
        world.qb.journal().count(e -> e.method().equals("POST") && !e.path().endsWith("/query"));
    CycleReport again = world.cycle();

    assertThat(again.posted()).isZero();
    assertThat(
            world
                .qb
                .journal()
                .count(e -> e.method().equals("POST") && !e.path().endsWith("/query")))
        .isEqualTo(writes);
    for (long id : new long[] {first, second, third}) {
      SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
    }
  }

  @Test
  void an_unpaid_on_hold_order_becomes_an_invoice_equal_to_the_order() {
    var body = WooRest.object().put("status", "on-hold");
    body.putArray("line_items").add(world.line("redwine", 2));
    long id = world.store.createOrder(body).path("id").asLong();

    world.cycle();

    assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(id))).isZero();
    var invoices = world.books.documents("Invoice", OrdersWorld.docNumber(id));
    assertThat(invoices).hasSize(1);
    SameOrder.assertSame(invoices.get(0), world.store.order(id), world.books);
    assertThat(world.books.onHand("redwine")).isEqualByComparingTo(new BigDecimal("18"));
  }
}
