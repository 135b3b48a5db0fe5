package dev.stockbook.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.StoreOrder;
import dev.stockbook.store.StoreOrder.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderMapperTest {

  @Test
  void a_pending_guest_order_maps_its_header_from_the_gmt_dates() {
    StoreOrder order = map("order-pending-simple-and-variation.json");

    assertThat(order.id()).isEqualTo("14");
    assertThat(order.number()).isEqualTo("14");
    assertThat(order.status()).isEqualTo("pending");
    assertThat(order.currency()).isEqualTo("USD");
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-26T16:59:51Z"));
    assertThat(order.modifiedAt()).isEqualTo(Instant.parse("2026-11-26T16:59:51Z"));
    assertThat(order.paid()).isFalse();
    assertThat(order.paymentMethod()).isEmpty();
    assertThat(order.total()).isEqualTo(new BigDecimal("35.00"));
    assertThat(order.totalTax()).isEqualTo(new BigDecimal("0.00"));
    assertThat(order.pricesIncludeTax()).isFalse();
    assertThat(order.customer())
        .isEqualTo(new StoreOrder.Customer("", "a@example.com", "A", "", ""));
  }

  @Test
  void a_simple_line_has_no_variation_and_keeps_money_as_written() {
    OrderLine widget = map("order-pending-simple-and-variation.json").lines().get(0);

    assertThat(widget)
        .isEqualTo(
            new OrderLine(
                "1",
                "10",
                null,
                "W-1",
                "Widget",
                new BigDecimal("2"),
                new BigDecimal("20.00"),
                new BigDecimal("20.00"),
                new BigDecimal("0.00"),
                BigDecimal.ZERO));
  }

  @Test
  void a_lines_restocked_count_is_its_restock_refunded_items_meta() throws Exception {
    var line =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                "{\"meta_data\":[{\"id\":9,\"key\":\"_restock_refunded_items\",\"value\":\"2\"}]}");

    assertThat(OrderMapper.restocked(line)).isEqualByComparingTo("2");
    assertThat(OrderMapper.restocked(line.path("nothing"))).isEqualByComparingTo("0");
  }

  @Test
  void a_lines_tax_rates_are_the_rate_codes_of_its_taxes_that_charged_something() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var order =
        mapper.readTree(
            "{\"tax_lines\":[{\"rate_id\":1,\"rate_code\":\"CA-ON-HST-1\"},"
                + "{\"rate_id\":4,\"rate_code\":\"CA-GST-1\"}]}");
    var line =
        mapper.readTree("{\"taxes\":[{\"id\":1,\"total\":\"1.3\"},{\"id\":4,\"total\":\"0\"}]}");

    assertThat(OrderMapper.rates(order, line)).containsExactly("CA-ON-HST-1");
    assertThat(OrderMapper.rates(order, mapper.readTree("{}"))).isEmpty();
  }

  @Test
  void woocommerce_statuses_map_to_the_shared_lifecycle() {
    assertThat(map("order-pending-simple-and-variation.json").lifecycle())
        .isEqualTo(dev.stockbook.store.OrderLifecycle.PLACED);
    assertThat(WooStatuses.lifecycle("processing"))
        .isEqualTo(dev.stockbook.store.OrderLifecycle.PAID);
    assertThat(WooStatuses.lifecycle("wc-completed"))
        .isEqualTo(dev.stockbook.store.OrderLifecycle.FULFILLED);
    assertThat(WooStatuses.lifecycle("trash"))
        .isEqualTo(dev.stockbook.store.OrderLifecycle.DELETED);
    assertThat(WooStatuses.lifecycle("shipped-by-plugin"))
        .isEqualTo(dev.stockbook.store.OrderLifecycle.OTHER);
  }

  @Test
  void a_variation_line_names_parent_product_and_variation() {
    OrderLine tee = map("order-pending-simple-and-variation.json").lines().get(1);

    assertThat(tee.productId()).isEqualTo("11");
    assertThat(tee.variationId()).isEqualTo("12");
    assertThat(tee.sku()).isEqualTo("TEE-S");
    assertThat(tee.total()).isEqualTo(new BigDecimal("15.00"));
  }

  @Test
  void an_order_with_a_paid_date_is_paid() {
    StoreOrder order = map("order-created-set-paid.json");

    assertThat(order.paid()).isTrue();
    assertThat(order.status()).isEqualTo("processing");
    assertThat(order.lines()).extracting(OrderLine::quantity).containsExactly(new BigDecimal("3"));
    assertThat(order.shipping()).isEmpty();
    assertThat(order.fees()).isEmpty();
    assertThat(order.coupons()).isEmpty();
  }

  /**
   * WooCommerce writes the status before the meta that holds the paid date: a read between the two
   * (checkouts racing the order read on the real store) sees "processing" without {@code
   * date_paid}. It is paid all the same, as {@code WC_Order::is_paid} says.
   */
  @Test
  void a_processing_order_read_before_its_paid_date_was_saved_is_paid() {
    ObjectNode json = (ObjectNode) Fixtures.json("order-created-set-paid.json");
    json.put("status", "processing").putNull("date_paid").putNull("date_paid_gmt");
    assertThat(OrderMapper.map(json, List.of()).paid()).isTrue();

    json.put("status", "completed");
    assertThat(OrderMapper.map(json, List.of()).paid()).isTrue();

    json.put("status", "on-hold");
    assertThat(OrderMapper.map(json, List.of()).paid()).as("bank transfer not yet paid").isFalse();
  }

  @Test
  void a_deleted_product_leaves_the_line_without_sku() {
    JsonNode json = Fixtures.json("order-created-set-paid.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) json.path("line_items").get(0))
        .putNull("sku");

    assertThat(OrderMapper.map(json, List.of()).lines().get(0).sku()).isNull();
  }

  private static StoreOrder map(String fixture) {
    return OrderMapper.map(Fixtures.json(fixture), List.of());
  }
}
