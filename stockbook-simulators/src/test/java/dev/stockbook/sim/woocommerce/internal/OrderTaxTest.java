package dev.stockbook.sim.woocommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderTaxTest {
  private static final BigDecimal RATE = new BigDecimal("8.25");

  @Test
  void item_tax_is_kept_to_six_decimals_and_shown_rounded_half_up_to_cents() {
    assertThat(OrderTax.exact(RATE, new BigDecimal("0.99"))).isEqualByComparingTo("0.081675");
    assertThat(OrderTax.rounded(RATE, new BigDecimal("0.99"))).isEqualByComparingTo("0.08");
    assertThat(OrderTax.rounded(RATE, new BigDecimal("30.00"))).isEqualByComparingTo("2.48");
    assertThat(OrderTax.rounded(RATE, new BigDecimal("-2.00"))).isEqualByComparingTo("-0.17");
  }

  @Test
  void three_lines_at_99_cents_are_taxed_24_cents_not_the_25_of_rounding_at_subtotal() {
    Order o = order();
    for (int i = 1; i <= 3; i++) {
      o.lines.add(line(i, "0.99", "0.99"));
    }

    OrderTax.Totals tax = OrderTax.totals(o);

    assertThat(tax.cartTax()).isEqualByComparingTo("0.24");
    assertThat(OrderTax.rounded(RATE, new BigDecimal("2.97"))).isEqualByComparingTo("0.25");
    assertThat(tax.total()).isEqualByComparingTo("0.24");
  }

  @Test
  void coupons_come_off_before_tax_and_fees_join_the_cart_tax_and_shipping_its_own() {
    Order o = order();
    o.lines.add(line(1, "24.00", "20.52"));
    o.lines.add(line(2, "30.00", "25.65"));
    o.lines.add(line(3, "15.00", "12.83"));
    o.feeLines.add(
        new Order.Extra(4, WpJson.object().put("name", "Handling").put("total", "2.25")));
    o.feeLines.add(
        new Order.Extra(
            5,
            WpJson.object().put("name", "Deposit").put("total", "5.00").put("tax_status", "none")));
    o.shippingLines.add(new Order.Extra(6, WpJson.object().put("total", "7.50")));

    OrderTax.Totals tax = OrderTax.totals(o);

    // 1.69 + 2.12 + 1.06 on the discounted lines, 0.19 on the taxable fee, nothing on the other.
    assertThat(tax.cartTax()).isEqualByComparingTo("5.06");
    assertThat(tax.shippingTax()).isEqualByComparingTo("0.62");
    // 1.98 + 2.48 + 1.24 before the coupon, less 4.87 after it.
    assertThat(tax.discountTax()).isEqualByComparingTo("0.83");
    assertThat(tax.total()).isEqualByComparingTo("5.68");
  }

  @Test
  void an_order_placed_with_taxes_off_has_no_tax_anywhere() {
    Order o = new Order(1, Instant.EPOCH);
    o.lines.add(line(1, "24.00", "20.00"));
    o.feeLines.add(new Order.Extra(2, WpJson.object().put("total", "2.25")));
    o.shippingLines.add(new Order.Extra(3, WpJson.object().put("total", "7.50")));

    OrderTax.Totals tax = OrderTax.totals(o);

    assertThat(tax.total()).isZero();
    assertThat(tax.discountTax()).isZero();
  }

  private static Order order() {
    Order o = new Order(1, Instant.EPOCH);
    o.taxRate = RATE;
    return o;
  }

  private static Order.Line line(long id, String subtotal, String total) {
    Order.Line l = new Order.Line(id);
    l.quantity = BigDecimal.ONE;
    l.subtotal = new BigDecimal(subtotal);
    l.total = new BigDecimal(total);
    return l;
  }
}
