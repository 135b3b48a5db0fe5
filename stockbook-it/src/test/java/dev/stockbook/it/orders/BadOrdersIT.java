package dev.stockbook.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.core.state.OrderState;
import dev.stockbook.core.state.TrackedOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders a merchant's tools or plugins can make through the WooCommerce REST API: the ones that
 * cannot be posted are parked with a message naming the order and the field, and the others of the
 * same cycle still post.
 */
class BadOrdersIT {
  @TempDir Path dir;

  @Test
  void each_bad_order_is_parked_with_its_reason_and_the_good_ones_of_the_cycle_post()
      throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir, Map.of("sync.unmatchedSku", "hold"))) {
      long good = world.order("redwine:2");
      Map<Long, String> expected = new LinkedHashMap<>();
      expected.put(world.order("rosewine:1"), "SKU rosewine has no QuickBooks item");
      long mystery =
          world
              .store
              .createProduct(
                  WooRest.object().put("name", "Mystery Box").put("regular_price", "9.00"))
              .path("id")
              .asLong();
      expected.put(
          paid(world, WooRest.object().put("product_id", mystery).put("quantity", 1), "USD"),
          "the line \"Mystery Box\" has no SKU");
      expected.put(paid(world, world.line("redwine", 0), "USD"), "SKU redwine has quantity 0");
      expected.put(
          paid(world, world.line("whitewine", -2), "USD"), "SKU whitewine has quantity -2");
      expected.put(
          paid(
              world,
              world.line("TEE-S", 1).put("subtotal", "5000000.00").put("total", "5000000.00"),
              "USD"),
          "SKU TEE-S costs 5000000.00 each");
      expected.put(
          paid(world, world.line("redwine", 1), "EUR"),
          "is in EUR but the QuickBooks company uses USD");
      long alsoGood = world.order("TEE-M:1");

      world.cycle();

      for (Map.Entry<Long, String> bad : expected.entrySet()) {
        TrackedOrder order = tracked(world, bad.getKey());
        assertThat(order.state()).as("order %s", bad.getKey()).isEqualTo(OrderState.PARKED);
        assertThat(order.reason()).startsWith("Order #" + bad.getKey()).contains(bad.getValue());
        assertThat(world.books.count("SalesReceipt", OrdersWorld.docNumber(bad.getKey()))).isZero();
      }
      for (long id : new long[] {good, alsoGood}) {
        SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
      }
    }
  }

  @Test
  void the_same_sku_on_two_lines_posts_both_lines() throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir)) {
      ObjectNode body = paidBody("USD");
      body.withArray("line_items").add(world.line("redwine", 1)).add(world.line("redwine", 2));
      long id = world.store.createOrder(body).path("id").asLong();

      world.cycle();

      SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
      assertThat(world.books.onHand("redwine")).isEqualByComparingTo("17");
    }
  }

  @Test
  void an_order_of_500_lines_posts_equal_to_the_cent() throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir)) {
      ObjectNode body = paidBody("USD");
      ArrayNode lines = body.withArray("line_items");
      String[] skus = {"redwine", "whitewine", "TEE-S", "TEE-M"};
      for (int i = 0; i < 500; i++) {
        lines.add(world.line(skus[i % skus.length], 1 + i % 3));
      }
      long id = world.store.createOrder(body).path("id").asLong();
      long good = world.order("whitewine:1");

      world.cycle();

      SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
      SameOrder.assertSame(world.books.salesReceipt(good), world.store.order(good), world.books);
    }
  }

  @Test
  void non_ascii_product_names_post_and_create_their_item() throws Exception {
    try (OrdersWorld world = OrdersWorld.start(dir)) {
      world.store.createProduct(
          WooRest.object()
              .put("name", "Café Crème ☕ «Grand»")
              .put("sku", "CAFE-1")
              .put("regular_price", "4.50")
              .put("manage_stock", true)
              .put("stock_quantity", 30));
      long id = world.order("rosewine:2", "CAFE-1:3");

      world.cycle();

      assertThat(world.books.salesReceipt(id).path("Line").findValuesAsText("Description"))
          .contains("Rosé Wine", "Café Crème ☕ «Grand»");
      SameOrder.assertSame(world.books.salesReceipt(id), world.store.order(id), world.books);
      assertThat(world.books.onHand("CAFE-1")).isEqualByComparingTo("27");
    }
  }

  private static ObjectNode paidBody(String currency) {
    ObjectNode body =
        WooRest.object()
            .put("set_paid", true)
            .put("currency", currency)
            .put("payment_method", "stripe")
            .put("payment_method_title", "Credit Card");
    body.putArray("line_items");
    return body;
  }

  private static long paid(OrdersWorld world, ObjectNode line, String currency) {
    ObjectNode body = paidBody(currency);
    body.withArray("line_items").add(line);
    return world.store.createOrder(body).path("id").asLong();
  }

  private static TrackedOrder tracked(OrdersWorld world, long id) {
    return world
        .wiring()
        .state()
        .orders()
        .find(OrdersWorld.CONNECTION, String.valueOf(id))
        .orElseThrow();
  }
}
