package dev.stockbook.sim.woocommerce.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * WooCommerce's tax arithmetic for one standard rate with prices entered excluding tax and "Round
 * tax at subtotal level" off: {@code WC_Tax::calc_tax} gives each item's tax to 6 decimals (kept as
 * is in {@code taxes[]}), and each item's tax is rounded to cents before the order adds them up
 * ({@code wc_round_tax_total}, half up). Coupons come off before tax, so a line is taxed on its
 * discounted total. Fees are in {@code cart_tax}, as {@code WC_Abstract_Order::update_taxes} puts
 * them there.
 */
public final class OrderTax {
  public static final int RATE_ID = 1;
  public static final String RATE_CODE = "US-TAX-1";
  public static final String LABEL = "Tax";

  private OrderTax() {}

  /** The tax on {@code amount} as WooCommerce stores it on the item: 6 decimals. */
  public static BigDecimal exact(BigDecimal ratePercent, BigDecimal amount) {
    return amount.multiply(ratePercent).movePointLeft(2).setScale(6, RoundingMode.HALF_UP);
  }

  /** The item's tax in cents, as {@code total_tax} shows it and the order adds it up. */
  public static BigDecimal rounded(BigDecimal ratePercent, BigDecimal amount) {
    return exact(ratePercent, amount).setScale(2, RoundingMode.HALF_UP);
  }

  public static boolean enabled(Order o) {
    return o.taxRate.signum() > 0;
  }

  /** A fee is taxed unless it was written with {@code tax_status: none}. */
  public static boolean taxable(Order.Extra fee) {
    return !"none".equals(fee.json().path("tax_status").asText("taxable"));
  }

  public static BigDecimal feeBase(Order o, Order.Extra fee) {
    return enabled(o) && taxable(fee) ? Money.parse(fee.json().get("total")) : BigDecimal.ZERO;
  }

  /** The order's tax totals, every part the sum of per-item rounded taxes. */
  public static Totals totals(Order o) {
    BigDecimal cart = BigDecimal.ZERO;
    BigDecimal discount = BigDecimal.ZERO;
    BigDecimal shipping = BigDecimal.ZERO;
    for (Order.Line l : o.lines) {
      BigDecimal tax = rounded(o.taxRate, l.total);
      cart = cart.add(tax);
      discount = discount.add(rounded(o.taxRate, l.subtotal).subtract(tax));
    }
    for (Order.Extra fee : o.feeLines) {
      cart = cart.add(rounded(o.taxRate, feeBase(o, fee)));
    }
    for (Order.Extra s : o.shippingLines) {
      shipping = shipping.add(rounded(o.taxRate, Money.parse(s.json().get("total"))));
    }
    return new Totals(cart, shipping, discount);
  }

  /**
   * @param cartTax line and fee taxes ({@code cart_tax}, {@code tax_lines[].tax_total})
   * @param shippingTax shipping taxes ({@code shipping_tax})
   * @param discountTax the tax the coupons took off ({@code discount_tax})
   */
  public record Totals(BigDecimal cartTax, BigDecimal shippingTax, BigDecimal discountTax) {
    public BigDecimal total() {
      return cartTax.add(shippingTax);
    }
  }
}
