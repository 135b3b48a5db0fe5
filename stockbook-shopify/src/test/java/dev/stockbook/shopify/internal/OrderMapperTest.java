package dev.stockbook.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stockbook.store.OrderLifecycle;
import dev.stockbook.store.StoreOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderMapperTest {

  @Test
  void a_partly_refunded_order_keeps_its_sold_lines_and_its_refund_says_what_it_restocked() {
    StoreOrder order = OrderMapper.map(Fixtures.json("simulator/order-partly-refunded.json"));

    assertThat(order.id()).isEqualTo("7000001000016");
    assertThat(order.number()).isEqualTo("1001");
    assertThat(order.lifecycle()).isEqualTo(OrderLifecycle.PAID);
    assertThat(order.status()).isEqualTo("partially_refunded");
    assertThat(order.paid()).isTrue();
    assertThat(order.paymentMethod()).isEqualTo("bogus");
    assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
    assertThat(order.modifiedAt()).isEqualTo(Instant.parse("2026-11-02T10:03:00Z"));
    assertThat(order.lines())
        .extracting(StoreOrder.OrderLine::sku)
        .containsExactly("redwine", "TEE-M");
    StoreOrder.OrderLine tee = order.lines().get(1);
    assertThat(tee.quantity()).as("0 current + 1 refunded").isEqualByComparingTo("1");
    assertThat(tee.variationId()).isEqualTo("7000001000014");
    assertThat(tee.productId()).isEqualTo("7000001000011");
    assertThat(order.lines().get(0).variationId()).as("default variant").isNull();
    assertThat(order.total()).isEqualByComparingTo("39.00");
    assertThat(order.refunds())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.amount()).isEqualByComparingTo("15");
              assertThat(r.reason()).isEqualTo("Customer return");
              assertThat(r.lines().get(0).orderLineId()).isEqualTo("7000001000018");
              assertThat(r.lines().get(0).restocked()).isEqualByComparingTo("1");
            });
  }

  @Test
  void taxes_on_top_discounts_and_shipping_add_up_to_the_order_total() {
    StoreOrder order = OrderMapper.map(Fixtures.json("handmade/order-taxes-excluded.json"));

    StoreOrder.OrderLine line = order.lines().get(0);
    assertThat(line.subtotal()).isEqualByComparingTo("20.00");
    assertThat(line.total()).isEqualByComparingTo("18.00");
    assertThat(line.totalTax()).isEqualByComparingTo("1.44");
    assertThat(line.taxRates()).containsExactly("NY State Tax");
    assertThat(order.shipping().get(0).taxRates()).containsExactly("NY State Tax");
    assertThat(order.shipping())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo("77");
              assertThat(s.name()).isEqualTo("Standard");
              assertThat(s.amount()).isEqualByComparingTo("5.00");
              assertThat(s.tax()).isEqualByComparingTo("0.40");
            });
    assertThat(order.coupons())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.code()).isEqualTo("WELCOME10");
              assertThat(c.discount()).isEqualByComparingTo("2.00");
            });
    assertThat(order.customer())
        .isEqualTo(
            new StoreOrder.Customer(
                "9001", "ada@example.com", "Ada", "Lovelace", "Analytical Engines Ltd"));
    assertThat(order.lifecycle()).isEqualTo(OrderLifecycle.PAID);
    assertThat(order.status()).isEqualTo("paid, partially fulfilled");
    assertThat(sum(order)).isEqualByComparingTo(order.total());
  }

  @Test
  void taxes_included_in_prices_are_taken_out_of_lines_and_shipping_and_still_add_up() {
    StoreOrder order = OrderMapper.map(Fixtures.json("handmade/order-taxes-included.json"));

    assertThat(order.pricesIncludeTax()).isTrue();
    assertThat(order.lines().get(0).subtotal()).isEqualByComparingTo("20.67");
    assertThat(order.lines().get(0).total()).isEqualByComparingTo("16.67");
    assertThat(order.shipping().get(0).amount()).isEqualByComparingTo("4.17");
    assertThat(order.shipping().get(0).id()).isEmpty();
    assertThat(order.coupons())
        .as("two codes: Shopify does not say each one's share")
        .extracting(StoreOrder.Coupon::discount)
        .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(order.paymentMethod()).isEmpty();
    assertThat(order.customer().id()).isEmpty();
    assertThat(sum(order)).isEqualByComparingTo(order.total());
  }

  @Test
  void returns_say_per_line_what_came_back_and_a_deleted_variant_keeps_the_lines_sku() {
    StoreOrder order = OrderMapper.map(Fixtures.json("handmade/order-returns.json"));

    assertThat(order.number()).isEqualTo("SB-1044");
    assertThat(order.lifecycle()).isEqualTo(OrderLifecycle.FULFILLED);
    StoreOrder.OrderLine line = order.lines().get(0);
    assertThat(line.sku()).isEqualTo("whitewine");
    assertThat(line.productId()).isEmpty();
    assertThat(line.variationId()).isNull();
    assertThat(line.quantity()).as("2 current + 3 refunded").isEqualByComparingTo("5");
    assertThat(order.refunds().get(0).lines().get(0).restocked()).isEqualByComparingTo("0");
    assertThat(order.refunds().get(1).lines())
        .extracting(l -> l.restocked().intValue())
        .as("returned and restocked; returned, not restocked yet")
        .containsExactly(1, 0);
    assertThat(order.refunds().get(1).createdAt())
        .as("no time given: the order's last change")
        .isEqualTo(order.modifiedAt());
    assertThat(order.refunds().get(1).reason()).isEmpty();
    assertThat(order.refunds()).allSatisfy(r -> assertThat(r.restocksKnown()).isTrue());
  }

  @Test
  void an_amount_that_is_not_a_number_names_its_field() {
    ObjectNode order = (ObjectNode) Fixtures.json("handmade/order-taxes-excluded.json");
    order.putObject("totalPriceSet").putObject("shopMoney").put("amount", "twelve");

    assertThatThrownBy(() -> OrderMapper.map(order))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalPriceSet")
        .hasMessageContaining("twelve");
  }

  private static BigDecimal sum(StoreOrder order) {
    BigDecimal sum = order.totalTax();
    for (StoreOrder.OrderLine l : order.lines()) {
      sum = sum.add(l.total());
    }
    for (StoreOrder.Charge c : order.shipping()) {
      sum = sum.add(c.amount());
    }
    return sum;
  }
}
