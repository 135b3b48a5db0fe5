package dev.stockbook.sim.woocommerce;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the {@link Shopper} checks out. Start from {@link #defaults()} and change what matters.
 *
 * @param status the status checkout leaves the order in (processing for a paid card order)
 * @param email billing email
 * @param shipping shipping amount ("Flat rate"), zero for none
 * @param couponCode a fixed-cart coupon code, or null
 * @param couponAmount the coupon's discount
 * @param fees fee lines
 */
public record OrderOptions(
    String status,
    String email,
    BigDecimal shipping,
    String couponCode,
    BigDecimal couponAmount,
    List<Fee> fees) {

  /** A fee line such as a handling charge. */
  public record Fee(String name, BigDecimal amount) {}

  public OrderOptions {
    fees = List.copyOf(fees);
  }

  public static OrderOptions defaults() {
    return new OrderOptions(
        "processing", "shopper@example.com", BigDecimal.ZERO, null, BigDecimal.ZERO, List.of());
  }

  public OrderOptions withStatus(String value) {
    return new OrderOptions(value, email, shipping, couponCode, couponAmount, fees);
  }

  public OrderOptions withEmail(String value) {
    return new OrderOptions(status, value, shipping, couponCode, couponAmount, fees);
  }

  public OrderOptions withShipping(String amount) {
    return new OrderOptions(status, email, new BigDecimal(amount), couponCode, couponAmount, fees);
  }

  public OrderOptions withCoupon(String code, String amount) {
    return new OrderOptions(status, email, shipping, code, new BigDecimal(amount), fees);
  }

  public OrderOptions withFee(String name, String amount) {
    List<Fee> more = new java.util.ArrayList<>(fees);
    more.add(new Fee(name, new BigDecimal(amount)));
    return new OrderOptions(status, email, shipping, couponCode, couponAmount, more);
  }
}
